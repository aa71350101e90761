package org.opensabt.contour;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opensabt.model.geometry.GridGeometry;

/**
 * Mask → planar contours, slice by slice: marching squares at the 0.5 level of the mask values, so
 * each contour passes through the midpoints between inside and outside voxel centres. At a saddle (two
 * inside voxels touching only diagonally) the inside stays connected. Outer contours run counter-clockwise and holes clockwise in the
 * grid's (row direction, column direction) plane; islands and holes may nest to any depth. Turning a
 * mask into contours and back ({@link StructureRasterizer#centres()}) gives the same mask.
 */
public final class MarchingSquares {

    /** One closed contour: x,y,z triples in patient mm, and whether it is a hole. */
    public record PlanarContour(double[] pointsMm, boolean hole, int slice) {
    }

    private MarchingSquares() {
    }

    /** Contours of every slice of the mask. */
    public static List<PlanarContour> contours(Mask mask) {
        List<PlanarContour> out = new ArrayList<>();
        int[] b = mask.boundsIndex();
        if (b == null) {
            return out;
        }
        for (int s = b[2]; s <= b[5]; s++) {
            out.addAll(slice(mask, s, b));
        }
        return out;
    }

    /** Edge table: for each case, pairs of edges (0 bottom, 1 right, 2 top, 3 left) joined by a segment. */
    private static final int[][] SEGMENTS = { {}, { 3, 0 }, { 0, 1 }, { 3, 1 }, { 1, 2 }, {}, { 0, 2 }, { 3, 2 }, { 2, 3 }, { 0, 2 },
            {}, { 1, 2 }, { 3, 1 }, { 0, 1 }, { 3, 0 }, {} };

    static List<PlanarContour> slice(Mask mask, int s, int[] bounds) {
        GridGeometry g = mask.grid();
        // padded field over the structure's box: index (x, y) ↔ voxel (x - 1 + c0, y - 1 + r0)
        int c0 = bounds[0];
        int r0 = bounds[1];
        int w = bounds[3] - c0 + 3;
        int h = bounds[4] - r0 + 3;
        byte[] v = new byte[w * h];
        boolean any = false;
        for (int y = 1; y < h - 1; y++) {
            int base = g.index(c0, r0 + y - 1, s);
            for (int x = 1; x < w - 1; x++) {
                v[y * w + x] = mask.voxels()[base + x - 1];
                any |= v[y * w + x] != 0;
            }
        }
        List<PlanarContour> out = new ArrayList<>();
        if (!any) {
            return out;
        }
        // segments between edge keys; an edge key names a cell edge: 2·(y·w + x) horizontal, +1 vertical
        Map<Integer, int[]> links = new HashMap<>();
        for (int y = 0; y < h - 1; y++) {
            for (int x = 0; x < w - 1; x++) {
                int a = v[y * w + x];
                int bb = v[y * w + x + 1];
                int c = v[(y + 1) * w + x + 1];
                int d = v[(y + 1) * w + x];
                int code = a | bb << 1 | c << 2 | d << 3;
                int[] edges = { 2 * (y * w + x), 2 * (y * w + x + 1) + 1, 2 * ((y + 1) * w + x), 2 * (y * w + x) + 1 };
                if (code == 5 || code == 10) {
                    // binary saddle: the two inside voxels touch diagonally; keep them connected (8-connected inside)
                    if (code == 5) {
                        link(links, edges[0], edges[1]);
                        link(links, edges[2], edges[3]);
                    } else {
                        link(links, edges[3], edges[0]);
                        link(links, edges[1], edges[2]);
                    }
                    continue;
                }
                int[] seg = SEGMENTS[code];
                if (seg.length == 2) {
                    link(links, edges[seg[0]], edges[seg[1]]);
                }
            }
        }
        List<double[]> loops = new ArrayList<>();
        while (!links.isEmpty()) {
            int start = links.keySet().iterator().next();
            List<Integer> keys = new ArrayList<>();
            int previous = -1;
            int current = start;
            while (true) {
                keys.add(current);
                int[] pair = links.remove(current);
                int next = pair[0] != previous ? pair[0] : pair[1];
                previous = current;
                current = next;
                if (current == start) {
                    break;
                }
                if (!links.containsKey(current)) {
                    throw new IllegalStateException("open contour in slice " + s);
                }
            }
            double[] xy = new double[2 * keys.size()];
            for (int i = 0; i < keys.size(); i++) {
                int key = keys.get(i);
                int cell = key >> 1;
                double x = cell % w;
                double y = cell / w;
                if ((key & 1) == 0) {
                    x += 0.5; // horizontal edge: midpoint in x
                } else {
                    y += 0.5; // vertical edge: midpoint in y
                }
                xy[2 * i] = x;
                xy[2 * i + 1] = y;
            }
            loops.add(removeCollinear(xy));
        }
        for (double[] loop : loops) {
            int depth = 0;
            for (double[] other : loops) {
                if (other != loop && contains(other, loop[0], loop[1])) {
                    depth++;
                }
            }
            boolean hole = depth % 2 == 1;
            double area = signedArea(loop);
            if ((area > 0) == hole) {
                reverse(loop);
            }
            double[] mm = new double[loop.length / 2 * 3];
            for (int i = 0; i < loop.length / 2; i++) {
                double[] p = g.positionMm(loop[2 * i] - 1 + c0, loop[2 * i + 1] - 1 + r0, s);
                mm[3 * i] = p[0];
                mm[3 * i + 1] = p[1];
                mm[3 * i + 2] = p[2];
            }
            out.add(new PlanarContour(mm, hole, s));
        }
        return out;
    }

    private static void link(Map<Integer, int[]> links, int p, int q) {
        add(links, p, q);
        add(links, q, p);
    }

    private static void add(Map<Integer, int[]> links, int from, int to) {
        int[] pair = links.get(from);
        if (pair == null) {
            links.put(from, new int[] { to, -1 });
        } else {
            pair[1] = to;
        }
    }

    static double signedArea(double[] xy) {
        double sum = 0;
        int n = xy.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            sum += xy[2 * j] * xy[2 * i + 1] - xy[2 * i] * xy[2 * j + 1];
        }
        return sum / 2;
    }

    private static boolean contains(double[] xy, double px, double py) {
        boolean inside = false;
        int n = xy.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double yi = xy[2 * i + 1];
            double yj = xy[2 * j + 1];
            if ((yi > py) != (yj > py) && px < xy[2 * j] + (py - yj) / (yi - yj) * (xy[2 * i] - xy[2 * j])) {
                inside = !inside;
            }
        }
        return inside;
    }

    private static void reverse(double[] xy) {
        int n = xy.length / 2;
        for (int i = 0; i < n / 2; i++) {
            int j = n - 1 - i;
            double x = xy[2 * i];
            double y = xy[2 * i + 1];
            xy[2 * i] = xy[2 * j];
            xy[2 * i + 1] = xy[2 * j + 1];
            xy[2 * j] = x;
            xy[2 * j + 1] = y;
        }
    }

    private static double[] removeCollinear(double[] xy) {
        int n = xy.length / 2;
        double[] out = new double[xy.length];
        int m = 0;
        for (int i = 0; i < n; i++) {
            int p = (i + n - 1) % n;
            int q = (i + 1) % n;
            double cross = (xy[2 * i] - xy[2 * p]) * (xy[2 * q + 1] - xy[2 * i + 1]) - (xy[2 * i + 1] - xy[2 * p + 1]) * (xy[2 * q] - xy[2 * i]);
            if (Math.abs(cross) > 1e-12) {
                out[2 * m] = xy[2 * i];
                out[2 * m + 1] = xy[2 * i + 1];
                m++;
            }
        }
        return java.util.Arrays.copyOf(out, 2 * m);
    }
}
