package org.opensabt.dose.tg43;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.opensabt.dose.DoseMode;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.dose.KernelOptions;
import org.opensabt.dose.PermanentImplant;
import org.opensabt.dose.SeedPlacement;
import org.opensabt.dose.dvh.DoseMetric;
import org.opensabt.dose.dvh.Dvh;
import org.opensabt.dose.dvh.ImplantMetrics;
import org.opensabt.contour.StructureRasterizer;
import org.opensabt.contour.VoxelFractions;
import org.opensabt.dose.source.SeedSource;

/** Partial-volume DVHs against analytic and brute-force references. */
class DvhTest {

    /** Planar polygon contours of a sphere, one per plane. */
    static List<double[]> sphere(double[] centre, double radiusMm, double planeSpacingMm, int vertices) {
        List<double[]> contours = new ArrayList<>();
        int planes = (int) Math.floor(radiusMm / planeSpacingMm);
        for (int p = -planes; p <= planes; p++) {
            double z = p * planeSpacingMm;
            double rr = Math.sqrt(Math.max(0, radiusMm * radiusMm - z * z));
            if (rr < 1e-6) {
                continue;
            }
            double[] points = new double[3 * vertices];
            for (int v = 0; v < vertices; v++) {
                double a = 2 * Math.PI * v / vertices;
                points[3 * v] = centre[0] + rr * Math.cos(a);
                points[3 * v + 1] = centre[1] + rr * Math.sin(a);
                points[3 * v + 2] = centre[2] + z;
            }
            contours.add(points);
        }
        return contours;
    }

    /** Volume of the slab model itself: polygon area × slab thickness, summed. */
    static double slabVolumeCc(List<double[]> contours, double planeSpacingMm) {
        double sum = 0;
        for (double[] c : contours) {
            int n = c.length / 3;
            double area = 0;
            for (int a = 0, b = n - 1; a < n; b = a++) {
                area += c[3 * b] * c[3 * a + 1] - c[3 * a] * c[3 * b + 1];
            }
            sum += Math.abs(area) / 2 * planeSpacingMm;
        }
        return sum / 1000.0;
    }

    @Test
    void rasterisedVolumesOfSmallStructures() {
        GridGeometry grid = GridGeometry.axisAligned(new double[] { -15, -15, -15 }, new double[] { 1, 1, 1 }, 31, 31, 31);
        double radius = Math.cbrt(3.0 / (4 * Math.PI)) * 10; // 1 cc
        for (double[] centre : new double[][] { { 0, 0, 0 }, { 0.37, -0.21, 0.45 } }) {
            List<double[]> contours = sphere(centre, radius, 0.5, 360);
            VoxelFractions mask = new StructureRasterizer().rasterize(contours, grid, 0.5);
            assertEquals(slabVolumeCc(contours, 0.5), mask.volumeCc(), 0.01 * slabVolumeCc(contours, 0.5), "rasteriser vs slab model");
            assertEquals(1.0, mask.volumeCc(), 0.02, "1 cc sphere");
        }
        // a 10 × 10 mm square with a 4 × 4 mm hole on 5 planes 2 mm apart: (100 − 16) mm² × 10 mm
        List<double[]> box = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            double z = -4 + 2 * p;
            box.add(new double[] { -5.2, -5.2, z, 4.8, -5.2, z, 4.8, 4.8, z, -5.2, 4.8, z });
            box.add(new double[] { -2.2, -2.2, z, 1.8, -2.2, z, 1.8, 1.8, z, -2.2, 1.8, z });
        }
        assertEquals(0.84, new StructureRasterizer().rasterize(box, grid, 2).volumeCc(), 0.84 * 0.01);
    }

    @Test
    void dvhOfAOneCcSphereAroundOneSeedMatchesTheAnalyticDvh() throws Exception {
        SeedSource seed = Sources.model6711();
        double radius = Math.cbrt(3.0 / (4 * Math.PI)) * 10;
        double[] centre = { 0.3, -0.2, 0.1 };
        List<double[]> contours = sphere(centre, radius, 0.5, 360);
        GridGeometry grid = GridGeometry.axisAligned(new double[] { -12, -12, -12 }, new double[] { 0.5, 0.5, 0.5 }, 49, 49, 49);
        VoxelFractions mask = new StructureRasterizer().rasterize(contours, grid, 0.5);
        List<SeedPlacement> one = List.of(new SeedPlacement("1", centre, new double[] { 0, 0, 1 }, 1.0));
        double factor = PermanentImplant.meanLifeHours(seed.halfLifeDays()) / 100;

        // 1D: the dose depends on r only and falls with r, so V(≥ D(r)) = 4/3·π·r³ exactly.
        Tg43Formalism point = new Tg43Formalism(seed, KernelOptions.of(DoseMode.POINT_1D));
        Dvh dvh1 = new Dvh(total(new Tg43GridCalculation(point).doseRateCGyPerHour(one, grid, 2), factor), mask);
        for (double percent : new double[] { 50, 80, 90 }) {
            // the hottest `percent` of the sphere is the inner sphere of that volume
            double rAt = radius * Math.cbrt(percent / 100.0);
            double analytic = point.doseRateCGyPerHourPerU(rAt / 10, 90.0) * factor;
            assertEquals(analytic, dvh1.doseToPercentGy(percent), analytic * 0.03, "1D D" + percent + " (r = " + rAt + " mm)");
        }
        double dAt5mm = point.doseRateCGyPerHourPerU(0.5, 90.0) * factor;
        assertEquals(4.0 / 3 * Math.PI * 0.125, dvh1.volumeAtLeastCc(dAt5mm), 0.523 * 0.04, "1D V(D(5 mm)) = sphere of 5 mm");

        // 2D: reference from 400 000 uniform points in the sphere with the direct formula.
        Tg43Formalism line = new Tg43Formalism(seed, KernelOptions.of(DoseMode.LINE_2D));
        Dvh dvh2 = new Dvh(total(new Tg43GridCalculation(line).doseRateCGyPerHour(one, grid, 2), factor), mask);
        Random random = new Random(1);
        double[] samples = new double[400_000];
        for (int i = 0; i < samples.length;) {
            double x = (random.nextDouble() * 2 - 1) * radius;
            double y = (random.nextDouble() * 2 - 1) * radius;
            double z = (random.nextDouble() * 2 - 1) * radius;
            if (x * x + y * y + z * z <= radius * radius) {
                samples[i++] = line.doseRateCGyPerHourPerU(x / 10, y / 10, z / 10) * factor;
            }
        }
        Arrays.sort(samples);
        for (double percent : new double[] { 50, 90, 100 }) {
            double reference = samples[(int) Math.min(samples.length - 1, Math.round(samples.length * (1 - percent / 100.0)))];
            assertEquals(reference, dvh2.doseToPercentGy(percent), reference * 0.03, "2D D" + percent);
        }
    }

    @Test
    void phantomPlanMetricsMatchABruteForceFineGrid() throws Exception {
        SeedSource seed = Sources.model6711();
        Tg43Formalism line = new Tg43Formalism(seed, KernelOptions.of(DoseMode.LINE_2D));
        double factor = PermanentImplant.meanLifeHours(seed.halfLifeDays()) / 100;
        // 30 mm diameter target, 4 parallel needles of 5 seeds, 0.7 U
        double radius = 15;
        List<SeedPlacement> seeds = new ArrayList<>();
        for (double[] xy : new double[][] { { -6, -6 }, { 6, -6 }, { -6, 6 }, { 6, 6 } }) {
            for (int k = -2; k <= 2; k++) {
                seeds.add(new SeedPlacement("s", new double[] { xy[0], xy[1], k * 5.5 }, new double[] { 0.2, 0.1, 1 }, 0.7));
            }
        }
        seeds.add(new SeedPlacement("c", new double[] { 0, 0, 0 }, new double[] { 0, 0, 1 }, 0.7));
        List<double[]> contours = sphere(new double[] { 0, 0, 0 }, radius, 1.0, 360);
        GridGeometry grid = GridGeometry.axisAligned(new double[] { -30, -30, -30 }, new double[] { 1, 1, 1 }, 61, 61, 61);
        float[] dose = total(new Tg43GridCalculation(line).doseRateCGyPerHour(seeds, grid, 2), factor);
        VoxelFractions mask = new StructureRasterizer().rasterize(contours, grid, 1.0);
        Dvh dvh = new Dvh(dose, mask);
        double rx = dvh.doseToPercentGy(85); // a prescription that leaves V100 near 85 %

        // Brute force: 0.5 mm lattice (8 points per voxel of the 1 mm grid) inside the analytic sphere, direct formula at every point.
        List<Double> values = new ArrayList<>();
        double step = 0.5;
        for (double x = -radius + step / 2; x < radius; x += step) {
            for (double y = -radius + step / 2; y < radius; y += step) {
                for (double z = -radius + step / 2; z < radius; z += step) {
                    if (x * x + y * y + z * z > radius * radius) {
                        continue;
                    }
                    double sum = 0;
                    for (SeedPlacement s : seeds) {
                        double dx = x - s.positionMm()[0];
                        double dy = y - s.positionMm()[1];
                        double dz = z - s.positionMm()[2];
                        double[] u = s.directionUnit();
                        double along = dx * u[0] + dy * u[1] + dz * u[2];
                        double rho = Math.sqrt(Math.max(0, dx * dx + dy * dy + dz * dz - along * along));
                        sum += s.airKermaStrengthU() * line.doseRateCylindrical(rho / 10, along / 10);
                    }
                    values.add(sum * factor);
                }
            }
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double referenceD90 = sorted[(int) Math.round(sorted.length * 0.10)];
        long atRx = Arrays.stream(sorted).filter(v -> v >= rx).count();
        double referenceV100 = 100.0 * atRx / sorted.length;
        assertEquals(referenceD90, dvh.doseToPercentGy(90), referenceD90 * 0.015, "D90");
        assertEquals(referenceV100, dvh.volumeAtLeastPercent(rx), 1.5, "V100 (percentage points)");
        assertEquals(4.0 / 3 * Math.PI * Math.pow(radius / 10, 3), dvh.volumeCc(), 0.015 * 14.137, "target volume");

        double[][] cumulative = dvh.cumulative(1.0);
        double[][] differential = dvh.differential(1.0);
        assertEquals(dvh.volumeCc(), cumulative[0][1], 1e-9, "cumulative DVH at 0 Gy = whole volume");
        assertEquals(dvh.volumeCc(), Arrays.stream(differential).mapToDouble(row -> row[1]).sum(), 1e-9, "differential bins add up");
        for (int b = 1; b < cumulative.length; b++) {
            assertTrue(cumulative[b][1] <= cumulative[b - 1][1], "cumulative DVH never rises");
        }
        List<DoseMetric> metrics = ImplantMetrics.target("GTV", dvh, rx, 20.0);
        assertTrue(metrics.stream().allMatch(m -> m.hasValue() && !m.formatted().contains("NaN")), metrics.toString());
        VoxelFractions small = new StructureRasterizer().rasterize(sphere(new double[] { 20, 0, 0 }, 6.2, 1.0, 180), grid, 1.0);
        List<DoseMetric> oar = ImplantMetrics.organAtRisk("small", new Dvh(dose, small));
        DoseMetric d2cc = oar.stream().filter(m -> m.name().equals("D2cc")).findFirst().orElseThrow();
        assertTrue(!d2cc.hasValue() && d2cc.formatted().startsWith("n/a (structure is 1.0"), d2cc.formatted());
        assertTrue(oar.stream().filter(m -> m.name().equals("D0.1cc")).allMatch(DoseMetric::hasValue));
    }

    private static float[] total(float[] rate, double factor) {
        float[] out = new float[rate.length];
        for (int i = 0; i < rate.length; i++) {
            out[i] = (float) (rate[i] * factor);
        }
        return out;
    }
}
