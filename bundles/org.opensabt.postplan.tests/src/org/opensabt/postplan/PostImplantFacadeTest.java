package org.opensabt.postplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.opensabt.contour.CaseContents;
import org.opensabt.dose.DoseEngine;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.Implant;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.postplan.PostImplantDosimetry.ActualSeed;
import org.opensabt.postplan.SyntheticImplantCt.TrueSeed;

/**
 * The post-implant facade on an in-memory planned phantom: a post-operative CT made from the planning CT with
 * seeds put in at known places (each planned seed displaced by a known vector) is evaluated; the seeds found,
 * their planned partners and the case's state are checked against that truth by brute force.
 */
class PostImplantFacadeTest {

    /** The planned seeds, each moved by up to 1.5 mm per axis (known), axes tilted a little. */
    static List<TrueSeed> displacedTruth(Plan plan, long randomSeed) {
        Random random = new Random(randomSeed);
        List<TrueSeed> truth = new ArrayList<>();
        for (Seed s : plan.getSeeds()) {
            double[] p = PostImplantDosimetry.toArray(s.getPositionMm());
            for (int k = 0; k < 3; k++) {
                p[k] += 3 * random.nextDouble() - 1.5;
            }
            double tilt = 0.2 * random.nextDouble();
            truth.add(new TrueSeed(s.getSeedId(), p, new double[] { Math.sin(tilt), Math.cos(tilt), 0 }));
        }
        return truth;
    }

    /** A post-operative CT series (not in the case): the planning CT's grid shifted by {@code shiftMm}, with the seeds put in. */
    static ImageSeries postopSeries(PatientCase c, List<TrueSeed> truthPlanning, double[] shiftMm, String frameUid) {
        ImageSeries ct = CaseContents.firstSeries(c).orElseThrow();
        ImageSeries postop = EcoreUtil.copy(ct);
        postop.setSeriesInstanceUid(ct.getSeriesInstanceUid() + ".9");
        postop.setFrameOfReferenceUid(frameUid != null ? frameUid : ct.getFrameOfReferenceUid());
        for (int k = 0; k < 3; k++) {
            postop.getOriginMm().set(k, ct.getOriginMm().get(k) + shiftMm[k]);
        }
        postop.setVoxels(SyntheticImplantCt.insert(ct.getVoxels(), GridGeometry.of(ct), truthPlanning, SyntheticImplantCt.Settings.defaults(5)));
        return postop;
    }

    static PostImplant facade(List<String> asked) {
        return new PostImplant(id -> {
            asked.add(id);
            if (id.equals(PostImplantTest.engine.id())) {
                return PostImplantTest.engine;
            }
            throw new IllegalArgumentException("no dose engine \"" + id + "\" is installed (installed: [tg43])");
        }, name -> {
            if (name.equals(PostImplant.DEFAULT_SEED_SOURCE) || name.equals(PostImplantTest.source.name())) {
                return PostImplantTest.source;
            }
            throw new IllegalArgumentException("no seed model " + name);
        });
    }

    static double distance(double[] p, double[] q) {
        return Math.sqrt((p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1]) + (p[2] - q[2]) * (p[2] - q[2]));
    }

    @Test
    void seedsFoundOnASyntheticPostopCtMatchTheTruthAndApplyStoresTheImplant() throws Exception {
        PostImplantTest.setUp();
        PatientCase c = PostImplantTest.plannedPhantom();
        Plan plan = c.getPlans().get(0);
        List<TrueSeed> truth = displacedTruth(plan, 3);
        ImageSeries postop = postopSeries(c, truth, new double[3], null);
        int studies = c.getStudies().size();
        List<String> asked = new ArrayList<>();

        PostImplant.Result r = facade(asked).evaluate(c, PostImplant.Request.of(new PostImplant.PostopSeries(postop, null)), null);
        assertEquals(List.of(org.opensabt.dose.DoseEngines.preferredId()), asked, "no id in the request: the preferred engine, asked for by id");
        assertEquals("tg43", r.doseEngineId());
        assertTrue(c.getImplants().isEmpty() && c.getStudies().size() == studies, "evaluate changes nothing in the case");
        assertEquals(plan, r.plan(), "the case's last plan by default");
        assertEquals("plan-implant", r.implantId());
        assertSame(RigidTransform.IDENTITY, r.transform());

        // every true seed found within 1 mm, and nothing else (nearest neighbours by brute force, not the facade's pairing)
        assertEquals(truth.size(), r.postopFrameSeeds().size());
        for (TrueSeed t : truth) {
            double nearest = r.postopFrameSeeds().stream().mapToDouble(s -> distance(s.positionMm(), t.positionMm())).min().orElseThrow();
            assertTrue(nearest < 1.0, t.seedId() + ": nearest found seed " + nearest + " mm away");
        }
        // each implanted seed is paired with the planned seed nearest to it (displacements ≤ 2.6 mm, planned seeds 10 mm apart)
        List<Seed> implanted = r.implant().getSeeds();
        for (int i = 0; i < implanted.size(); i++) {
            double[] p = PostImplantDosimetry.toArray(implanted.get(i).getPositionMm());
            Seed nearest = plan.getSeeds().stream()
                    .min((a, b) -> Double.compare(distance(p, PostImplantDosimetry.toArray(a.getPositionMm())), distance(p, PostImplantDosimetry.toArray(b.getPositionMm()))))
                    .orElseThrow();
            assertEquals(nearest.getSeedId(), r.dosimetry().pairings().get(i).plannedSeedId());
            assertEquals(distance(p, PostImplantDosimetry.toArray(nearest.getPositionMm())), r.dosimetry().pairings().get(i).displacementMm(), 1e-9);
        }
        assertTrue(r.dosimetry().comparisons().stream().anyMatch(x -> x.metric().equals("D90") && x.unit().equals("Gy")));

        Implant stored = PostImplant.apply(c, r);
        assertEquals(List.of(stored), c.getImplants());
        assertEquals(studies + 1, c.getStudies().size(), "the post-operative CT as a study of its own");
        assertSame(postop, stored.getPostImplantSeries());
        assertEquals(truth.size(), stored.getSeeds().size());

        // the stored implant re-evaluated with edits (post-op frame), given in this order
        double[] moved = { 1, 2, 3 };
        PostImplant.Result edited = facade(new ArrayList<>()).evaluate(c, PostImplant.Request.of(new PostImplant.StoredImplant("plan-implant")).withEdits(List.of(
                new PostImplant.DeleteSeed("D001"), new PostImplant.MoveSeed("D002", moved), new PostImplant.AddSeed(new double[] { 0, 0, 0 }, new double[] { 0, 0, 2 }))),
                null);
        assertEquals(3, edited.edits().size(), edited.edits().toString());
        assertEquals("plan-implant", edited.implantId());
        List<String> ids = edited.postopFrameSeeds().stream().map(ActualSeed::seedId).toList();
        assertFalse(ids.contains("D001"));
        assertTrue(ids.contains("A001"));
        ActualSeed d2 = edited.postopFrameSeeds().stream().filter(s -> s.seedId().equals("D002")).findFirst().orElseThrow();
        assertEquals(0, distance(moved, d2.positionMm()), 1e-12);
        assertEquals("moved", d2.origin());
        ActualSeed added = edited.postopFrameSeeds().stream().filter(s -> s.seedId().equals("A001")).findFirst().orElseThrow();
        assertEquals(1, added.directionUnit()[2], 1e-12);
        PostImplantException unknown = assertThrows(PostImplantException.class, () -> facade(new ArrayList<>()).evaluate(c,
                PostImplant.Request.of(new PostImplant.StoredImplant("plan-implant")).withEdits(List.of(new PostImplant.DeleteSeed("D999"))), null));
        assertTrue(unknown.getMessage().startsWith("delete seed D999: no such seed"), unknown.getMessage());
        assertEquals(1, c.getImplants().size());
        assertEquals(truth.size(), c.getImplants().get(0).getSeeds().size(), "the stored implant is unchanged until applied");
    }

    @Test
    void anotherFrameNeedsATransformAndTheEngineIsChosenById() throws Exception {
        PostImplantTest.setUp();
        PatientCase c = PostImplantTest.plannedPhantom();
        Plan plan = c.getPlans().get(0);
        List<TrueSeed> truth = displacedTruth(plan, 8);
        double[] shift = { 12, -8, 5 };
        ImageSeries postop = postopSeries(c, truth, shift, "1.2.3.other-frame");
        PostImplant.Request request = PostImplant.Request.of(new PostImplant.PostopSeries(postop, "1.2.3.study")).withPlan("plan").withImplantId("moved");

        PostImplantException noTransform = assertThrows(PostImplantException.class, () -> facade(new ArrayList<>()).evaluate(c, request, null));
        assertTrue(noTransform.getMessage().contains("another frame of reference (1.2.3.other-frame)") && noTransform.getMessage().contains(PostImplant.HINT_REGISTRATION),
                noTransform.getMessage());

        List<String> asked = new ArrayList<>();
        PostImplantException unknownEngine = assertThrows(PostImplantException.class,
                () -> facade(asked).evaluate(c, request.withTransform(shiftBack(shift)).withDoseEngine("mc"), null));
        assertEquals(List.of("mc"), asked);
        assertTrue(unknownEngine.getMessage().startsWith("no dose engine \"mc\""), unknownEngine.getMessage());

        PostImplant.Result r = facade(asked).evaluate(c, request.withTransform(shiftBack(shift)).withDoseEngine("tg43"), null);
        // found in the post-op frame at truth + shift; in the planning frame (the implant) back at the truth
        for (TrueSeed t : truth) {
            double[] inPostop = { t.positionMm()[0] + shift[0], t.positionMm()[1] + shift[1], t.positionMm()[2] + shift[2] };
            assertTrue(r.postopFrameSeeds().stream().anyMatch(s -> distance(s.positionMm(), inPostop) < 1.0), t.seedId() + " in the post-op frame");
            assertTrue(r.implant().getSeeds().stream().anyMatch(s -> distance(PostImplantDosimetry.toArray(s.getPositionMm()), t.positionMm()) < 1.0),
                    t.seedId() + " in the planning frame");
        }
        assertEquals(12, r.implant().getPostToPlanningTransform().size());

        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> facade(new ArrayList<>()).evaluate(c, request.withTransform(shiftBack(shift)), cancelled));
        assertTrue(c.getImplants().isEmpty());
    }

    static RigidTransform shiftBack(double[] shift) {
        return new RigidTransform(new double[][] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } }, new double[] { -shift[0], -shift[1], -shift[2] }, "test shift", 0);
    }

    @Test
    void noPlanOrNoSeedsIsRefusedInOneLine() throws Exception {
        PostImplantTest.setUp();
        PatientCase c = PostImplantTest.plannedPhantom();
        ImageSeries empty = postopSeries(c, List.of(), new double[3], null);
        PostImplantException none = assertThrows(PostImplantException.class,
                () -> facade(new ArrayList<>()).evaluate(c, PostImplant.Request.of(new PostImplant.PostopSeries(empty, null)), null));
        assertTrue(none.getMessage().contains("no seeds found on the post-operative CT: no voxel reaches 2000 HU"), none.getMessage());
        assertFalse(none.concernsCase());
        PostImplantException noPlan = assertThrows(PostImplantException.class,
                () -> facade(new ArrayList<>()).evaluate(c, PostImplant.Request.of(new PostImplant.PostopSeries(empty, null)).withPlan("x"), null));
        assertEquals("no plan x (plans: plan)", noPlan.getMessage());
        assertTrue(noPlan.concernsCase());
        assertFalse(noPlan.getMessage().contains("\n"));
    }
}
