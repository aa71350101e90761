package org.opensabt.plan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opensabt.dose.DoseMode;
import org.opensabt.dose.DoseRateKernel;
import org.opensabt.dose.KernelOptions;

/** The planner's tabulated kernel against the dose engine's kernel it tabulates. */
class KernelTableTest {

    @Test
    void withinHalfAPercentOfTheEngineKernelFromFiveMillimetresAndThreePercentOutsideTheSeed() throws Exception {
        PlannerTest.setUp();
        DoseRateKernel engine = PlannerTest.engine.kernel(PlannerTest.source, KernelOptions.of(DoseMode.LINE_2D));
        KernelTable table = new KernelTable(engine);
        double worst = 0;
        double worstNear = 0;
        String where = "";
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double along = -120 + 240 * random.nextDouble();
            double across = 120 * random.nextDouble();
            if (Math.hypot(along, across) < 2.5) { // inside the seed capsule (4.5 mm long) the dose is far above any prescription
                continue;
            }
            double expected = engine.doseRateCGyPerHourPerU(across / 10, 0, along / 10);
            double relative = Math.abs(table.doseRate(along, across) - expected) / expected;
            if (Math.hypot(along, across) < 5) {
                worstNear = Math.max(worstNear, relative); // near the axis the anisotropy changes fast with angle
                continue;
            }
            if (relative > worst) {
                worst = relative;
                where = String.format(java.util.Locale.ROOT, "along %.2f mm, across %.2f mm", along, across);
            }
        }
        double w = worst;
        String at = where;
        assertTrue(worst < 0.005, () -> "worst relative difference " + w + " at " + at);
        assertTrue(worstNear < 0.03, "worst relative difference 2.5–5 mm from the seed " + worstNear);
    }

    @Test
    void polarAngleMatchesAtan2() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            double along = -100 + 200 * random.nextDouble();
            double across = 100 * random.nextDouble();
            double expected = Math.toDegrees(Math.atan2(across, along));
            assertTrue(Math.abs(KernelTable.thetaDeg(along, across) - expected) < 1e-3, along + ", " + across);
        }
        assertTrue(Math.abs(KernelTable.thetaDeg(0, 5) - 90) < 1e-9 && KernelTable.thetaDeg(5, 0) == 0 && Math.abs(KernelTable.thetaDeg(-5, 0) - 180) < 1e-9);
    }
}
