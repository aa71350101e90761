package org.opensabt.dose.mc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.opensabt.dose.SeedPlacement;
import org.opensabt.dose.mc.internal.Batches;
import org.opensabt.dose.mc.internal.MonteCarloRun;
import org.opensabt.dose.mc.internal.PhotonPhysics;
import org.opensabt.dose.mc.internal.SeedEmission;
import org.opensabt.dose.mc.internal.VoxelPhantom;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.model.geometry.GridGeometry;

/**
 * One seed (axis z) at the centre of a 16 cm water cube with a 1 cm slab of another tissue across its transverse
 * axis (x from 1 to 2 cm), the benchmark geometry of heterogeneity studies (e.g. Das et al., IJROBP 38:843, 1997):
 * dose along +x with the slab divided by the dose in all-water, the heterogeneity correction factor, for D(m,m) and
 * D(w,m), from the same engine, photons and random numbers.
 */
public final class SlabStudy {

    /** Distances (cm) along the transverse axis where the ratio is reported. */
    public static final double[] DEPTHS_CM = { 0.5, 1.25, 1.75, 2.5, 3, 4, 5 };

    /** One depth: ratios to all-water, with one standard deviation (%), and whether the point lies in the slab. */
    public record Point(double xCm, boolean inSlab, double ratioMedium, double ratioWaterInMedium, double uncertaintyPercent) {
    }

    public record Result(String tissue, double densityGPerCm3, List<Point> points, long histories, double seconds) {

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s slab (%.3f g/cm³), 1 cm thick at x = 1–2 cm:", tissue, densityGPerCm3));
            for (Point p : points) {
                s.append(String.format(Locale.ROOT, " x=%.2f cm %s D(m,m)/D(w,w) %.3f, D(w,m)/D(w,w) %.3f ±%.1f%%;", p.xCm(), p.inSlab() ? "(in)" : "",
                        p.ratioMedium(), p.ratioWaterInMedium(), p.uncertaintyPercent()));
            }
            return s.toString();
        }
    }

    private SlabStudy() {
    }

    /**
     * @param tissue  a tissue of the interaction tables ("cortical-bone", "lung", …)
     * @param density its mass density (g/cm³)
     */
    public static Result run(SeedSource source, String tissue, double density, long histories, long randomSeed, int threads, IProgressMonitor monitor)
            throws InterruptedException {
        PhotonPhysics physics = MonteCarloDoseEngine.physics();
        int slab = physics.materialIndex(tissue);
        int water = physics.materialIndex("water");
        SeedEmission emission = SourceCalibrations.emission(source, SourceCalibrations.of(source, threads, monitor));
        // 1 mm voxels, 16 cm cube; the dose grid is the whole cube (no extra margin)
        int n = 160;
        GridGeometry grid = GridGeometry.axisAligned(new double[] { -79.5, -79.5, -79.5 }, new double[] { 1, 1, 1 }, n, n, n);
        VoxelPhantom all = VoxelPhantom.uniform(grid, water, 1.0);
        VoxelPhantom withSlab = VoxelPhantom.uniform(grid, water, 1.0);
        for (int s = 0; s < n; s++) {
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < n; c++) {
                    double x = grid.positionMm(c, r, s)[0];
                    if (x > 10 && x < 20) {
                        int i = grid.index(c, r, s);
                        withSlab.material()[i] = (byte) slab;
                        withSlab.densityGPerCm3()[i] = (float) density;
                    }
                }
            }
        }
        // the seed centre lies on a voxel face (x = 0); its axis along z
        List<SeedPlacement> seeds = List.of(new SeedPlacement("seed", new double[] { 0, 0, 0 }, new double[] { 0, 0, 1 }, 1));
        MonteCarloRun run = new MonteCarloRun(physics, emission, null, 0);
        org.opensabt.dose.MediumDoseRequest request = new org.opensabt.dose.MediumDoseRequest(source, seeds, grid, grid, new short[grid.voxelCount()],
                threads, histories, randomSeed, null);
        Batches.Result het = run.run(withSlab, request, histories, () -> monitor != null && monitor.isCanceled(), b -> {
        });
        Batches.Result hom = run.run(all, request, histories, () -> monitor != null && monitor.isCanceled(), b -> {
        });
        List<Point> points = new ArrayList<>();
        for (double depth : DEPTHS_CM) {
            double xMm = depth * 10;
            double m = 0;
            double w = 0;
            double ref = 0;
            double var = 0;
            int count = 0;
            // the voxels whose centres lie within 0.5 mm of x in x and within 1 mm of the axis in y and z
            for (int s = 0; s < n; s++) {
                for (int r = 0; r < n; r++) {
                    for (int c = 0; c < n; c++) {
                        double[] p = grid.positionMm(c, r, s);
                        if (Math.abs(p[0] - xMm) <= 0.5 && Math.abs(p[1]) <= 1 && Math.abs(p[2]) <= 1) {
                            int i = grid.index(c, r, s);
                            m += het.meanPerHistory()[0][i];
                            w += het.meanPerHistory()[1][i];
                            ref += hom.meanPerHistory()[1][i];
                            var += sq(het.relativeUncertainty()[i]) + sq(hom.relativeUncertainty()[i]);
                            count++;
                        }
                    }
                }
            }
            points.add(new Point(depth, depth > 1 && depth < 2, m / ref, w / ref, 100 * Math.sqrt(var / count / count)));
        }
        return new Result(tissue, density, points, histories, het.seconds() + hom.seconds());
    }

    private static double sq(double v) {
        return v * v;
    }
}
