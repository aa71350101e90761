package org.opensabt.dose.mc.internal;

/** Look-ups in tabulated functions, shared by the engine's tables, its source model and its validation. */
public final class Tables {

    private Tables() {
    }

    /** y(at), linear between the points of increasing x, held at the end values outside them. */
    public static double linear(double[] x, double[] y, double at) {
        if (at <= x[0]) {
            return y[0];
        }
        if (at >= x[x.length - 1]) {
            return y[y.length - 1];
        }
        int i = interval(x, at);
        return y[i] + (at - x[i]) / (x[i + 1] - x[i]) * (y[i + 1] - y[i]);
    }

    /** The i with sorted[i] ≤ v < sorted[i + 1] (0 below the first, length − 2 at or above the last), by bisection. */
    public static int interval(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
