package org.opensabt.viewer;

import org.opensabt.model.geometry.GridGeometry;

/**
 * Orthogonal reformats of a CT volume (column fastest, then row, then slice) along its own grid axes.
 * Slice pixel (u, v) maps to grid indices as follows: axial (column u, row v, slice k); coronal (column u,
 * row k, slice n−1−v); sagittal (row u, column k, slice n−1−v), so that superior is up.
 */
public final class VolumeSlicer {

    private final GridGeometry grid;
    private final short[] voxels;

    public VolumeSlicer(GridGeometry grid, short[] voxels) {
        if (voxels.length != grid.voxelCount()) {
            throw new IllegalArgumentException("volume has " + voxels.length + " voxels, its grid " + grid.voxelCount());
        }
        this.grid = grid;
        this.voxels = voxels;
    }

    public GridGeometry grid() {
        return grid;
    }

    public short[] voxels() {
        return voxels;
    }

    /** Number of slices of an orientation. */
    public int count(Orientation o) {
        return switch (o) {
        case AXIAL -> grid.slices();
        case CORONAL -> grid.rows();
        case SAGITTAL -> grid.columns();
        };
    }

    /** Width and height (pixels) of a slice of an orientation. */
    public int[] size(Orientation o) {
        return switch (o) {
        case AXIAL -> new int[] { grid.columns(), grid.rows() };
        case CORONAL -> new int[] { grid.columns(), grid.slices() };
        case SAGITTAL -> new int[] { grid.rows(), grid.slices() };
        };
    }

    /** Pixel spacing (mm) along u and v. */
    public double[] pixelMm(Orientation o) {
        double[] s = grid.spacingMm();
        return switch (o) {
        case AXIAL -> new double[] { s[0], s[1] };
        case CORONAL -> new double[] { s[0], s[2] };
        case SAGITTAL -> new double[] { s[1], s[2] };
        };
    }

    /** Grid indices (column, row, slice) of slice pixel (u, v) of slice {@code k}; fractional u, v give fractional indices. */
    public double[] gridIndex(Orientation o, int k, double u, double v) {
        int last = grid.slices() - 1;
        return switch (o) {
        case AXIAL -> new double[] { u, v, k };
        case CORONAL -> new double[] { u, k, last - v };
        case SAGITTAL -> new double[] { k, u, last - v };
        };
    }

    /** Patient position (LPS mm) of slice pixel (u, v) of slice {@code k}. */
    public double[] patientMm(Orientation o, int k, double u, double v) {
        double[] g = gridIndex(o, k, u, v);
        return grid.positionMm(g[0], g[1], g[2]);
    }

    /** Slice pixel coordinates (u, v), fractional, of a patient point on the slices of an orientation (the inverse of {@link #patientMm}). */
    public double[] uv(Orientation o, double[] patientMm) {
        double[] g = grid.toGridMm(patientMm);
        double[] s = grid.spacingMm();
        double last = grid.slices() - 1;
        return switch (o) {
        case AXIAL -> new double[] { g[0] / s[0], g[1] / s[1] };
        case CORONAL -> new double[] { g[0] / s[0], last - g[2] / s[2] };
        case SAGITTAL -> new double[] { g[1] / s[1], last - g[2] / s[2] };
        };
    }

    /** The slice through a patient point: its index along the orientation's normal, clamped to the volume. */
    public int sliceThrough(Orientation o, double[] patientMm) {
        double[] g = grid.toGridMm(patientMm);
        int axis = switch (o) {
        case AXIAL -> 2;
        case CORONAL -> 1;
        case SAGITTAL -> 0;
        };
        int k = (int) Math.round(g[axis] / grid.spacingMm()[axis]);
        return Math.max(0, Math.min(count(o) - 1, k));
    }

    /** The HU of slice {@code k}, row by row (u fastest). */
    public short[] slice(Orientation o, int k) {
        int[] index = voxelIndices(o, k);
        short[] out = new short[index.length];
        for (int i = 0; i < index.length; i++) {
            out[i] = voxels[index[i]];
        }
        return out;
    }

    /** For each pixel of slice {@code k} (u fastest), the index of its voxel in the volume: gathers any per-voxel array. */
    public int[] voxelIndices(Orientation o, int k) {
        if (k < 0 || k >= count(o)) {
            throw new IndexOutOfBoundsException(o.label() + " slice " + k + " of " + count(o));
        }
        int[] size = size(o);
        int[] out = new int[size[0] * size[1]];
        int nc = grid.columns();
        int nr = grid.rows();
        int ns = grid.slices();
        int i = 0;
        for (int v = 0; v < size[1]; v++) {
            for (int u = 0; u < size[0]; u++) {
                out[i++] = switch (o) {
                case AXIAL -> (k * nr + v) * nc + u;
                case CORONAL -> ((ns - 1 - v) * nr + k) * nc + u;
                case SAGITTAL -> ((ns - 1 - v) * nr + u) * nc + k;
                };
            }
        }
        return out;
    }

    /** HU at a patient point, nearest voxel; NaN outside. */
    public double huAt(double[] patientMm) {
        double[] g = grid.toGridMm(patientMm);
        int c = (int) Math.round(g[0] / grid.spacingMm()[0]);
        int r = (int) Math.round(g[1] / grid.spacingMm()[1]);
        int s = (int) Math.round(g[2] / grid.spacingMm()[2]);
        if (c < 0 || r < 0 || s < 0 || c >= grid.columns() || r >= grid.rows() || s >= grid.slices()) {
            return Double.NaN;
        }
        return voxels[grid.index(c, r, s)];
    }
}
