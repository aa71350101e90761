package org.opensabt.postplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opensabt.contour.CaseContents;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.postplan.SyntheticImplantCt.TrueSeed;

/**
 * The post-implant facade on a separate post-operative scan: the planned phantom gets bones, the post-operative CT
 * is the planning CT resampled (this test's own trilinear resampler) onto another grid in another frame under a
 * known rotation and shift, with the implanted seeds put in. Without a transform the facade registers the scans on
 * bone; the seeds must land on their true planning-frame positions.
 */
class PostImplantRegistrationTest {

    /** Bones around the phantom's target: a vertebral column behind it, an oblique long bone and a sphere. */
    static void addBones(ImageSeries ct) {
        GridGeometry g = GridGeometry.of(ct);
        short[] v = ct.getVoxels();
        double[] rodA = { -70, -50, -50 }, rodB = { -45, 40, 50 };
        for (int k = 0; k < g.slices(); k++) {
            for (int j = 0; j < g.rows(); j++) {
                for (int i = 0; i < g.columns(); i++) {
                    int index = g.index(i, j, k);
                    if (v[index] < -500) {
                        continue;
                    }
                    double[] p = g.positionMm(i, j, k);
                    double d = BoneScans.spine(p[0], p[1], p[2], 0, 45, 12, 24, 18);
                    d = Math.min(d, BoneScans.segment(p[0], p[1], p[2], rodA, rodB, 6));
                    d = Math.min(d, Math.sqrt((p[0] - 55) * (p[0] - 55) + (p[1] + 35) * (p[1] + 35) + (p[2] - 25) * (p[2] - 25)) - 12);
                    v[index] = BoneScans.clamp(v[index] + (BoneScans.BONE_HU - v[index]) * BoneScans.occupancy(d));
                }
            }
        }
    }

    @Test
    void aScanInAnotherFrameIsRegisteredOnBoneAndTheSeedsLandOnTheirTruth() throws Exception {
        PostImplantTest.setUp();
        PatientCase c = PostImplantTest.plannedPhantom();
        Plan plan = c.getPlans().get(0);
        ImageSeries planning = CaseContents.firstSeries(c).orElseThrow();
        addBones(planning);
        List<TrueSeed> truth = PostImplantFacadeTest.displacedTruth(plan, 5); // planning frame

        double[][] r = BoneScans.rotation(4, 0, -6);
        double[] t = { 12, -8, 20 };
        ImageSeries postop = BoneScans.series("1.2.826.0.1.3680043.9.7.3", "1.2.826.0.1.3680043.9.7.300", new double[] { -100, -90, -86 }, 1.0, 2.0, 201, 181,
                71);
        BoneScans.resample(planning, postop, r, t);
        List<TrueSeed> inPostop = new ArrayList<>();
        for (TrueSeed s : truth) {
            double[] d = BoneScans.applyInverse(r, new double[3], s.directionUnit());
            inPostop.add(new TrueSeed(s.seedId(), BoneScans.applyInverse(r, t, s.positionMm()), d));
        }
        postop.setVoxels(SyntheticImplantCt.insert(postop.getVoxels(), GridGeometry.of(postop), inPostop, SyntheticImplantCt.Settings.defaults(11)));
        PostImplant.Request request = PostImplant.Request.of(new PostImplant.PostopSeries(postop, "1.2.826.0.1.3680043.9.7.4"));

        PostImplantException off = assertThrows(PostImplantException.class,
                () -> PostImplantFacadeTest.facade(new ArrayList<>()).evaluate(c, request.withAutoRegister(false), null));
        assertTrue(off.getMessage().contains("another frame of reference (1.2.826.0.1.3680043.9.7.300)") && off.getMessage().contains(PostImplant.HINT_REGISTRATION),
                off.getMessage());

        PostImplant.Result result = PostImplantFacadeTest.facade(new ArrayList<>()).evaluate(c, request, null);
        assertNotNull(result.registration());
        System.out.println("facade, separate scan: " + result.transform().description());
        assertTrue(result.transform().description().startsWith("registered automatically: residual "), result.transform().description());
        assertTrue(result.registration().residualMm() <= 1.0, result.transform().description());
        assertEquals(12, result.implant().getPostToPlanningTransform().size());
        assertEquals(result.transform().description(), result.implant().getRegistration());
        double worst = 0;
        for (TrueSeed s : truth) {
            double nearest = result.implant().getSeeds().stream()
                    .mapToDouble(x -> PostImplantFacadeTest.distance(PostImplantDosimetry.toArray(x.getPositionMm()), s.positionMm())).min().orElseThrow();
            worst = Math.max(worst, nearest);
        }
        System.out.println("facade, separate scan: seeds in the planning frame within " + worst + " mm of the truth");
        assertTrue(worst <= 1.5, "seed furthest from its truth: " + worst + " mm");

        // an explicit transform always wins (here the truth itself)
        RigidTransform given = new RigidTransform(r, t, "test truth", 0);
        PostImplant.Result explicit = PostImplantFacadeTest.facade(new ArrayList<>()).evaluate(c, request.withTransform(given), null);
        assertNull(explicit.registration());
        assertEquals("test truth", explicit.transform().description());
    }
}
