package org.opensabt.contour;

import org.opensabt.model.geometry.GridGeometry;

/**
 * Expansion and contraction of a mask by a margin, from the exact Euclidean distance transform. The
 * margin may differ along the grid's row, column and slice directions (an ellipsoidal structuring
 * element; 0 leaves that direction unchanged). Expansion keeps every voxel whose centre lies within
 * the margin of an inside voxel's centre; contraction keeps inside voxels farther than the margin
 * from every outside voxel. The work is confined to the structure's box plus the margin.
 */
public final class Margins {

    private Margins() {
    }

    public static Mask expand(Mask mask, double marginXmm, double marginYmm, double marginZmm) {
        return apply(mask, new double[] { marginXmm, marginYmm, marginZmm }, true);
    }

    public static Mask contract(Mask mask, double marginXmm, double marginYmm, double marginZmm) {
        return apply(mask, new double[] { marginXmm, marginYmm, marginZmm }, false);
    }

    private static Mask apply(Mask mask, double[] marginMm, boolean expand) {
        for (double m : marginMm) {
            if (!(m >= 0) || !Double.isFinite(m)) {
                throw new IllegalArgumentException("margins must be finite and not negative (mm), are " + java.util.Arrays.toString(marginMm));
            }
        }
        GridGeometry g = mask.grid();
        int[] bounds = mask.boundsIndex();
        Mask out = new Mask(g);
        if (bounds == null) {
            return out;
        }
        int[] size = { g.columns(), g.rows(), g.slices() };
        int[] lo = new int[3];
        int[] hi = new int[3];
        double[] weight = new double[3];
        for (int k = 0; k < 3; k++) {
            int pad = expand ? (int) Math.ceil(marginMm[k] / g.spacingMm()[k]) + 1 : 1;
            lo[k] = Math.max(0, bounds[k] - pad);
            hi[k] = Math.min(size[k] - 1, bounds[k + 3] + pad);
            weight[k] = marginMm[k] > 0 ? Math.pow(g.spacingMm()[k] / marginMm[k], 2) : 1e30;
        }
        int nx = hi[0] - lo[0] + 1;
        int ny = hi[1] - lo[1] + 1;
        int nz = hi[2] - lo[2] + 1;
        byte[] box = new byte[nx * ny * nz];
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                System.arraycopy(mask.voxels(), g.index(lo[0], lo[1] + y, lo[2] + z), box, (z * ny + y) * nx, nx);
            }
        }
        // distance in units of the margin: ≤ 1 means within the margin
        float[] d2 = DistanceTransform.squared(box, (byte) (expand ? 1 : 0), nx, ny, nz, weight[0], weight[1], weight[2]);
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                int target = g.index(lo[0], lo[1] + y, lo[2] + z);
                int source = (z * ny + y) * nx;
                for (int x = 0; x < nx; x++) {
                    boolean keep = expand ? d2[source + x] <= 1.0f + 1e-6f : box[source + x] != 0 && d2[source + x] > 1.0f + 1e-6f;
                    out.voxels()[target + x] = (byte) (keep ? 1 : 0);
                }
            }
        }
        return out;
    }
}
