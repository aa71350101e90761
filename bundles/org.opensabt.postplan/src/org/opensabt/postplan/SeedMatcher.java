package org.opensabt.postplan;

import java.util.Arrays;
import java.util.List;

import org.opensabt.model.geometry.Vec3;

/**
 * Pairs found seeds with planned (or true) seeds by optimal assignment: the pairing of least total
 * distance, where a pair further apart than the gate is not made and both stay unmatched. Solved
 * exactly with the Hungarian method (Kuhn 1955; shortest augmenting paths with potentials, O(N³)),
 * on an (n + m) square matrix in which each seed may instead take a dummy partner at the gate's cost.
 * Written here because Hipparchus has no assignment solver and a graph library for one algorithm is
 * more weight than these 60 lines.
 */
public final class SeedMatcher {

    private SeedMatcher() {
    }

    /** For each of {@code found}, the index in {@code reference} it is paired with, or -1. */
    public static int[] match(List<double[]> found, List<double[]> reference, double gateMm) {
        int n = found.size();
        int m = reference.size();
        int size = n + m;
        double[][] cost = new double[size][size];
        double blocked = 1e9;
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                if (i < n && j < m) {
                    double d = Vec3.distance(found.get(i), reference.get(j));
                    cost[i][j] = d <= gateMm ? d : blocked;
                } else if (i < n) {
                    cost[i][j] = j - m == i ? gateMm : blocked;   // found seed i unmatched
                } else if (j < m) {
                    cost[i][j] = i - n == j ? gateMm : blocked;   // reference seed j unmatched
                } else {
                    cost[i][j] = 0;
                }
            }
        }
        int[] rowOfColumn = hungarian(cost);
        int[] out = new int[n];
        Arrays.fill(out, -1);
        for (int j = 0; j < m; j++) {
            int i = rowOfColumn[j];
            if (i < n && cost[i][j] < blocked) {
                out[i] = j;
            }
        }
        return out;
    }

    /** Minimum-cost perfect assignment of a square matrix; returns the row assigned to each column. */
    static int[] hungarian(double[][] a) {
        int n = a.length;
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] p = new int[n + 1];   // p[j]: row (1-based) matched to column j; column 0 is the free slot
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[n + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[n + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double cur = a[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] rowOfColumn = new int[n];
        for (int j = 1; j <= n; j++) {
            rowOfColumn[j - 1] = p[j] - 1;
        }
        return rowOfColumn;
    }
}
