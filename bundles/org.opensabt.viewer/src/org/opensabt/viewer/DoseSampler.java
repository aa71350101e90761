package org.opensabt.viewer;

import org.opensabt.model.DoseGrid;
import org.opensabt.model.geometry.GridGeometry;

/** Trilinear dose (Gy) at patient points from a stored dose grid; 0 outside the grid. */
public final class DoseSampler {

    private final GridGeometry grid;
    private final float[] doseGy;

    public DoseSampler(GridGeometry grid, float[] doseGy) {
        if (doseGy.length != grid.voxelCount()) {
            throw new IllegalArgumentException("dose grid has " + doseGy.length + " values, its geometry " + grid.voxelCount());
        }
        this.grid = grid;
        this.doseGy = doseGy;
    }

    /** The sampler of a plan's or implant's stored dose grid, or null when it has none or its values are not loaded. */
    public static DoseSampler of(DoseGrid g) {
        if (g == null || g.getDoseValues() == null) {
            return null;
        }
        return new DoseSampler(GridGeometry.of(g), g.getDoseValues());
    }

    public double doseGyAt(double[] patientMm) {
        double[] g = grid.toGridMm(patientMm);
        double x = g[0] / grid.spacingMm()[0];
        double y = g[1] / grid.spacingMm()[1];
        double z = g[2] / grid.spacingMm()[2];
        int nc = grid.columns();
        int nr = grid.rows();
        int ns = grid.slices();
        if (x < 0 || y < 0 || z < 0 || x > nc - 1 || y > nr - 1 || z > ns - 1) {
            return 0;
        }
        int x0 = Math.min((int) x, Math.max(0, nc - 2));
        int y0 = Math.min((int) y, Math.max(0, nr - 2));
        int z0 = Math.min((int) z, Math.max(0, ns - 2));
        double fx = nc == 1 ? 0 : x - x0;
        double fy = nr == 1 ? 0 : y - y0;
        double fz = ns == 1 ? 0 : z - z0;
        int x1 = Math.min(x0 + 1, nc - 1);
        int y1 = Math.min(y0 + 1, nr - 1);
        int z1 = Math.min(z0 + 1, ns - 1);
        double c00 = lerp(doseGy[grid.index(x0, y0, z0)], doseGy[grid.index(x1, y0, z0)], fx);
        double c10 = lerp(doseGy[grid.index(x0, y1, z0)], doseGy[grid.index(x1, y1, z0)], fx);
        double c01 = lerp(doseGy[grid.index(x0, y0, z1)], doseGy[grid.index(x1, y0, z1)], fx);
        double c11 = lerp(doseGy[grid.index(x0, y1, z1)], doseGy[grid.index(x1, y1, z1)], fx);
        return lerp(lerp(c00, c10, fy), lerp(c01, c11, fy), fz);
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }
}
