package org.opensabt.template;

import java.util.Arrays;

import org.opensabt.model.geometry.TriangleMesh;

/**
 * The zero level set of a sampled implicit function (negative inside the solid), by marching
 * tetrahedra: each lattice cube is split into the six tetrahedra around its main diagonal (the
 * Freudenthal–Kuhn triangulation, identical on shared faces of neighbouring cubes), and the linear
 * interpolant in each tetrahedron is cut by a plane. Unlike marching cubes this has no ambiguous
 * cases, so the surface is always <b>closed and 2-manifold</b>; crossing points are computed once
 * per lattice edge and shared; every triangle is turned so its normal points from inside to
 * outside. Samples exactly at zero are treated as outside and crossings are kept off the lattice
 * points, so no triangle is degenerate. Everything outside the lattice counts as outside: solids
 * must stay one sample clear of the border (the caller pads).
 */
public final class IsoSurface {

    /** The six tetrahedra of a cube, as corner numbers (bit 0 = +i, bit 1 = +j, bit 2 = +k). */
    private static final int[][] TETRAHEDRA = { { 0, 1, 3, 7 }, { 0, 1, 5, 7 }, { 0, 2, 3, 7 }, { 0, 2, 6, 7 }, { 0, 4, 5, 7 }, { 0, 4, 6, 7 } };
    private static final double T_MIN = 1e-3;

    private IsoSurface() {
    }

    /**
     * @param values  samples at lattice point (i, j, k), index i + nx·(j + ny·k); negative inside
     * @param originMm position of lattice point (0, 0, 0)
     * @param stepI   patient-mm step of +i (likewise stepJ, stepK)
     */
    public static TriangleMesh extract(float[] values, int nx, int ny, int nz, double[] originMm, double[] stepI, double[] stepJ, double[] stepK) {
        EdgeVertices vertices = new EdgeVertices(values, originMm, stepI, stepJ, stepK, nx, ny);
        IntList triangles = new IntList();
        int[] corner = new int[8];
        boolean[] inside = new boolean[8];
        for (int k = 0; k < nz - 1; k++) {
            for (int j = 0; j < ny - 1; j++) {
                for (int i = 0; i < nx - 1; i++) {
                    int base = i + nx * (j + ny * k);
                    int insideCount = 0;
                    for (int c = 0; c < 8; c++) {
                        corner[c] = base + (c & 1) + ((c >> 1) & 1) * nx + ((c >> 2) & 1) * nx * ny;
                        inside[c] = values[corner[c]] < 0;
                        insideCount += inside[c] ? 1 : 0;
                    }
                    if (insideCount == 0 || insideCount == 8) {
                        continue;
                    }
                    for (int[] tet : TETRAHEDRA) {
                        tetrahedron(corner, inside, tet, vertices, triangles);
                    }
                }
            }
        }
        return new TriangleMesh(vertices.positions(), triangles.toArray());
    }

    private static void tetrahedron(int[] corner, boolean[] inside, int[] tet, EdgeVertices v, IntList out) {
        int in = 0;
        int[] ins = new int[4];
        int[] outs = new int[4];
        int nIn = 0;
        int nOut = 0;
        for (int c : tet) {
            if (inside[c]) {
                ins[nIn++] = corner[c];
                in++;
            } else {
                outs[nOut++] = corner[c];
            }
        }
        if (in == 0 || in == 4) {
            return;
        }
        if (in == 1) {
            triangle(v, out, ins[0], outs[0], ins[0], outs[1], ins[0], outs[2]);
        } else if (in == 3) {
            triangle(v, out, ins[0], outs[0], ins[1], outs[0], ins[2], outs[0]);
        } else {
            // quad a-c, a-d, b-d, b-c (a, b inside; c, d outside), as two triangles
            triangle(v, out, ins[0], outs[0], ins[0], outs[1], ins[1], outs[1]);
            triangle(v, out, ins[0], outs[0], ins[1], outs[1], ins[1], outs[0]);
        }
    }

    /** A triangle through three crossing edges (inside point, outside point), turned to face outward. */
    private static void triangle(EdgeVertices v, IntList out, int in0, int out0, int in1, int out1, int in2, int out2) {
        int a = v.vertex(in0, out0);
        int b = v.vertex(in1, out1);
        int c = v.vertex(in2, out2);
        double[] pa = v.position(a);
        double[] pb = v.position(b);
        double[] pc = v.position(c);
        double ux = pb[0] - pa[0], uy = pb[1] - pa[1], uz = pb[2] - pa[2];
        double wx = pc[0] - pa[0], wy = pc[1] - pa[1], wz = pc[2] - pa[2];
        double nx = uy * wz - uz * wy, ny = uz * wx - ux * wz, nz = ux * wy - uy * wx;
        double[] pin = v.lattice(in0);
        double[] pout = v.lattice(out0);
        double outward = nx * (pout[0] - pin[0]) + ny * (pout[1] - pin[1]) + nz * (pout[2] - pin[2]);
        if (outward >= 0) {
            out.add(a, b, c);
        } else {
            out.add(a, c, b);
        }
    }

    /** Crossing vertices, one per lattice edge (a pair of lattice points), in an open-addressing table. */
    private static final class EdgeVertices {
        private final float[] values;
        private final double[] origin;
        private final double[] si;
        private final double[] sj;
        private final double[] sk;
        private final int nx;
        private final int ny;
        private long[] keys = new long[1 << 16];
        private int[] ids = new int[1 << 16];
        private int size;
        private double[] positions = new double[3 * 4096];

        EdgeVertices(float[] values, double[] origin, double[] si, double[] sj, double[] sk, int nx, int ny) {
            this.values = values;
            this.origin = origin;
            this.si = si;
            this.sj = sj;
            this.sk = sk;
            this.nx = nx;
            this.ny = ny;
            Arrays.fill(keys, -1);
        }

        int vertex(int inside, int outside) {
            long key = Math.min(inside, outside) * (long) values.length + Math.max(inside, outside);
            int mask = keys.length - 1;
            int slot = (int) (mix(key) & mask);
            while (keys[slot] != -1) {
                if (keys[slot] == key) {
                    return ids[slot];
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            int id = size++;
            ids[slot] = id;
            double fi = values[inside];
            double fo = values[outside];
            double t = Math.max(T_MIN, Math.min(1 - T_MIN, fi / (fi - fo)));
            double[] a = lattice(inside);
            double[] b = lattice(outside);
            if (3 * size > positions.length) {
                positions = Arrays.copyOf(positions, 2 * positions.length);
            }
            for (int d = 0; d < 3; d++) {
                positions[3 * id + d] = a[d] + t * (b[d] - a[d]);
            }
            if (2 * size > keys.length) {
                grow();
            }
            return id;
        }

        double[] position(int id) {
            return new double[] { positions[3 * id], positions[3 * id + 1], positions[3 * id + 2] };
        }

        double[] lattice(int index) {
            int i = index % nx;
            int j = (index / nx) % ny;
            int k = index / (nx * ny);
            return new double[] { origin[0] + i * si[0] + j * sj[0] + k * sk[0], origin[1] + i * si[1] + j * sj[1] + k * sk[1],
                    origin[2] + i * si[2] + j * sj[2] + k * sk[2] };
        }

        float[] positions() {
            float[] out = new float[3 * size];
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) positions[i];
            }
            return out;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldIds = ids;
            keys = new long[2 * oldKeys.length];
            ids = new int[2 * oldKeys.length];
            Arrays.fill(keys, -1);
            int mask = keys.length - 1;
            for (int s = 0; s < oldKeys.length; s++) {
                if (oldKeys[s] != -1) {
                    int slot = (int) (mix(oldKeys[s]) & mask);
                    while (keys[slot] != -1) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[s];
                    ids[slot] = oldIds[s];
                }
            }
        }

        private static long mix(long key) {
            key ^= key >>> 33;
            key *= 0xff51afd7ed558ccdL;
            key ^= key >>> 33;
            return key;
        }
    }

    private static final class IntList {
        private int[] data = new int[3 * 4096];
        private int size;

        void add(int a, int b, int c) {
            if (size + 3 > data.length) {
                data = Arrays.copyOf(data, 2 * data.length);
            }
            data[size++] = a;
            data[size++] = b;
            data[size++] = c;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
