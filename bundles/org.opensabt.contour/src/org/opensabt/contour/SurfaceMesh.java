package org.opensabt.contour;

import java.io.IOException;
import java.nio.file.Path;

import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.model.geometry.TriangleMesh;

/**
 * A closed triangle surface of a mask, by naive surface nets (Gibson, "Constrained elastic surface
 * nets", 1998, without the relaxation): one vertex per boundary cell of the voxel lattice at the mean
 * of its edge crossings, one quad (two triangles) per pair of neighbouring voxels that differ. The
 * surface is closed, manifold (voxels touching only along an edge or at a corner are joined first)
 * and outward oriented; vertices are in patient mm. Used for 3D views, the
 * template and STL export of a structure. A read-only view on a {@link TriangleMesh}, the one mesh
 * type (which also writes the STL).
 */
public final class SurfaceMesh {

    private final TriangleMesh mesh;

    private SurfaceMesh(float[] verticesMm, int[] triangles) {
        this.mesh = new TriangleMesh(verticesMm, triangles);
    }

    /** The mesh itself (shared, not a copy: do not modify its arrays). */
    public TriangleMesh mesh() {
        return mesh;
    }

    public int vertexCount() {
        return mesh.vertexCount();
    }

    public int triangleCount() {
        return mesh.triangleCount();
    }

    public float[] verticesMm() {
        return mesh.verticesMm().clone();
    }

    public int[] triangles() {
        return mesh.triangles().clone();
    }

    public static SurfaceMesh of(Mask mask) {
        GridGeometry g = mask.grid();
        int[] b = mask.boundsIndex();
        if (b == null) {
            return new SurfaceMesh(new float[0], new int[0]);
        }
        // padded lattice: lattice point (x, y, z) ↔ voxel (x - pad + b0, y - pad + b1, z - pad + b2); the pad must
        // stay empty after pinches are closed, else the lattice is rebuilt with a wider one
        int pad = 2;
        byte[] v;
        int nx;
        int ny;
        int nz;
        while (true) {
            nx = b[3] - b[0] + 1 + 2 * pad;
            ny = b[4] - b[1] + 1 + 2 * pad;
            nz = b[5] - b[2] + 1 + 2 * pad;
            v = new byte[nx * ny * nz];
            for (int z = pad; z < nz - pad; z++) {
                for (int y = pad; y < ny - pad; y++) {
                    System.arraycopy(mask.voxels(), g.index(b[0], b[1] + y - pad, b[2] + z - pad), v, (z * ny + y) * nx + pad, nx - 2 * pad);
                }
            }
            closePinches(v, nx, ny, nz);
            if (!touchesBorder(v, nx, ny, nz)) {
                break;
            }
            pad *= 2;
        }
        final int offset = pad;
        // vertex of each boundary cell (a cell is named by its lowest corner); the edges of lattice slice z touch cells of
        // slices z − 1 and z only, so two slices of indices suffice (−1: none yet)
        int sliceCells = nx * ny;
        int[] cellVertex = new int[2 * sliceCells];
        java.util.Arrays.fill(cellVertex, -1);
        FloatList vertices = new FloatList();
        IntList tris = new IntList();
        int[] q = new int[4];
        for (int z = 0; z < nz; z++) {
            if (z >= 2) { // slice z − 2 is done with; its half of the buffer now holds slice z
                java.util.Arrays.fill(cellVertex, (z & 1) * sliceCells, (z & 1) * sliceCells + sliceCells, -1);
            }
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int here = v[(z * ny + y) * nx + x];
                    for (int axis = 0; axis < 3; axis++) {
                        int x2 = x + (axis == 0 ? 1 : 0);
                        int y2 = y + (axis == 1 ? 1 : 0);
                        int z2 = z + (axis == 2 ? 1 : 0);
                        if (x2 >= nx || y2 >= ny || z2 >= nz) {
                            continue;
                        }
                        int there = v[(z2 * ny + y2) * nx + x2];
                        if (here == there) {
                            continue;
                        }
                        // the four cells around this lattice edge: k = 1 and 2 one step back along u, k ≥ 2 one along w
                        int u = (axis + 1) % 3;
                        int w = (axis + 2) % 3;
                        for (int k = 0; k < 4; k++) {
                            int du = (k == 1 || k == 2) ? 1 : 0;
                            int dw = k >= 2 ? 1 : 0;
                            int cx = x - (u == 0 ? du : 0) - (w == 0 ? dw : 0);
                            int cy = y - (u == 1 ? du : 0) - (w == 1 ? dw : 0);
                            int cz = z - (u == 2 ? du : 0) - (w == 2 ? dw : 0);
                            q[k] = vertexOf(cx, cy, cz, v, nx, ny, nz, cellVertex, vertices, g, b, offset);
                        }
                        // inside → outside along the axis: the quad faces +axis; else −axis
                        if (here == 1) {
                            tris.add(q[0], q[1], q[2]);
                            tris.add(q[0], q[2], q[3]);
                        } else {
                            tris.add(q[0], q[2], q[1]);
                            tris.add(q[0], q[3], q[2]);
                        }
                    }
                }
            }
        }
        SurfaceMesh mesh = new SurfaceMesh(vertices.toArray(), tris.toArray());
        if (mesh.volumeCc() < 0) {
            // orientation follows the handedness of the grid axes; flip for left-handed grids
            int[] t = mesh.mesh.triangles();
            for (int i = 0; i < t.length; i += 3) {
                int swap = t[i + 1];
                t[i + 1] = t[i + 2];
                t[i + 2] = swap;
            }
        }
        return mesh;
    }

    /**
     * Cells (2×2×2 voxels) whose inside or outside corners fall apart within the cell, i.e. voxels that
     * touch only along an edge or at a corner, would give a non-manifold surface; such cells are filled
     * (repeatedly, until none is left) so that every edge has exactly two triangles.
     */
    private static final boolean[] PINCHED = new boolean[256];

    static {
        for (int code = 0; code < 256; code++) {
            PINCHED[code] = components(code) > 1 || components(~code & 0xff) > 1;
        }
    }

    /** Connected groups of the corners set in {@code corners} (bit x + 2y + 4z), neighbours along the cube's edges. */
    private static int components(int corners) {
        int seen = 0;
        int count = 0;
        for (int start = 0; start < 8; start++) {
            if ((corners >> start & 1) == 0 || (seen >> start & 1) == 1) {
                continue;
            }
            count++;
            int stack = 1 << start;
            seen |= 1 << start;
            while (stack != 0) {
                int corner = Integer.numberOfTrailingZeros(stack);
                stack &= stack - 1;
                for (int bit = 1; bit < 8; bit <<= 1) {
                    int next = corner ^ bit;
                    if ((corners >> next & 1) == 1 && (seen >> next & 1) == 0) {
                        seen |= 1 << next;
                        stack |= 1 << next;
                    }
                }
            }
        }
        return count;
    }

    private static boolean touchesBorder(byte[] v, int nx, int ny, int nz) {
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    boolean border = x == 0 || y == 0 || z == 0 || x == nx - 1 || y == ny - 1 || z == nz - 1;
                    if (border && v[(z * ny + y) * nx + x] != 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void closePinches(byte[] v, int nx, int ny, int nz) {
        // a cell is looked at again only in a pass after a voxel of it changed: the same fills as visiting every cell every
        // pass, in the same order. Each cell's code is put together from two columns of four voxels (x and x + 1).
        boolean[] dirty = new boolean[Math.max(nz, 1)];
        java.util.Arrays.fill(dirty, true);
        boolean changed = true;
        for (int pass = 0; changed && pass < 50; pass++) {
            changed = false;
            boolean[] next = new boolean[dirty.length];
            for (int z = 0; z + 1 < nz; z++) {
                if (!dirty[z]) {
                    continue;
                }
                for (int y = 0; y + 1 < ny; y++) {
                    int r00 = (z * ny + y) * nx; // rows of the cell's corners: +y (corner bit 1), +z (bit 2)
                    int r10 = r00 + nx;
                    int r01 = r00 + nx * ny;
                    int r11 = r01 + nx;
                    int left = column(v, r00, r10, r01, r11, 0);
                    for (int x = 0; x + 1 < nx; x++) {
                        int right = column(v, r00, r10, r01, r11, x + 1);
                        int code = SPREAD[left] | SPREAD[right] << 1;
                        if (code != 0 && code != 255 && PINCHED[code]) {
                            for (int corner = 0; corner < 8; corner++) {
                                v[((z + (corner >> 2)) * ny + y + (corner >> 1 & 1)) * nx + x + (corner & 1)] = 1;
                            }
                            changed = true;
                            // voxels of slices z and z + 1 changed: cells of slices z − 1 (next pass), z and z + 1 (this pass
                            // still, and the next)
                            right = 15;
                            if (z > 0) {
                                next[z - 1] = true;
                            }
                            next[z] = true;
                            if (z + 1 < dirty.length) {
                                dirty[z + 1] = true;
                                next[z + 1] = true;
                            }
                        }
                        left = right;
                    }
                }
            }
            dirty = next;
        }
    }

    /** Corner bits 0, 2, 4, 6 of a cell from a column's four voxels (bits 0–3: +y, +z, +y+z as 1, 2, 3). */
    private static final int[] SPREAD = new int[16];

    static {
        for (int column = 0; column < 16; column++) {
            for (int bit = 0; bit < 4; bit++) {
                SPREAD[column] |= (column >> bit & 1) << (2 * bit);
            }
        }
    }

    /** Four voxels at x of the rows (y, z), (y + 1, z), (y, z + 1), (y + 1, z + 1) as bits 0–3. */
    private static int column(byte[] v, int r00, int r10, int r01, int r11, int x) {
        return v[r00 + x] | v[r10 + x] << 1 | v[r01 + x] << 2 | v[r11 + x] << 3;
    }

    private static int vertexOf(int cx, int cy, int cz, byte[] v, int nx, int ny, int nz, int[] cellVertex, FloatList vertices, GridGeometry g,
            int[] b, int pad) {
        // the pad keeps every inside voxel a voxel away from the lattice's border, so boundary cells have no negative index
        int key = (cz & 1) * nx * ny + cy * nx + cx;
        int known = cellVertex[key];
        if (known >= 0) {
            return known;
        }
        // mean of the crossing points (edge midpoints) of the cell's 12 edges
        double sx = 0, sy = 0, sz = 0;
        int n = 0;
        for (int e = 0; e < 12; e++) {
            int axis = e / 4;
            int u = (axis + 1) % 3;
            int w = (axis + 2) % 3;
            int du = e & 1;
            int dw = (e >> 1) & 1;
            int px = cx + (u == 0 ? du : 0) + (w == 0 ? dw : 0);
            int py = cy + (u == 1 ? du : 0) + (w == 1 ? dw : 0);
            int pz = cz + (u == 2 ? du : 0) + (w == 2 ? dw : 0);
            int qx = px + (axis == 0 ? 1 : 0);
            int qy = py + (axis == 1 ? 1 : 0);
            int qz = pz + (axis == 2 ? 1 : 0);
            if (value(v, px, py, pz, nx, ny, nz) != value(v, qx, qy, qz, nx, ny, nz)) {
                sx += (px + qx) / 2.0;
                sy += (py + qy) / 2.0;
                sz += (pz + qz) / 2.0;
                n++;
            }
        }
        double[] mm = g.positionMm(sx / n - pad + b[0], sy / n - pad + b[1], sz / n - pad + b[2]);
        int index = vertices.size() / 3;
        vertices.add((float) mm[0], (float) mm[1], (float) mm[2]);
        cellVertex[key] = index;
        return index;
    }

    private static int value(byte[] v, int x, int y, int z, int nx, int ny, int nz) {
        if (x < 0 || y < 0 || z < 0 || x >= nx || y >= ny || z >= nz) {
            return 0;
        }
        return v[(z * ny + y) * nx + x];
    }

    /** Enclosed volume (divergence theorem), cc; positive for an outward-oriented surface. */
    public double volumeCc() {
        return mesh.volumeMm3() / 1000.0;
    }

    /**
     * Whether every edge is shared by exactly two triangles in opposite directions (closed, consistently
     * oriented); see {@link TriangleMesh#isClosedOrientedManifold()}.
     */
    public boolean isClosed() {
        return mesh.isClosedOrientedManifold();
    }

    /** Binary STL (little-endian, mm) by {@link TriangleMesh#writeStl}, header "OpenSABT <name> (mm, patient LPS)". */
    public void writeStl(Path file, String solidName) throws IOException {
        mesh.writeStl(file, "OpenSABT " + solidName + " (mm, patient LPS)");
    }

    private static final class FloatList {
        float[] data = new float[3 * 1024];
        int size;

        void add(float a, float b, float c) {
            if (size + 3 > data.length) {
                data = java.util.Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = a;
            data[size++] = b;
            data[size++] = c;
        }

        int size() {
            return size;
        }

        float[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }

    private static final class IntList {
        int[] data = new int[3 * 1024];
        int size;

        void add(int a, int b, int c) {
            if (size + 3 > data.length) {
                data = java.util.Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = a;
            data[size++] = b;
            data[size++] = c;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
