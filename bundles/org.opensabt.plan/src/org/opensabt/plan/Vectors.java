package org.opensabt.plan;

/** Small 3-vector helpers (mm, LPS). */
public final class Vectors {

    private Vectors() {
    }

    public static double[] add(double[] a, double[] b) {
        return new double[] { a[0] + b[0], a[1] + b[1], a[2] + b[2] };
    }

    public static double[] sub(double[] a, double[] b) {
        return new double[] { a[0] - b[0], a[1] - b[1], a[2] - b[2] };
    }

    public static double[] scale(double[] a, double f) {
        return new double[] { a[0] * f, a[1] * f, a[2] * f };
    }

    public static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    public static double[] cross(double[] a, double[] b) {
        return new double[] { a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0] };
    }

    public static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    public static double distance(double[] a, double[] b) {
        return norm(sub(a, b));
    }

    /** a + t·b */
    public static double[] addScaled(double[] a, double[] b, double t) {
        return new double[] { a[0] + t * b[0], a[1] + t * b[1], a[2] + t * b[2] };
    }

    public static double[] unit(double[] a) {
        return scale(a, 1 / norm(a));
    }

    /** A unit vector perpendicular to the unit vector d. */
    public static double[] perpendicular(double[] d) {
        double[] u = cross(d, Math.abs(d[0]) < 0.9 ? new double[] { 1, 0, 0 } : new double[] { 0, 1, 0 });
        return scale(u, 1 / norm(u));
    }

    /** Angle between two unit vectors (degrees). */
    public static double angleDeg(double[] a, double[] b) {
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, dot(a, b)))));
    }

    /** Shortest distance between segments p0–p1 and q0–q1 (Ericson, Real-Time Collision Detection, 5.1.9). */
    public static double segmentDistance(double[] p0, double[] p1, double[] q0, double[] q1) {
        double[] d1 = sub(p1, p0);
        double[] d2 = sub(q1, q0);
        double[] r = sub(p0, q0);
        double a = dot(d1, d1);
        double e = dot(d2, d2);
        double f = dot(d2, r);
        double s;
        double t;
        if (a <= 1e-12 && e <= 1e-12) {
            return norm(r);
        }
        if (a <= 1e-12) {
            s = 0;
            t = clamp(f / e);
        } else {
            double c = dot(d1, r);
            if (e <= 1e-12) {
                t = 0;
                s = clamp(-c / a);
            } else {
                double b = dot(d1, d2);
                double denom = a * e - b * b;
                s = denom > 1e-12 ? clamp((b * f - c * e) / denom) : 0;
                t = (b * s + f) / e;
                if (t < 0) {
                    t = 0;
                    s = clamp(-c / a);
                } else if (t > 1) {
                    t = 1;
                    s = clamp((b - c) / a);
                }
            }
        }
        return distance(add(p0, scale(d1, s)), add(q0, scale(d2, t)));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
