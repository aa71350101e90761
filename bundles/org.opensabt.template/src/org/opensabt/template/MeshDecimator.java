package org.opensabt.template;

import static org.opensabt.model.geometry.Vec3.dot;

import java.util.Arrays;

import org.opensabt.model.geometry.TriangleMesh;

/**
 * Reduces a closed 2-manifold triangle mesh by half-edge collapses (Garland and Heckbert 1997
 * quadrics, with the vertex kept at an existing position) while it stays a closed, oriented
 * 2-manifold within a distance tolerance of the original surface. A collapse a → b is made only when
 * <ul>
 * <li>the quadric error of b for a's accumulated planes is within tolerance² (b stays within the
 * tolerance of every plane a stood for),</li>
 * <li>a and b share exactly two neighbours (the link condition: the collapse keeps the surface a
 * manifold and creates no duplicate triangle), and</li>
 * <li>no remaining triangle around a turns by more than {@link #MAX_TURN_DEG} or shrinks to a
 * sliver.</li>
 * </ul>
 * Marching tetrahedra makes about ten triangles per lattice cell even on flat faces; most of them
 * go here, while hole walls (curved at the hole radius) keep their shape to the tolerance.
 */
public final class MeshDecimator {

    static final double MAX_TURN_DEG = 25;
    static final double SLIVER_HEIGHT_MM = 1e-3;
    static final double SLIVER_EDGE_MM = 0.1;
    private static final double MIN_AREA_RATIO = 1e-3;

    private final float[] v;
    private final int[] tri;
    private final boolean[] dead;
    private final int[][] incident;
    private final int[] incidentCount;
    private final double[][] quadric;
    private final boolean[] removed;
    private final boolean[] locked;

    private MeshDecimator(TriangleMesh mesh) {
        v = mesh.verticesMm().clone();
        tri = mesh.triangles().clone();
        int nv = mesh.vertexCount();
        int nt = mesh.triangleCount();
        dead = new boolean[nt];
        removed = new boolean[nv];
        locked = new boolean[nv];
        incidentCount = new int[nv];
        for (int t : tri) {
            incidentCount[t]++;
        }
        incident = new int[nv][];
        for (int i = 0; i < nv; i++) {
            incident[i] = new int[Math.max(4, incidentCount[i] + 2)];
        }
        Arrays.fill(incidentCount, 0);
        for (int t = 0; t < nt; t++) {
            for (int k = 0; k < 3; k++) {
                addIncident(tri[3 * t + k], t);
            }
        }
        quadric = new double[nv][10];
        for (int t = 0; t < nt; t++) {
            double[] p = plane(t);
            if (p == null) {
                continue;
            }
            for (int k = 0; k < 3; k++) {
                addPlane(quadric[tri[3 * t + k]], p);
            }
        }
    }

    /** The reduced mesh, every point within about {@code toleranceMm} of the original surface. */
    public static TriangleMesh decimate(TriangleMesh mesh, double toleranceMm, int passes) {
        return decimate(mesh, toleranceMm, passes, vertex -> false);
    }

    /** As {@link #decimate(TriangleMesh, double, int)}, never moving the vertices {@code locked} names (e.g. hole walls). */
    public static TriangleMesh decimate(TriangleMesh mesh, double toleranceMm, int passes, java.util.function.IntPredicate locked) {
        MeshDecimator d = new MeshDecimator(mesh);
        for (int i = 0; i < d.removed.length; i++) {
            d.locked[i] = locked.test(i);
        }
        double limit = toleranceMm * toleranceMm;
        for (int pass = 0; pass < passes; pass++) {
            int collapsed = 0;
            for (int t = 0; t < d.dead.length; t++) {
                if (d.dead[t]) {
                    continue;
                }
                for (int k = 0; k < 3 && !d.dead[t]; k++) {
                    int a = d.tri[3 * t + k];
                    int b = d.tri[3 * t + (k + 1) % 3];
                    if (d.tryCollapse(a, b, limit) || d.tryCollapse(b, a, limit)) {
                        collapsed++;
                    }
                }
            }
            if (collapsed == 0) {
                break;
            }
        }
        d.removeSlivers();
        return d.compact();
    }

    /**
     * Needle-thin triangles (height under {@link #SLIVER_HEIGHT_MM}) with a short edge (under
     * {@link #SLIVER_EDGE_MM}) lose that edge: their normals are ill-conditioned in float arithmetic, so
     * STL readers would recompute them differently. The vertex moves by less than the short edge.
     */
    private void removeSlivers() {
        for (int t = 0; t < dead.length; t++) {
            if (dead[t]) {
                continue;
            }
            double[] n = normal(t, -1, -1);
            double twiceArea = Math.sqrt(dot(n, n));
            int shortest = -1;
            double shortLength = Double.POSITIVE_INFINITY;
            double longLength = 0;
            for (int k = 0; k < 3; k++) {
                int a = tri[3 * t + k];
                int b = tri[3 * t + (k + 1) % 3];
                double dx = v[3 * a] - v[3 * b], dy = v[3 * a + 1] - v[3 * b + 1], dz = v[3 * a + 2] - v[3 * b + 2];
                double length = Math.sqrt(dx * dx + dy * dy + dz * dz);
                longLength = Math.max(longLength, length);
                if (length < shortLength) {
                    shortLength = length;
                    shortest = k;
                }
            }
            if (twiceArea / longLength < SLIVER_HEIGHT_MM && shortLength < SLIVER_EDGE_MM) {
                int a = tri[3 * t + shortest];
                int b = tri[3 * t + (shortest + 1) % 3];
                if (!tryCollapse(a, b, Double.POSITIVE_INFINITY)) {
                    tryCollapse(b, a, Double.POSITIVE_INFINITY);
                }
            }
        }
    }

    private boolean tryCollapse(int a, int b, double limit) {
        if (removed[a] || removed[b] || locked[a]) {
            return false;
        }
        if (error(quadric[a], b) > limit) {
            return false;
        }
        // link condition: the common neighbours of a and b are exactly the two opposite vertices
        int common = 0;
        for (int i = 0; i < incidentCount[a]; i++) {
            int t = incident[a][i];
            for (int k = 0; k < 3; k++) {
                int x = tri[3 * t + k];
                if (x != a && x != b && isNeighbour(b, x) && firstOccurrence(a, i, x)) {
                    common++;
                }
            }
        }
        if (common != 2) {
            return false;
        }
        // no triangle of a (not containing b) may flip, turn far, or become a sliver
        double cosLimit = Math.cos(Math.toRadians(MAX_TURN_DEG));
        for (int i = 0; i < incidentCount[a]; i++) {
            int t = incident[a][i];
            if (contains(t, b)) {
                continue;
            }
            double[] before = normal(t, -1, -1);
            double[] after = normal(t, a, b);
            double lb = Math.sqrt(dot(before, before));
            double la = Math.sqrt(dot(after, after));
            if (la <= MIN_AREA_RATIO * lb || la == 0 || dot(before, after) < cosLimit * lb * la) {
                return false;
            }
        }
        // collapse: triangles with both a and b die; the others of a move to b
        for (int i = 0; i < incidentCount[a]; i++) {
            int t = incident[a][i];
            if (contains(t, b)) {
                dead[t] = true;
                for (int k = 0; k < 3; k++) {
                    int x = tri[3 * t + k];
                    if (x != a) {
                        removeIncident(x, t);
                    }
                }
            } else {
                for (int k = 0; k < 3; k++) {
                    if (tri[3 * t + k] == a) {
                        tri[3 * t + k] = b;
                    }
                }
                addIncident(b, t);
            }
        }
        incidentCount[a] = 0;
        removed[a] = true;
        for (int q = 0; q < 10; q++) {
            quadric[b][q] += quadric[a][q];
        }
        return true;
    }

    private boolean firstOccurrence(int a, int upTo, int x) {
        for (int i = 0; i < upTo; i++) {
            if (contains(incident[a][i], x)) {
                return false;
            }
        }
        return true;
    }

    private boolean isNeighbour(int b, int x) {
        for (int i = 0; i < incidentCount[b]; i++) {
            if (contains(incident[b][i], x)) {
                return true;
            }
        }
        return false;
    }

    private boolean contains(int t, int x) {
        return tri[3 * t] == x || tri[3 * t + 1] == x || tri[3 * t + 2] == x;
    }

    private void addIncident(int vertex, int t) {
        if (incidentCount[vertex] == incident[vertex].length) {
            incident[vertex] = Arrays.copyOf(incident[vertex], 2 * incident[vertex].length);
        }
        incident[vertex][incidentCount[vertex]++] = t;
    }

    private void removeIncident(int vertex, int t) {
        for (int i = 0; i < incidentCount[vertex]; i++) {
            if (incident[vertex][i] == t) {
                incident[vertex][i] = incident[vertex][--incidentCount[vertex]];
                return;
            }
        }
    }

    /** Normal (not normalised) of triangle t, with vertex {@code from} replaced by {@code to} when from ≥ 0. */
    private double[] normal(int t, int from, int to) {
        int[] id = { tri[3 * t], tri[3 * t + 1], tri[3 * t + 2] };
        for (int k = 0; k < 3; k++) {
            if (id[k] == from) {
                id[k] = to;
            }
        }
        double ux = v[3 * id[1]] - v[3 * id[0]], uy = v[3 * id[1] + 1] - v[3 * id[0] + 1], uz = v[3 * id[1] + 2] - v[3 * id[0] + 2];
        double wx = v[3 * id[2]] - v[3 * id[0]], wy = v[3 * id[2] + 1] - v[3 * id[0] + 1], wz = v[3 * id[2] + 2] - v[3 * id[0] + 2];
        return new double[] { uy * wz - uz * wy, uz * wx - ux * wz, ux * wy - uy * wx };
    }

    private double[] plane(int t) {
        double[] n = normal(t, -1, -1);
        double len = Math.sqrt(dot(n, n));
        if (len == 0) {
            return null;
        }
        double a = n[0] / len, b = n[1] / len, c = n[2] / len;
        int p = tri[3 * t];
        return new double[] { a, b, c, -(a * v[3 * p] + b * v[3 * p + 1] + c * v[3 * p + 2]) };
    }

    /** Adds the plane's fundamental quadric (upper triangle of p pᵀ). */
    private static void addPlane(double[] q, double[] p) {
        q[0] += p[0] * p[0];
        q[1] += p[0] * p[1];
        q[2] += p[0] * p[2];
        q[3] += p[0] * p[3];
        q[4] += p[1] * p[1];
        q[5] += p[1] * p[2];
        q[6] += p[1] * p[3];
        q[7] += p[2] * p[2];
        q[8] += p[2] * p[3];
        q[9] += p[3] * p[3];
    }

    /** Largest-plane squared distance bound: the quadric's value at vertex b (sum of squared plane distances). */
    private double error(double[] q, int b) {
        double x = v[3 * b], y = v[3 * b + 1], z = v[3 * b + 2];
        return q[0] * x * x + 2 * q[1] * x * y + 2 * q[2] * x * z + 2 * q[3] * x + q[4] * y * y + 2 * q[5] * y * z + 2 * q[6] * y + q[7] * z * z
                + 2 * q[8] * z + q[9];
    }

    private TriangleMesh compact() {
        int[] newId = new int[removed.length];
        Arrays.fill(newId, -1);
        int nv = 0;
        int live = 0;
        for (boolean d : dead) {
            live += d ? 0 : 1;
        }
        int[] t2 = new int[3 * live];
        float[] v2 = new float[v.length];
        int nt = 0;
        for (int t = 0; t < dead.length; t++) {
            if (dead[t]) {
                continue;
            }
            for (int k = 0; k < 3; k++) {
                int old = tri[3 * t + k];
                if (newId[old] < 0) {
                    newId[old] = nv;
                    System.arraycopy(v, 3 * old, v2, 3 * nv, 3);
                    nv++;
                }
                t2[nt++] = newId[old];
            }
        }
        return new TriangleMesh(Arrays.copyOf(v2, 3 * nv), t2);
    }
}
