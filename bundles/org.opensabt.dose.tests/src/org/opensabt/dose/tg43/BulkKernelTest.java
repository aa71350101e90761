package org.opensabt.dose.tg43;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.opensabt.dose.DoseMode;
import org.opensabt.dose.DoseRateKernel;
import org.opensabt.dose.KernelOptions;

/**
 * The many-point evaluation the planner's kernels use ({@link DoseRateKernel#doseRatesPerU}) against the direct
 * TG-43 formula, point by point: the grid engine's table kernel (0.5 % from 2 to 50 mm, 1.5 % from 50 to 100 mm, where the consensus tables end), the formula itself near the seed.
 */
class BulkKernelTest {

    @Test
    void withinHalfAPercentOfTheDirectFormulaFromTwoToFiftyMillimetresAndOneAndAHalfPercentToTenCentimetresForEveryModelAndMode() throws Exception {
        for (String file : new String[] { "i125_6711.json", "i125_best2301.json", "i125_iai125a.json" }) {
            for (DoseMode mode : DoseMode.values()) {
                Tg43Formalism f = new Tg43Formalism(Sources.builtIn(file), KernelOptions.of(mode));
                int n = 200_000;
                float[] rho2 = new float[n];
                float[] along = new float[n];
                SplittableRandom random = new SplittableRandom(17);
                for (int i = 0; i < n; i++) {
                    double z = -150 + 300 * random.nextDouble();
                    double rho = i % 10 == 0 ? 0.02 * random.nextDouble() : 150 * random.nextDouble(); // every 10th on the seed axis
                    along[i] = (float) z;
                    rho2[i] = (float) (rho * rho);
                }
                float[] out = new float[n];
                f.doseRatesPerU(rho2, along, n, out);
                double worst = 0;
                double worstFar = 0;
                String at = "";
                String atFar = "";
                double near = Tg43GridCalculation.nearRadiusMm(f);
                for (int i = 0; i < n; i++) {
                    double rho = Math.sqrt(rho2[i]);
                    double r = Math.hypot(rho, along[i]);
                    double expected = f.doseRateCylindrical(rho / 10, along[i] / 10.0);
                    if (r < near) {
                        assertEquals((float) expected, out[i], 0f, "the direct formula within " + near + " mm");
                    } else if (r > 50 && r <= 100 && Math.abs(out[i] - expected) / expected > worstFar) {
                        worstFar = Math.abs(out[i] - expected) / expected;
                        atFar = String.format(java.util.Locale.ROOT, " at ρ %.4f mm, z %.2f mm", rho, along[i]);
                    } else if (r > 2 && r <= 50 && Math.abs(out[i] - expected) / expected > worst) {
                        worst = Math.abs(out[i] - expected) / expected;
                        at = String.format(java.util.Locale.ROOT, " at ρ %.4f mm, z %.2f mm", rho, along[i]);
                    }
                }
                assertTrue(worst < 0.005, file + " " + mode + ": worst relative difference within 50 mm " + worst + at);
                // from 5 to 10 cm (where the consensus tables end) their nodes lie far apart and the bilinear cells (6 % in r²) cut the
                // corners of their kinks (1.1 % for Best 2301): the grid engine's table has the same error there, where a seed's dose
                // is below 3 % of its dose at 1 cm
                assertTrue(worstFar < 0.015, file + " " + mode + ": worst relative difference 50–100 mm " + worstFar + atFar);
            }
        }
    }

    @Test
    void theDefaultOfOtherEnginesIsTheirKernelPointByPoint() throws Exception {
        Tg43Formalism f = new Tg43Formalism(Sources.model6711(), KernelOptions.of(DoseMode.LINE_2D));
        DoseRateKernel pointByPoint = new DoseRateKernel() { // an engine that offers no faster way
            @Override
            public double doseRateCGyPerHourPerU(double xCm, double yCm, double zCm) {
                return f.doseRateCGyPerHourPerU(xCm, yCm, zCm);
            }

            @Override
            public double clampRadiusCm() {
                return f.clampRadiusCm();
            }
        };
        float[] rho2 = { 0, 25, 100, 4, 9e4f };
        float[] along = { 10, -5, 0, 30, -1 };
        float[] out = new float[5];
        pointByPoint.doseRatesPerU(rho2, along, 5, out);
        for (int i = 0; i < 5; i++) {
            assertEquals((float) f.doseRateCylindrical(Math.sqrt(rho2[i]) / 10, along[i] / 10.0), out[i], 0f);
        }
    }
}
