package org.opensabt.contour;

import org.opensabt.model.geometry.GridGeometry;

/**
 * Structures found from CT numbers: thresholds, region growing, the BODY outline and BONE. All work on
 * the CT's own grid ({@code hu[index]}, column index fastest).
 */
public final class AutoStructures {

    /** BODY threshold: above air and lung-to-skin partial volumes, below fat (−100 HU). */
    public static final int BODY_THRESHOLD_HU = -350;
    /** BONE threshold: cortical and dense trabecular bone, above contrast-enhanced soft tissue. */
    public static final int BONE_THRESHOLD_HU = 250;

    private AutoStructures() {
    }

    /** Voxels with minHu ≤ HU ≤ maxHu. */
    public static Mask threshold(short[] hu, GridGeometry grid, int minHu, int maxHu) {
        Mask mask = new Mask(grid);
        byte[] m = mask.voxels();
        for (int i = 0; i < hu.length; i++) {
            m[i] = (byte) (hu[i] >= minHu && hu[i] <= maxHu ? 1 : 0);
        }
        return mask;
    }

    /** The 6-connected region of voxels within [minHu, maxHu] that contains the seed voxel. */
    public static Mask regionGrow(short[] hu, GridGeometry grid, int seedIndex, int minHu, int maxHu) {
        if (hu[seedIndex] < minHu || hu[seedIndex] > maxHu) {
            throw new IllegalArgumentException("the seed point's CT number " + hu[seedIndex] + " HU lies outside " + minHu + ".." + maxHu + " HU");
        }
        return component(threshold(hu, grid, minHu, maxHu), seedIndex);
    }

    /**
     * BODY: CT numbers above {@code thresholdHu}; thin attachments (couch, cables, blanket) cut by an
     * in-plane opening of 2 voxels; the largest 6-connected part kept; the opening undone within the
     * threshold; holes inside each slice filled (lungs, bowel gas).
     */
    public static Mask body(short[] hu, GridGeometry grid, int thresholdHu) {
        Mask above = threshold(hu, grid, thresholdHu, Short.MAX_VALUE);
        Mask core = largestComponent(erodeInPlane(above, 2));
        Mask body = dilateInPlane(core, 2).intersection(above);
        fillHolesPerSlice(body);
        return body;
    }

    /** BONE: CT numbers at or above {@code thresholdHu} inside the body, without specks under 0.05 cc. */
    public static Mask bone(short[] hu, GridGeometry grid, int thresholdHu, Mask body) {
        Mask dense = threshold(hu, grid, thresholdHu, Short.MAX_VALUE);
        if (body != null) {
            dense = dense.intersection(body);
        }
        long minVoxels = Math.max(1, Math.round(0.05 / grid.voxelVolumeCc()));
        Mask out = new Mask(grid);
        byte[] seen = new byte[dense.voxels().length];
        for (int i = 0; i < seen.length; i++) {
            if (dense.get(i) && seen[i] == 0) {
                int[] members = flood(dense.voxels(), seen, grid, i);
                if (members.length >= minVoxels) {
                    for (int m : members) {
                        out.voxels()[m] = 1;
                    }
                }
            }
        }
        return out;
    }

    static Mask component(Mask mask, int seed) {
        Mask out = new Mask(mask.grid());
        for (int m : flood(mask.voxels(), new byte[mask.voxels().length], mask.grid(), seed)) {
            out.voxels()[m] = 1;
        }
        return out;
    }

    /** The largest 6-connected part of a mask (empty mask for an empty input). */
    static Mask largestComponent(Mask mask) {
        byte[] seen = new byte[mask.voxels().length];
        int[] best = new int[0];
        for (int i = 0; i < seen.length; i++) {
            if (mask.voxels()[i] != 0 && seen[i] == 0) {
                int[] members = flood(mask.voxels(), seen, mask.grid(), i);
                if (members.length > best.length) {
                    best = members;
                }
            }
        }
        Mask out = new Mask(mask.grid());
        for (int m : best) {
            out.voxels()[m] = 1;
        }
        return out;
    }

    /** 6-connected flood fill of value-1 voxels from start; marks them in seen; returns their indices (the list is the queue). */
    private static int[] flood(byte[] inside, byte[] seen, GridGeometry g, int start) {
        int nx = g.columns();
        int ny = g.rows();
        int nz = g.slices();
        int nxy = nx * ny;
        int[] out = new int[1024];
        int n = 0;
        out[n++] = start;
        seen[start] = 1;
        for (int head = 0; head < n; head++) {
            int i = out[head];
            int c = i % nx;
            int r = (i / nx) % ny;
            int s = i / nxy;
            if (n + 6 > out.length) {
                out = java.util.Arrays.copyOf(out, 2 * out.length);
            }
            if (c > 0 && inside[i - 1] != 0 && seen[i - 1] == 0) {
                seen[i - 1] = 1;
                out[n++] = i - 1;
            }
            if (c < nx - 1 && inside[i + 1] != 0 && seen[i + 1] == 0) {
                seen[i + 1] = 1;
                out[n++] = i + 1;
            }
            if (r > 0 && inside[i - nx] != 0 && seen[i - nx] == 0) {
                seen[i - nx] = 1;
                out[n++] = i - nx;
            }
            if (r < ny - 1 && inside[i + nx] != 0 && seen[i + nx] == 0) {
                seen[i + nx] = 1;
                out[n++] = i + nx;
            }
            if (s > 0 && inside[i - nxy] != 0 && seen[i - nxy] == 0) {
                seen[i - nxy] = 1;
                out[n++] = i - nxy;
            }
            if (s < nz - 1 && inside[i + nxy] != 0 && seen[i + nxy] == 0) {
                seen[i + nxy] = 1;
                out[n++] = i + nxy;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Erosion by a (2r+1)² square in each slice (separable running minimum). */
    static Mask erodeInPlane(Mask mask, int r) {
        return morphology(mask, r, true);
    }

    static Mask dilateInPlane(Mask mask, int r) {
        return morphology(mask, r, false);
    }

    private static Mask morphology(Mask mask, int radius, boolean erode) {
        GridGeometry g = mask.grid();
        int nx = g.columns();
        int ny = g.rows();
        byte[] in = mask.voxels();
        byte[] tmp = new byte[in.length];
        byte[] out = new byte[in.length];
        byte keep = (byte) (erode ? 1 : 0); // erosion keeps 1 only if all are 1; dilation sets 1 if any is 1
        java.util.stream.IntStream.range(0, g.slices()).parallel().forEach(s -> {
            int base = s * nx * ny;
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    byte v = keep;
                    for (int d = -radius; d <= radius && v == keep; d++) {
                        int xx = x + d;
                        byte b = xx >= 0 && xx < nx ? in[base + y * nx + xx] : 0;
                        if (b != keep) {
                            v = b;
                        }
                    }
                    tmp[base + y * nx + x] = v;
                }
            }
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    byte v = keep;
                    for (int d = -radius; d <= radius && v == keep; d++) {
                        int yy = y + d;
                        byte b = yy >= 0 && yy < ny ? tmp[base + yy * nx + x] : 0;
                        if (b != keep) {
                            v = b;
                        }
                    }
                    out[base + y * nx + x] = v;
                }
            }
        });
        return new Mask(g, out);
    }

    /** Sets every outside voxel of a slice that the slice's border cannot reach (4-connected) to inside. */
    static void fillHolesPerSlice(Mask mask) {
        GridGeometry g = mask.grid();
        int nx = g.columns();
        int ny = g.rows();
        byte[] m = mask.voxels();
        java.util.stream.IntStream.range(0, g.slices()).parallel().forEach(s -> {
            int base = s * nx * ny;
            byte[] reached = new byte[nx * ny];
            int[] stack = new int[nx * ny];
            int top = 0;
            for (int x = 0; x < nx; x++) {
                for (int y : new int[] { 0, ny - 1 }) {
                    int i = y * nx + x;
                    if (m[base + i] == 0 && reached[i] == 0) {
                        reached[i] = 1;
                        stack[top++] = i;
                    }
                }
            }
            for (int y = 0; y < ny; y++) {
                for (int x : new int[] { 0, nx - 1 }) {
                    int i = y * nx + x;
                    if (m[base + i] == 0 && reached[i] == 0) {
                        reached[i] = 1;
                        stack[top++] = i;
                    }
                }
            }
            while (top > 0) {
                int i = stack[--top];
                int x = i % nx;
                int y = i / nx;
                int[] next = { x > 0 ? i - 1 : -1, x < nx - 1 ? i + 1 : -1, y > 0 ? i - nx : -1, y < ny - 1 ? i + nx : -1 };
                for (int j : next) {
                    if (j >= 0 && m[base + j] == 0 && reached[j] == 0) {
                        reached[j] = 1;
                        stack[top++] = j;
                    }
                }
            }
            for (int i = 0; i < nx * ny; i++) {
                if (reached[i] == 0) {
                    m[base + i] = 1;
                }
            }
        });
    }
}
