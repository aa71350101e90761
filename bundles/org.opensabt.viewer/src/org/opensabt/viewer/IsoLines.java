package org.opensabt.viewer;

import java.util.ArrayList;
import java.util.List;

/**
 * Iso-lines of a sampled 2D field by marching squares (Lorensen &amp; Cline's 2D case), as unconnected
 * segments with linear interpolation along cell edges; saddle cells are split by the cell mean. Enough
 * to draw; chaining into polygons is not needed for display.
 */
public final class IsoLines {

    private IsoLines() {
    }

    /** Segments {u0, v0, u1, v1} (pixel units, pixel centres at integers) where {@code field} crosses {@code level}. */
    public static List<double[]> segments(float[] field, int width, int height, double level) {
        List<double[]> out = new ArrayList<>();
        for (int v = 0; v + 1 < height; v++) {
            for (int u = 0; u + 1 < width; u++) {
                double a = field[v * width + u];            // (u, v)
                double b = field[v * width + u + 1];        // (u+1, v)
                double c = field[(v + 1) * width + u + 1];  // (u+1, v+1)
                double d = field[(v + 1) * width + u];      // (u, v+1)
                int code = (a >= level ? 1 : 0) | (b >= level ? 2 : 0) | (c >= level ? 4 : 0) | (d >= level ? 8 : 0);
                if (code == 0 || code == 15) {
                    continue;
                }
                double[] top = { u + t(a, b, level), v };
                double[] right = { u + 1, v + t(b, c, level) };
                double[] bottom = { u + t(d, c, level), v + 1 };
                double[] left = { u, v + t(a, d, level) };
                switch (code) {
                case 1, 14 -> add(out, left, top);
                case 2, 13 -> add(out, top, right);
                case 3, 12 -> add(out, left, right);
                case 4, 11 -> add(out, right, bottom);
                case 6, 9 -> add(out, top, bottom);
                case 7, 8 -> add(out, left, bottom);
                case 5, 10 -> {
                    boolean centreIn = (a + b + c + d) / 4 >= level;
                    if ((code == 5) == centreIn) {
                        add(out, left, bottom);
                        add(out, top, right);
                    } else {
                        add(out, left, top);
                        add(out, right, bottom);
                    }
                }
                default -> {
                }
                }
            }
        }
        return out;
    }

    /**
     * The segments joined into polylines {x0, y0, x1, y1, …} where they share end points (as neighbouring
     * cells' segments do), so a dashed line keeps its pattern along a curve; closed curves end where they began.
     */
    public static List<double[]> polylines(List<double[]> segments) {
        java.util.Map<Long, List<Integer>> at = new java.util.HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            double[] s = segments.get(i);
            at.computeIfAbsent(key(s[0], s[1]), k -> new ArrayList<>()).add(i);
            at.computeIfAbsent(key(s[2], s[3]), k -> new ArrayList<>()).add(i);
        }
        boolean[] used = new boolean[segments.size()];
        List<double[]> out = new ArrayList<>();
        for (int start = 0; start < segments.size(); start++) {
            if (used[start]) {
                continue;
            }
            used[start] = true;
            java.util.ArrayDeque<double[]> points = new java.util.ArrayDeque<>();
            double[] s = segments.get(start);
            points.add(new double[] { s[0], s[1] });
            points.add(new double[] { s[2], s[3] });
            for (boolean forward : new boolean[] { true, false }) {
                while (true) {
                    double[] end = forward ? points.getLast() : points.getFirst();
                    int next = -1;
                    for (int j : at.getOrDefault(key(end[0], end[1]), List.of())) {
                        if (!used[j]) {
                            next = j;
                            break;
                        }
                    }
                    if (next < 0) {
                        break;
                    }
                    used[next] = true;
                    double[] n = segments.get(next);
                    boolean fromStart = key(n[0], n[1]) == key(end[0], end[1]);
                    double[] other = fromStart ? new double[] { n[2], n[3] } : new double[] { n[0], n[1] };
                    if (forward) {
                        points.addLast(other);
                    } else {
                        points.addFirst(other);
                    }
                }
            }
            double[] line = new double[points.size() * 2];
            int i = 0;
            for (double[] p : points) {
                line[i++] = p[0];
                line[i++] = p[1];
            }
            out.add(line);
        }
        return out;
    }

    /** End points of neighbouring cells' segments are computed from the same values, so they match to far below 1/1024 pixel. */
    private static long key(double x, double y) {
        return Math.round(x * 1024) * 4_194_304L + Math.round(y * 1024);
    }

    private static double t(double p, double q, double level) {
        return p == q ? 0.5 : (level - p) / (q - p);
    }

    private static void add(List<double[]> out, double[] p, double[] q) {
        out.add(new double[] { p[0], p[1], q[0], q[1] });
    }
}
