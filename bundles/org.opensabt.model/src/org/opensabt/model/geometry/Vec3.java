package org.opensabt.model.geometry;

import java.util.List;

/**
 * A 3-vector: a point or displacement in patient coordinates (DICOM LPS, mm) or a direction. The one
 * place for 3-vector maths in OpenSABT.
 * <p>
 * Much of the code keeps coordinates as {@code double[3]} (EMF model lists, {@link GridGeometry},
 * tight loops); the static methods do the same maths on such arrays, always returning new arrays, so
 * that both forms compute bit for bit the same results (same formulas, same order of operations).
 */
public record Vec3(double x, double y, double z) {

    public static final Vec3 ZERO = new Vec3(0, 0, 0);
    public static final Vec3 X = new Vec3(1, 0, 0);
    public static final Vec3 Y = new Vec3(0, 1, 0);
    public static final Vec3 Z = new Vec3(0, 0, 1);

    /** The vector of a three-element array. */
    public static Vec3 of(double[] a) {
        check(a);
        return new Vec3(a[0], a[1], a[2]);
    }

    /** The vector of a three-element list (as the EMF model stores positions and directions). */
    public static Vec3 of(List<Double> a) {
        if (a == null || a.size() != 3) {
            throw new IllegalArgumentException("a 3-vector needs three numbers, got " + a);
        }
        return new Vec3(a.get(0), a.get(1), a.get(2));
    }

    public double[] toArray() {
        return new double[] { x, y, z };
    }

    /** Component 0 (x), 1 (y) or 2 (z). */
    public double get(int axis) {
        return switch (axis) {
            case 0 -> x;
            case 1 -> y;
            case 2 -> z;
            default -> throw new IndexOutOfBoundsException("axis " + axis);
        };
    }

    public Vec3 add(Vec3 b) {
        return new Vec3(x + b.x, y + b.y, z + b.z);
    }

    public Vec3 sub(Vec3 b) {
        return new Vec3(x - b.x, y - b.y, z - b.z);
    }

    public Vec3 scale(double f) {
        return new Vec3(x * f, y * f, z * f);
    }

    public Vec3 negate() {
        return new Vec3(-x, -y, -z);
    }

    /** this + t·b */
    public Vec3 addScaled(Vec3 b, double t) {
        return new Vec3(x + t * b.x, y + t * b.y, z + t * b.z);
    }

    public double dot(Vec3 b) {
        return x * b.x + y * b.y + z * b.z;
    }

    public Vec3 cross(Vec3 b) {
        return new Vec3(y * b.z - z * b.y, z * b.x - x * b.z, x * b.y - y * b.x);
    }

    /** Euclidean length. */
    public double norm() {
        return Math.sqrt(dot(this));
    }

    public double distance(Vec3 b) {
        return sub(b).norm();
    }

    /** This vector scaled to unit length (scaled by 1/‖v‖; NaN components for the zero vector). */
    public Vec3 normalize() {
        return scale(1 / norm());
    }

    /** A unit vector perpendicular to this unit vector. */
    public Vec3 perpendicular() {
        return of(perpendicular(toArray()));
    }

    /** Angle between two unit vectors (degrees). */
    public double angleDeg(Vec3 b) {
        return angleDeg(toArray(), b.toArray());
    }

    @Override
    public String toString() {
        return "(" + x + ", " + y + ", " + z + ")";
    }

    // ---- the same maths on double[3] arrays ----

    public static double[] add(double[] a, double[] b) {
        return new double[] { a[0] + b[0], a[1] + b[1], a[2] + b[2] };
    }

    public static double[] sub(double[] a, double[] b) {
        return new double[] { a[0] - b[0], a[1] - b[1], a[2] - b[2] };
    }

    public static double[] scale(double[] a, double f) {
        return new double[] { a[0] * f, a[1] * f, a[2] * f };
    }

    /** a + t·b */
    public static double[] addScaled(double[] a, double[] b, double t) {
        return new double[] { a[0] + t * b[0], a[1] + t * b[1], a[2] + t * b[2] };
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

    /** a scaled to unit length (as {@link #normalize()}). */
    public static double[] unit(double[] a) {
        return scale(a, 1 / norm(a));
    }

    /** A unit vector perpendicular to the unit vector d (d × x̂, or d × ŷ when d is near x̂). */
    public static double[] perpendicular(double[] d) {
        double[] u = cross(d, Math.abs(d[0]) < 0.9 ? new double[] { 1, 0, 0 } : new double[] { 0, 1, 0 });
        return scale(u, 1 / norm(u));
    }

    /** Angle between two unit vectors (degrees); the cosine is clamped to [-1, 1] against rounding. */
    public static double angleDeg(double[] a, double[] b) {
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, dot(a, b)))));
    }

    /** Shortest distance between segments p0–p1 and q0–q1 (Ericson, Real-Time Collision Detection, 2005, 5.1.9). */
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
            t = clamp01(f / e);
        } else {
            double c = dot(d1, r);
            if (e <= 1e-12) {
                t = 0;
                s = clamp01(-c / a);
            } else {
                double b = dot(d1, d2);
                double denom = a * e - b * b;
                s = denom > 1e-12 ? clamp01((b * f - c * e) / denom) : 0;
                t = (b * s + f) / e;
                if (t < 0) {
                    t = 0;
                    s = clamp01(-c / a);
                } else if (t > 1) {
                    t = 1;
                    s = clamp01((b - c) / a);
                }
            }
        }
        return distance(add(p0, scale(d1, s)), add(q0, scale(d2, t)));
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static void check(double[] a) {
        if (a == null || a.length != 3) {
            throw new IllegalArgumentException("a 3-vector needs three numbers");
        }
    }
}
