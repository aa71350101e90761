package org.opensabt.contour;

import java.util.Arrays;

import org.opensabt.model.geometry.GridGeometry;

/**
 * A binary structure on a voxel grid (one byte per voxel, 1 = inside; column index fastest, as in
 * {@link GridGeometry}).
 */
public final class Mask {

    private final GridGeometry grid;
    private final byte[] inside;

    public Mask(GridGeometry grid) {
        this(grid, new byte[grid.voxelCount()]);
    }

    public Mask(GridGeometry grid, byte[] inside) {
        if (inside.length != grid.voxelCount()) {
            throw new IllegalArgumentException("mask has " + inside.length + " voxels, its grid " + grid.voxelCount());
        }
        this.grid = grid;
        this.inside = inside;
    }

    /** Voxels whose inside fraction is at least {@code threshold} (0.5: the usual binary mask). */
    public static Mask of(VoxelFractions fractions, GridGeometry grid, double threshold) {
        Mask mask = new Mask(grid);
        for (int i = 0; i < fractions.size(); i++) {
            if (fractions.fraction()[i] >= threshold) {
                mask.inside[fractions.index()[i]] = 1;
            }
        }
        return mask;
    }

    public GridGeometry grid() {
        return grid;
    }

    /** The voxels, 1 inside and 0 outside; shared, not copied. */
    public byte[] voxels() {
        return inside;
    }

    public boolean get(int index) {
        return inside[index] != 0;
    }

    public boolean get(int c, int r, int s) {
        return inside[grid.index(c, r, s)] != 0;
    }

    /** Whether the voxel nearest to a patient point (mm) is inside; false outside the grid. */
    public boolean containsMm(double[] patientMm) {
        double[] local = grid.toGridMm(patientMm);
        int c = (int) Math.round(local[0] / grid.spacingMm()[0]);
        int r = (int) Math.round(local[1] / grid.spacingMm()[1]);
        int s = (int) Math.round(local[2] / grid.spacingMm()[2]);
        return c >= 0 && r >= 0 && s >= 0 && c < grid.columns() && r < grid.rows() && s < grid.slices() && get(c, r, s);
    }

    public void set(int index, boolean value) {
        inside[index] = (byte) (value ? 1 : 0);
    }

    public Mask copy() {
        return new Mask(grid, inside.clone());
    }

    public long count() {
        long n = 0;
        for (byte b : inside) {
            n += b;
        }
        return n;
    }

    public boolean isEmpty() {
        for (byte b : inside) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    public double volumeCc() {
        return count() * grid.voxelVolumeCc();
    }

    /** Centre of mass of the inside voxels (patient mm); null when empty. */
    public double[] centroidMm() {
        double[] sum = new double[3];
        long n = 0;
        for (int s = 0; s < grid.slices(); s++) {
            for (int r = 0; r < grid.rows(); r++) {
                int base = grid.index(0, r, s);
                for (int c = 0; c < grid.columns(); c++) {
                    if (inside[base + c] != 0) {
                        sum[0] += c;
                        sum[1] += r;
                        sum[2] += s;
                        n++;
                    }
                }
            }
        }
        return n == 0 ? null : grid.positionMm(sum[0] / n, sum[1] / n, sum[2] / n);
    }

    /**
     * Box of the inside voxels in grid indices: {cMin, rMin, sMin, cMax, rMax, sMax} (inclusive); null
     * when empty.
     */
    public int[] boundsIndex() {
        int[] b = { Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1, -1 };
        for (int s = 0; s < grid.slices(); s++) {
            for (int r = 0; r < grid.rows(); r++) {
                int base = grid.index(0, r, s);
                for (int c = 0; c < grid.columns(); c++) {
                    if (inside[base + c] != 0) {
                        b[0] = Math.min(b[0], c);
                        b[1] = Math.min(b[1], r);
                        b[2] = Math.min(b[2], s);
                        b[3] = Math.max(b[3], c);
                        b[4] = Math.max(b[4], r);
                        b[5] = Math.max(b[5], s);
                    }
                }
            }
        }
        return b[3] < 0 ? null : b;
    }

    /** Patient-axis extent of the inside voxels (voxel centres ± half a voxel): {xMin, yMin, zMin, xMax, yMax, zMax} mm. */
    public double[] extentMm() {
        int[] b = boundsIndex();
        if (b == null) {
            return null;
        }
        double[] e = { Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
        for (int corner = 0; corner < 8; corner++) {
            double[] p = grid.positionMm((corner & 1) == 0 ? b[0] - 0.5 : b[3] + 0.5, (corner & 2) == 0 ? b[1] - 0.5 : b[4] + 0.5,
                    (corner & 4) == 0 ? b[2] - 0.5 : b[5] + 0.5);
            for (int k = 0; k < 3; k++) {
                e[k] = Math.min(e[k], p[k]);
                e[k + 3] = Math.max(e[k + 3], p[k]);
            }
        }
        return e;
    }

    public Mask union(Mask other) {
        return combine(other, 0);
    }

    public Mask intersection(Mask other) {
        return combine(other, 1);
    }

    /** This minus other. */
    public Mask subtraction(Mask other) {
        return combine(other, 2);
    }

    private Mask combine(Mask other, int op) {
        if (!grid.sameAs(other.grid)) {
            throw new IllegalArgumentException("masks are on different grids");
        }
        byte[] out = new byte[inside.length];
        for (int i = 0; i < out.length; i++) {
            int a = inside[i];
            int b = other.inside[i];
            out[i] = (byte) switch (op) {
                case 0 -> a | b;
                case 1 -> a & b;
                default -> a & (1 - b);
            };
        }
        return new Mask(grid, out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mask m && grid.sameAs(m.grid) && Arrays.equals(inside, m.inside);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(inside);
    }
}
