package org.opensabt.dose.tg43;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.opensabt.dose.DoseMode;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.dose.KernelOptions;
import org.opensabt.dose.SeedPlacement;

/** The fast grid path against the direct formula, voxel by voxel. */
class GridCalculationTest {

    private static List<SeedPlacement> randomSeeds(int count, long seed, double spreadMm) {
        Random random = new Random(seed);
        List<SeedPlacement> seeds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double[] u = { random.nextGaussian(), random.nextGaussian(), random.nextGaussian() };
            seeds.add(new SeedPlacement("s" + i, new double[] { (random.nextDouble() - 0.5) * spreadMm, (random.nextDouble() - 0.5) * spreadMm,
                    (random.nextDouble() - 0.5) * spreadMm }, u, 0.3 + random.nextDouble()));
        }
        // one seed exactly on voxel centres with its axis along a grid axis: the on-axis rows
        seeds.add(new SeedPlacement("axis", new double[] { 2, 2, 2 }, new double[] { 0, 0, 1 }, 0.6));
        return seeds;
    }

    private static double direct(Tg43Formalism f, List<SeedPlacement> seeds, double[] p, boolean[] near) {
        double sum = 0;
        for (SeedPlacement s : seeds) {
            double dx = p[0] - s.positionMm()[0];
            double dy = p[1] - s.positionMm()[1];
            double dz = p[2] - s.positionMm()[2];
            double r2 = dx * dx + dy * dy + dz * dz;
            near[0] |= r2 <= 4.0;
            double along = dx * s.directionUnit()[0] + dy * s.directionUnit()[1] + dz * s.directionUnit()[2];
            sum += s.airKermaStrengthU() * f.doseRateCylindrical(Math.sqrt(Math.max(0, r2 - along * along)) / 10, along / 10);
        }
        return sum;
    }

    @Test
    void everyVoxelBeyondTwoMillimetresWithinHalfAPercentOfTheDirectFormula() throws Exception {
        for (DoseMode mode : DoseMode.values()) {
            Tg43Formalism f = new Tg43Formalism(Sources.model6711(), KernelOptions.of(mode));
            // oblique grid (rotated 30° about z) with anisotropic spacing, seeds also outside it
            double c = Math.cos(Math.PI / 6);
            double s = Math.sin(Math.PI / 6);
            GridGeometry grid = new GridGeometry(new double[] { -25, -20, -18 }, new double[] { c, s, 0 }, new double[] { -s, c, 0 },
                    new double[] { 0, 0, 1 }, new double[] { 1.0, 1.25, 2.0 }, 45, 40, 20);
            List<SeedPlacement> seeds = randomSeeds(25, 11, 60);
            float[] dose = new Tg43GridCalculation(f).doseRateCGyPerHour(seeds, grid, 2);
            double worst = 0;
            int checked = 0;
            for (int k = 0; k < grid.slices(); k++) {
                for (int j = 0; j < grid.rows(); j++) {
                    for (int i = 0; i < grid.columns(); i++) {
                        boolean[] near = { false };
                        double reference = direct(f, seeds, grid.positionMm(i, j, k), near);
                        float value = dose[grid.index(i, j, k)];
                        assertTrue(Float.isFinite(value) && value > 0);
                        if (near[0]) {
                            // within 2 mm the direct formula itself is used: same up to float rounding
                            assertTrue(Math.abs(value / reference - 1) < 1e-3, "near a seed: " + value + " vs " + reference);
                            continue;
                        }
                        worst = Math.max(worst, Math.abs(value / reference - 1));
                        checked++;
                    }
                }
            }
            assertTrue(checked > 30000, "checked " + checked);
            assertTrue(worst <= 0.005, mode + ": worst deviation " + worst);
        }
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() throws Exception {
        Tg43Formalism f = new Tg43Formalism(Sources.model6711(), KernelOptions.of(DoseMode.LINE_2D));
        GridGeometry grid = GridGeometry.axisAligned(new double[] { -20, -20, -20 }, new double[] { 1, 1, 1 }, 41, 41, 41);
        List<SeedPlacement> seeds = randomSeeds(40, 5, 30);
        float[] one = new Tg43GridCalculation(f).doseRateCGyPerHour(seeds, grid, 1);
        float[] three = new Tg43GridCalculation(f).doseRateCGyPerHour(seeds, grid, 3);
        assertArrayEquals(one, three);
    }

    /**
     * One seed's table against the formula. Cells are 6.25% wide in ρ² and z², and the formula is
     * piecewise linear in r and θ (kinks at every table node), so a single seed's table value can be
     * off by ~Δslope × cell / 4 at a kink: within 0.5% out to the last F radius (5 cm for 6711), up to
     * 1.5% farther out, where one seed gives less than 5% of its 1 cm dose rate. Summed doses (the test
     * above, the benchmark) stay well within 0.5%.
     */
    @Test
    void tableLookupFollowsTheFormalismOverItsWholeRange() throws Exception {
        Tg43Formalism f = new Tg43Formalism(Sources.model6711(), KernelOptions.of(DoseMode.LINE_2D));
        Tg43GridKernel kernel = new Tg43GridKernel(f, 300.0 * 300.0);
        Random random = new Random(9);
        double worstNear = 0;
        double worstFar = 0;
        for (int i = 0; i < 400_000; i++) {
            double r = 3.0 + random.nextDouble() * 297.0; // closer than 3 mm the direct formula is used
            double theta = random.nextDouble() * Math.PI;
            double rho = r * Math.sin(theta);
            double z = r * Math.cos(theta);
            double reference = f.doseRateCylindrical(rho / 10, z / 10);
            double deviation = Math.abs(kernel.lookup((float) (rho * rho), (float) (z * z)) / reference - 1);
            if (r <= 50) {
                worstNear = Math.max(worstNear, deviation);
            } else {
                worstFar = Math.max(worstFar, deviation);
            }
        }
        assertTrue(worstNear <= 0.005, "r ≤ 50 mm: worst table deviation " + worstNear);
        assertTrue(worstFar <= 0.015, "r > 50 mm: worst table deviation " + worstFar);
    }
}
