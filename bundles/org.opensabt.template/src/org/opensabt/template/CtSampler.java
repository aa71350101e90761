package org.opensabt.template;

import org.opensabt.contour.Mask;
import org.opensabt.model.geometry.GridGeometry;

/**
 * Where the body is, for fitting the plate to the skin: inside = within the BODY structure and CT
 * number ≥ {@link TemplateDesigner#BODY_HU} (trilinear interpolation of the CT numbers, so the skin
 * is found between voxels rather than on their faces).
 */
final class CtSampler {

    private final short[] hu;
    private final GridGeometry grid;
    private final Mask body;

    CtSampler(short[] hu, GridGeometry grid, Mask body) {
        this.hu = hu;
        this.grid = grid;
        this.body = body;
    }

    boolean inside(double[] p) {
        double[] local = grid.toGridMm(p);
        double fc = local[0] / grid.spacingMm()[0];
        double fr = local[1] / grid.spacingMm()[1];
        double fs = local[2] / grid.spacingMm()[2];
        int c = (int) Math.round(fc);
        int r = (int) Math.round(fr);
        int s = (int) Math.round(fs);
        if (c < 0 || r < 0 || s < 0 || c >= grid.columns() || r >= grid.rows() || s >= grid.slices() || !body.get(c, r, s)) {
            return false;
        }
        return trilinear(fc, fr, fs) >= TemplateDesigner.BODY_HU;
    }

    /**
     * The skin along the ray from {@code point} in direction {@code w} (parameter, mm): the first
     * outside-to-inside change between {@code from} and {@code to}, refined by bisection to 0.01 mm;
     * NaN when the ray starts inside, finds no skin, or enters the body straight from beyond the CT.
     */
    double skin(double[] point, double[] w, double from, double to) {
        double step = 0.5;
        boolean previousInGrid = false;
        boolean previousInside = true;
        for (double t = from; t <= to; t += step) {
            double[] p = at(point, w, t);
            boolean inGrid = grid.contains(p);
            boolean in = inGrid && inside(p);
            if (in) {
                if (t == from || !previousInGrid || previousInside) {
                    return Double.NaN;
                }
                double lo = t - step;
                double hi = t;
                while (hi - lo > 0.01) {
                    double mid = (lo + hi) / 2;
                    if (inside(at(point, w, mid))) {
                        hi = mid;
                    } else {
                        lo = mid;
                    }
                }
                return (lo + hi) / 2;
            }
            previousInGrid = inGrid;
            previousInside = in;
        }
        return Double.NaN;
    }

    private static double[] at(double[] p, double[] w, double t) {
        return new double[] { p[0] + t * w[0], p[1] + t * w[1], p[2] + t * w[2] };
    }

    private double trilinear(double fc, double fr, double fs) {
        int nc = grid.columns();
        int nr = grid.rows();
        int ns = grid.slices();
        fc = Math.max(0, Math.min(nc - 1, fc));
        fr = Math.max(0, Math.min(nr - 1, fr));
        fs = Math.max(0, Math.min(ns - 1, fs));
        int c = Math.min((int) fc, nc - 2 < 0 ? 0 : nc - 2);
        int r = Math.min((int) fr, nr - 2 < 0 ? 0 : nr - 2);
        int s = Math.min((int) fs, ns - 2 < 0 ? 0 : ns - 2);
        double tc = nc > 1 ? fc - c : 0;
        double tr = nr > 1 ? fr - r : 0;
        double ts = ns > 1 ? fs - s : 0;
        int c1 = Math.min(c + 1, nc - 1);
        int r1 = Math.min(r + 1, nr - 1);
        int s1 = Math.min(s + 1, ns - 1);
        double v000 = hu[grid.index(c, r, s)], v100 = hu[grid.index(c1, r, s)], v010 = hu[grid.index(c, r1, s)], v110 = hu[grid.index(c1, r1, s)];
        double v001 = hu[grid.index(c, r, s1)], v101 = hu[grid.index(c1, r, s1)], v011 = hu[grid.index(c, r1, s1)], v111 = hu[grid.index(c1, r1, s1)];
        double a = (1 - tc) * v000 + tc * v100;
        double b = (1 - tc) * v010 + tc * v110;
        double cc = (1 - tc) * v001 + tc * v101;
        double d = (1 - tc) * v011 + tc * v111;
        return (1 - ts) * ((1 - tr) * a + tr * b) + ts * ((1 - tr) * cc + tr * d);
    }
}
