package org.opensabt.postplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.opensabt.model.ImageSeries;

/**
 * Automatic bone registration against a known truth: the post-operative CT is sampled from the same analytic anatomy
 * as the planning CT under a known rigid transform, on another grid, field of view and frame, with seeds, blooming,
 * a metal streak and noise ({@link BoneScans}, written for these tests). The recovered transform is compared with the
 * truth at target and bone points.
 */
class BoneRegistrationTest {

    static final double[][] TARGETS_PLANNING_MM = { { 0, 0, 0 }, { 20, 20, 20 }, { -20, -20, -20 }, { 25, -15, 10 }, { 0, 60, 0 }, { 85, 5, -20 },
            { -80, 5, 0 }, { 70, -40, 30 } };

    static ImageSeries planningCt(BoneScans.Anatomy anatomy) {
        ImageSeries s = BoneScans.series("1.2.826.0.1.3680043.9.7.1", "1.2.826.0.1.3680043.9.7.100", new double[] { -160, -130, -75 }, 1.0, 2.5, 321, 261, 61);
        BoneScans.sample(s, anatomy, BoneScans.rotation(0, 0, 0), new double[3], 10, 1);
        BoneScans.addCouch(s, 124, 450);
        return s;
    }

    /**
     * A post-operative CT of {@code anatomy} whose frame maps onto the anatomy's by p ↦ r·p + t, on its own couch (above
     * the bone threshold, like the planning CT's, but elsewhere), with seeds around the target and near the spine.
     */
    static ImageSeries postopCt(BoneScans.Anatomy anatomy, double[][] r, double[] t, double[] originMm) {
        ImageSeries s = BoneScans.series("1.2.826.0.1.3680043.9.7.2", "1.2.826.0.1.3680043.9.7.200", originMm, 1.1, 3.0, 300, 260, 45);
        BoneScans.sample(s, anatomy, r, t, 15, 2);
        BoneScans.addCouch(s, 136, 450);
        List<double[]> seeds = new ArrayList<>();
        for (double x = -10; x <= 10; x += 10) {
            for (double y = -10; y <= 10; y += 10) {
                for (double z = -10; z <= 10; z += 10) {
                    seeds.add(BoneScans.applyInverse(r, t, new double[] { x, y, z }));
                }
            }
        }
        for (double x : new double[] { -12, 0, 12 }) {
            seeds.add(BoneScans.applyInverse(r, t, new double[] { x, 36, 5 })); // 6 mm in front of the vertebrae
        }
        BoneScans.addSeeds(s, seeds);
        return s;
    }

    static double distance(double[] p, double[] q) {
        return Math.sqrt((p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1]) + (p[2] - q[2]) * (p[2] - q[2]));
    }

    /** The largest error of the registration at the targets (planning frame): where it puts each target's post-op image. */
    static double maxErrorMm(BoneRegistration.Result result, double[][] r, double[] t) {
        double worst = 0;
        for (double[] target : TARGETS_PLANNING_MM) {
            double[] postop = BoneScans.applyInverse(r, t, target);
            worst = Math.max(worst, distance(result.postToPlanning().applyToPoint(postop), target));
        }
        return worst;
    }

    static double angleDeg(double[][] r) {
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, (r[0][0] + r[1][1] + r[2][2] - 1) / 2))));
    }

    @Test
    void aShiftedRotatedScanWithAnotherFieldOfViewIsRecoveredWithinAMillimetre() throws Exception {
        ImageSeries planning = planningCt(BoneScans.patientA());
        double[][] cases = { { 6, 0, -4, 12, -8, 20, -170, -140, -60 }, { 3, -5, 0, -3, 25, -480, -165, -150, 400 } };
        for (double[] k : cases) {
            double[][] r = BoneScans.rotation(k[0], k[1], k[2]);
            double[] t = { k[3], k[4], k[5] };
            ImageSeries postop = postopCt(BoneScans.patientA(), r, t, new double[] { k[6], k[7], k[8] });
            BoneRegistration.Result result = new BoneRegistration().register(new BoneRegistration.Request(planning, postop, null), null);
            double error = maxErrorMm(result, r, t);
            System.out.printf(Locale.ROOT, "bone registration, truth rotation %.1f° translation (%.0f, %.0f, %.0f) mm: %s; start %s, %d iterations, %.2f s; "
                    + "constraint %.4f; largest error at %d target and bone points %.2f mm%n", angleDeg(r), t[0], t[1], t[2], result.summary(), result.start(),
                    result.iterations(), result.seconds(), result.constraint(), TARGETS_PLANNING_MM.length, error);
            assertTrue(error <= 1.0, "largest error " + error + " mm: " + result.summary());
            assertTrue(result.residualMm() <= 1.0, result.summary());
            assertTrue(result.inlierFraction() >= 0.8, result.summary());
            assertTrue(result.coverageFraction() >= 0.8, "coverage " + result.coverageFraction());
            assertEquals(angleDeg(r), result.rotationDeg(), 0.5, result.summary());
            assertTrue(result.summary().startsWith("registered automatically: residual "), result.summary());
            assertEquals(result.residualMm(), result.postToPlanning().residualMm(), 1e-12);
        }
    }

    @Test
    void anotherPatientNoBoneOrAHugeRotationIsRefusedInOneLine() throws Exception {
        ImageSeries planning = planningCt(BoneScans.patientA());
        double[][] r = BoneScans.rotation(6, 0, -4);
        double[] t = { 12, -8, 20 };
        double[] origin = { -170, -140, -60 };

        ImageSeries other = postopCt(BoneScans.patientB(), r, t, origin);
        PostImplantException e = assertThrows(PostImplantException.class,
                () -> new BoneRegistration().register(new BoneRegistration.Request(planning, other, null), null));
        System.out.println("another patient: " + e.getMessage());
        assertTrue(e.getMessage().startsWith("automatic registration refused: "), e.getMessage());

        // soft tissue and a couch only: no bone at all; with seeds, their streak is all that reaches the bone threshold
        ImageSeries soft = BoneScans.sample(BoneScans.series("1.2.826.0.1.3680043.9.7.5", "1.2.826.0.1.3680043.9.7.500", origin, 1.1, 3.0, 300, 260, 45),
                BoneScans.noBone(), r, t, 15, 4);
        BoneScans.addCouch(soft, 136, 450);
        e = assertThrows(PostImplantException.class, () -> new BoneRegistration().register(new BoneRegistration.Request(planning, soft, null), null));
        assertEquals("automatic registration refused: the post-operative CT has 0 bone surface points (≥ 250 HU, metal left out), at least 400 are needed: "
                + "no bone to register on", e.getMessage());
        ImageSeries seedsOnly = postopCt(BoneScans.noBone(), r, t, origin);
        e = assertThrows(PostImplantException.class, () -> new BoneRegistration().register(new BoneRegistration.Request(planning, seedsOnly, null), null));
        System.out.println("no bone, seeds and a streak: " + e.getMessage());
        assertTrue(e.getMessage().startsWith("automatic registration refused: only "), e.getMessage());

        double[][] turned = BoneScans.rotation(0, 0, 40);
        ImageSeries rotated = postopCt(BoneScans.patientA(), turned, t, origin);
        e = assertThrows(PostImplantException.class, () -> new BoneRegistration().register(new BoneRegistration.Request(planning, rotated, null), null));
        System.out.println("rotated 40°: " + e.getMessage());
        assertTrue(e.getMessage().startsWith("automatic registration refused: "), e.getMessage());
        // one straight bone: residual and inliers look perfect, but a shift along it is not fixed
        ImageSeries straightPlanning = planningCt(BoneScans.straightBone());
        ImageSeries straight = postopCt(BoneScans.straightBone(), r, t, origin);
        e = assertThrows(PostImplantException.class, () -> new BoneRegistration().register(new BoneRegistration.Request(straightPlanning, straight, null), null));
        System.out.println("one straight bone: " + e.getMessage());
        assertTrue(e.getMessage().startsWith("automatic registration refused: the bone does not fix the position in every direction"), e.getMessage());
        for (String m : List.of(e.getMessage())) {
            assertFalse(m.contains("\n"));
        }
    }

    /** Seeds (3000 HU) and their blooming (900 HU, above the bone threshold) give no bone surface point: metal never drives the registration. */
    @Test
    void noBoneSurfaceNearMetal() {
        double[][] r = BoneScans.rotation(6, 0, -4);
        double[] t = { 12, -8, 20 };
        ImageSeries postop = postopCt(BoneScans.patientA(), r, t, new double[] { -170, -140, -60 });
        BoneRegistration.Surface surface = BoneRegistration.Surface.of(postop, BoneRegistration.Settings.defaults(),
                org.eclipse.core.runtime.SubMonitor.convert(null));
        assertTrue(surface.count > 10_000, surface.count + " bone surface points");
        List<double[]> seeds = new ArrayList<>();
        for (double x = -10; x <= 10; x += 10) {
            for (double y = -10; y <= 10; y += 10) {
                for (double z = -10; z <= 10; z += 10) {
                    seeds.add(BoneScans.applyInverse(r, t, new double[] { x, y, z }));
                }
            }
        }
        for (double x : new double[] { -12, 0, 12 }) {
            seeds.add(BoneScans.applyInverse(r, t, new double[] { x, 36, 5 }));
        }
        double nearest = Double.MAX_VALUE;
        for (int i = 0; i < surface.count; i++) {
            double[] p = { surface.points[3 * i], surface.points[3 * i + 1], surface.points[3 * i + 2] };
            for (double[] c : seeds) {
                nearest = Math.min(nearest,
                        BoneScans.segment(p[0], p[1], p[2], new double[] { c[0], c[1] - 2.25, c[2] }, new double[] { c[0], c[1] + 2.25, c[2] }, 0));
            }
        }
        System.out.println("bone surface point nearest to a seed's axis: " + nearest + " mm");
        assertTrue(nearest > 3.0, "a bone surface point " + nearest + " mm from a seed's axis (metal within 1 mm, blooming to 2.5 mm)");
    }

    @Test
    void cancelStopsTheRegistration() throws Exception {
        ImageSeries planning = planningCt(BoneScans.patientA());
        double[][] r = BoneScans.rotation(6, 0, -4);
        double[] t = { 12, -8, 20 };
        ImageSeries postop = postopCt(BoneScans.patientA(), r, t, new double[] { -170, -140, -60 });
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> new BoneRegistration().register(new BoneRegistration.Request(planning, postop, null), cancelled));
        // cancelled during the ICP, after both surfaces were extracted (one poll per slice)
        int[] polls = { 0 };
        NullProgressMonitor later = new NullProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return ++polls[0] > planning.getSlices() + postop.getSlices() + 20;
            }
        };
        assertThrows(OperationCanceledException.class, () -> new BoneRegistration().register(new BoneRegistration.Request(planning, postop, null), later));
        assertTrue(polls[0] > planning.getSlices() + postop.getSlices() + 20);
    }

    /** The size: registration alone on a 512 × 512 × 134 CT pair (reported; the goal is detection + registration ≤ 5 s). */
    @Test
    void registrationTimeOnA512x512x134Ct() throws Exception {
        ImageSeries planning = BoneScans.series("1.2.826.0.1.3680043.9.7.11", "1.2.826.0.1.3680043.9.7.110", new double[] { -204.4, -204.4, -133 }, 0.8, 2.0, 512,
                512, 134);
        BoneScans.sample(planning, BoneScans.patientA(), BoneScans.rotation(0, 0, 0), new double[3], 10, 3);
        double[][] r = BoneScans.rotation(4, 0, 5);
        double[] t = { 12, -8, 20 };
        ImageSeries postop = BoneScans.series("1.2.826.0.1.3680043.9.7.12", "1.2.826.0.1.3680043.9.7.120", new double[] { -210, -200, -150 }, 0.8, 2.0, 512,
                512, 134);
        BoneScans.resample(planning, postop, r, t);
        long t0 = System.nanoTime();
        BoneRegistration.Result result = new BoneRegistration().register(new BoneRegistration.Request(planning, postop, null), null);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double error = maxErrorMm(result, r, t);
        System.out.printf(Locale.ROOT, "bone registration of a 512×512×134 CT pair: %.2f s; %s; %d + %d bone surface points; constraint %.4f; largest error %.2f mm%n", seconds,
                result.summary(), result.planningBonePoints(), result.postopBonePoints(), result.constraint(), error);
        assertTrue(error <= 1.0, "largest error " + error + " mm");
        assertTrue(seconds < 30, seconds + " s");
    }
}
