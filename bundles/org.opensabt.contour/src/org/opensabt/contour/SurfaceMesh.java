package org.opensabt.contour;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

import org.opensabt.model.geometry.GridGeometry;

/**
 * A closed triangle surface of a mask, by naive surface nets (Gibson, "Constrained elastic surface
 * nets", 1998, without the relaxation): one vertex per boundary cell of the voxel lattice at the mean
 * of its edge crossings, one quad (two triangles) per pair of neighbouring voxels that differ. The
 * surface is closed, manifold (voxels touching only along an edge or at a corner are joined first)
 * and outward oriented; vertices are in patient mm. Used for 3D views, the
 * template and STL export of a structure.
 */
public final class SurfaceMesh {

    private final float[] verticesMm;
    private final int[] triangles;

    private SurfaceMesh(float[] verticesMm, int[] triangles) {
        this.verticesMm = verticesMm;
        this.triangles = triangles;
    }

    public int vertexCount() {
        return verticesMm.length / 3;
    }

    public int triangleCount() {
        return triangles.length / 3;
    }

    public float[] verticesMm() {
        return verticesMm.clone();
    }

    public int[] triangles() {
        return triangles.clone();
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
        Map<Integer, Integer> cellVertex = new HashMap<>();
        FloatList vertices = new FloatList();
        IntList tris = new IntList();
        int[][] offsets = { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } };
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int here = v[(z * ny + y) * nx + x];
                    for (int axis = 0; axis < 3; axis++) {
                        int x2 = x + offsets[axis][0];
                        int y2 = y + offsets[axis][1];
                        int z2 = z + offsets[axis][2];
                        if (x2 >= nx || y2 >= ny || z2 >= nz) {
                            continue;
                        }
                        int there = v[(z2 * ny + y2) * nx + x2];
                        if (here == there) {
                            continue;
                        }
                        // the four cells around this lattice edge; a cell is named by its lowest corner
                        int[][] cells = new int[4][];
                        int u = (axis + 1) % 3;
                        int w = (axis + 2) % 3;
                        int[] base = { x, y, z };
                        for (int k = 0; k < 4; k++) {
                            int[] c = base.clone();
                            c[u] -= (k == 1 || k == 2) ? 1 : 0;
                            c[w] -= (k >= 2) ? 1 : 0;
                            cells[k] = c;
                        }
                        int[] q = new int[4];
                        for (int k = 0; k < 4; k++) {
                            q[k] = vertexOf(cells[k], v, nx, ny, nz, cellVertex, vertices, g, b, offset);
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
            int[] t = mesh.triangles;
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
        boolean changed = true;
        for (int pass = 0; changed && pass < 50; pass++) {
            changed = false;
            for (int z = 0; z + 1 < nz; z++) {
                for (int y = 0; y + 1 < ny; y++) {
                    for (int x = 0; x + 1 < nx; x++) {
                        int code = 0;
                        for (int corner = 0; corner < 8; corner++) {
                            int i = ((z + (corner >> 2)) * ny + y + (corner >> 1 & 1)) * nx + x + (corner & 1);
                            code |= v[i] << corner;
                        }
                        if (code != 0 && code != 255 && PINCHED[code]) {
                            for (int corner = 0; corner < 8; corner++) {
                                v[((z + (corner >> 2)) * ny + y + (corner >> 1 & 1)) * nx + x + (corner & 1)] = 1;
                            }
                            changed = true;
                        }
                    }
                }
            }
        }
    }

    private static int vertexOf(int[] cell, byte[] v, int nx, int ny, int nz, Map<Integer, Integer> cellVertex, FloatList vertices,
            GridGeometry g, int[] b, int pad) {
        int key = (cell[2] * ny + cell[1]) * nx + cell[0];
        Integer known = cellVertex.get(key);
        if (known != null) {
            return known;
        }
        // mean of the crossing points (edge midpoints) of the cell's 12 edges
        double sx = 0, sy = 0, sz = 0;
        int n = 0;
        for (int e = 0; e < 12; e++) {
            int axis = e / 4;
            int u = (axis + 1) % 3;
            int w = (axis + 2) % 3;
            int[] p = cell.clone();
            p[u] += (e & 1);
            p[w] += (e >> 1) & 1;
            int[] q = p.clone();
            q[axis] += 1;
            if (value(v, p, nx, ny, nz) != value(v, q, nx, ny, nz)) {
                sx += (p[0] + q[0]) / 2.0;
                sy += (p[1] + q[1]) / 2.0;
                sz += (p[2] + q[2]) / 2.0;
                n++;
            }
        }
        double[] mm = g.positionMm(sx / n - pad + b[0], sy / n - pad + b[1], sz / n - pad + b[2]);
        int index = vertices.size() / 3;
        vertices.add((float) mm[0], (float) mm[1], (float) mm[2]);
        cellVertex.put(key, index);
        return index;
    }

    private static int value(byte[] v, int[] p, int nx, int ny, int nz) {
        if (p[0] < 0 || p[1] < 0 || p[2] < 0 || p[0] >= nx || p[1] >= ny || p[2] >= nz) {
            return 0;
        }
        return v[(p[2] * ny + p[1]) * nx + p[0]];
    }

    /** Enclosed volume (divergence theorem), cc; positive for an outward-oriented surface. */
    public double volumeCc() {
        double sum = 0;
        for (int i = 0; i < triangles.length; i += 3) {
            int a = 3 * triangles[i];
            int b = 3 * triangles[i + 1];
            int c = 3 * triangles[i + 2];
            double ax = verticesMm[a], ay = verticesMm[a + 1], az = verticesMm[a + 2];
            double bx = verticesMm[b], by = verticesMm[b + 1], bz = verticesMm[b + 2];
            double cx = verticesMm[c], cy = verticesMm[c + 1], cz = verticesMm[c + 2];
            sum += ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx);
        }
        return sum / 6.0 / 1000.0;
    }

    /** Whether every edge is shared by exactly two triangles in opposite directions (closed, consistently oriented). */
    public boolean isClosed() {
        Map<Long, Integer> edges = new HashMap<>();
        for (int i = 0; i < triangles.length; i += 3) {
            for (int k = 0; k < 3; k++) {
                long from = triangles[i + k];
                long to = triangles[i + (k + 1) % 3];
                edges.merge(from << 32 | to, 1, Integer::sum);
            }
        }
        for (Map.Entry<Long, Integer> e : edges.entrySet()) {
            long reverse = (e.getKey() & 0xffffffffL) << 32 | (e.getKey() >>> 32);
            if (e.getValue() != 1 || edges.getOrDefault(reverse, 0) != 1) {
                return false;
            }
        }
        return true;
    }

    /** Binary STL (little-endian, mm), written atomically: a temporary file renamed over the target. */
    public void writeStl(Path file, String solidName) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".stl", ".tmp");
        try {
            ByteBuffer buffer = ByteBuffer.allocate(84 + 50 * triangleCount()).order(ByteOrder.LITTLE_ENDIAN);
            byte[] header = new byte[80];
            byte[] name = ("OpenSABT " + solidName + " (mm, patient LPS)").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            System.arraycopy(name, 0, header, 0, Math.min(80, name.length));
            buffer.put(header).putInt(triangleCount());
            for (int i = 0; i < triangles.length; i += 3) {
                float[] p = new float[9];
                for (int k = 0; k < 3; k++) {
                    System.arraycopy(verticesMm, 3 * triangles[i + k], p, 3 * k, 3);
                }
                double ux = p[3] - p[0], uy = p[4] - p[1], uz = p[5] - p[2];
                double vx = p[6] - p[0], vy = p[7] - p[1], vz = p[8] - p[2];
                double nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
                double norm = Math.sqrt(nx * nx + ny * ny + nz * nz);
                norm = norm > 0 ? norm : 1;
                buffer.putFloat((float) (nx / norm)).putFloat((float) (ny / norm)).putFloat((float) (nz / norm));
                for (float f : p) {
                    buffer.putFloat(f);
                }
                buffer.putShort((short) 0);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
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
