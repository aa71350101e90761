package org.opensabt.dose.mc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.dose.MediumDose;
import org.opensabt.dose.MediumDoseRequest;
import org.opensabt.dose.SeedPlacement;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.model.geometry.GridGeometry;

/**
 * The voxel transport in water, end to end (transport, scoring, normalisation to Λ·S_K), against the TG-43U1 2D
 * formula evaluated here from the consensus table: D(r, 90°) = S_K Λ G_L(r,90°)/G_L(1 cm,90°) g_L(r).
 */
class VoxelWaterTest {

    @TempDir
    Path dir;

    @Test
    void transverseAxisDoseRateMatchesTheConsensusFormula() throws Exception {
        SeedSource seed = Seeds.model6711();
        double strengthU = 0.8;
        // 1 mm voxels, 12 cm cube; a seed along z at the centre of a voxel; 15 mm more water around it
        GridGeometry grid = GridGeometry.axisAligned(new double[] { -60, -60, -60 }, new double[] { 1, 1, 1 }, 121, 121, 121);
        MediumDose dose = new MonteCarloDoseEngine().doseRate(new MediumDoseRequest(seed,
                List.of(new SeedPlacement("s", new double[] { 0, 0, 0 }, new double[] { 0, 0, 1 }, strengthU)), grid, grid, new short[grid.voxelCount()], 2, 6_000_000, 3,
                TestCts.allWaterCalibration(dir)), null);
        assertTrue(dose.tissues().startsWith("water="), dose.tissues());
        float[] rate = dose.doseToWaterInMedium().doseRateCGyPerHour();
        for (double rCm : new double[] { 1, 2, 3, 4 }) {
            double sum = 0;
            double var = 0;
            int n = 0;
            for (int c = 0; c < 121; c++) {
                for (int r = 0; r < 121; r++) {
                    double x = c - 60;
                    double y = r - 60;
                    if (Math.abs(Math.hypot(x, y) - rCm * 10) <= 0.5) {
                        int i = grid.index(c, r, 60);
                        sum += rate[i];
                        var += Math.pow(dose.relativeUncertainty()[i] * rate[i], 2);
                        n++;
                    }
                }
            }
            double mc = sum / n;
            double sd = Math.sqrt(var) / n / mc;
            double tg43 = strengthU * seed.lambdaCGyPerHourPerU() * geometry(rCm, seed.activeLengthCm()) / geometry(1, seed.activeLengthCm())
                    * linear(seed.radialRCm(), seed.radialGL(), rCm);
            double diff = 100 * (mc / tg43 - 1);
            assertTrue(Math.abs(diff) <= 3 + 2 * 100 * sd, String.format("r = %.0f cm: Monte Carlo %.4f, TG-43 %.4f cGy/h (%+.2f %%, 1 SD %.2f %%)", rCm, mc,
                    tg43, diff, 100 * sd));
        }
    }

    @Test
    void sameSeedSameBitsWhateverTheThreadCount() throws Exception {
        SeedSource seed = Seeds.model6711();
        GridGeometry grid = GridGeometry.axisAligned(new double[] { -15, -15, -15 }, new double[] { 1, 1, 1 }, 31, 31, 31);
        List<SeedPlacement> seeds = List.of(new SeedPlacement("a", new double[] { -5, 0, 0 }, new double[] { 0, 0, 1 }, 0.5),
                new SeedPlacement("b", new double[] { 5, 2, 1 }, new double[] { 0, 1, 0 }, 0.7));
        short[] ct = TestCts.slab(grid, 8, 12, (short) 1200);
        MonteCarloDoseEngine engine = new MonteCarloDoseEngine();
        MediumDose one = engine.doseRate(new MediumDoseRequest(seed, seeds, grid, grid, ct, 1, 200_000, 42, null), null);
        MediumDose two = engine.doseRate(new MediumDoseRequest(seed, seeds, grid, grid, ct, 2, 200_000, 42, null), null);
        MediumDose other = engine.doseRate(new MediumDoseRequest(seed, seeds, grid, grid, ct, 2, 200_000, 43, null), null);
        assertArrayEquals(one.doseToMedium().doseRateCGyPerHour(), two.doseToMedium().doseRateCGyPerHour());
        assertArrayEquals(one.relativeUncertainty(), two.relativeUncertainty());
        assertFalse(Arrays.equals(one.doseToMedium().doseRateCGyPerHour(), other.doseToMedium().doseRateCGyPerHour()));
    }

    static double geometry(double rCm, double l) {
        return 2 * Math.atan(l / 2 / rCm) / (l * rCm);
    }

    static double linear(double[] x, double[] y, double at) {
        for (int i = 1; i < x.length; i++) {
            if (at <= x[i]) {
                return y[i - 1] + (at - x[i - 1]) / (x[i] - x[i - 1]) * (y[i] - y[i - 1]);
            }
        }
        return y[y.length - 1];
    }
}
