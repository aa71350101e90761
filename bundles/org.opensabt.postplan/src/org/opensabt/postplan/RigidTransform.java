package org.opensabt.postplan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * A rigid transform p' = R·p + t from the post-implant CT's frame to the planning CT's (patient LPS mm),
 * read from a file or fitted to landmarks picked on both CTs.
 */
public record RigidTransform(double[][] rotation, double[] translationMm, String description, double residualMm) {

    public static final RigidTransform IDENTITY = new RigidTransform(new double[][] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } }, new double[3],
            "same frame of reference", 0);

    public RigidTransform {
        double[][] r = rotation;
        double det = r[0][0] * (r[1][1] * r[2][2] - r[1][2] * r[2][1]) - r[0][1] * (r[1][0] * r[2][2] - r[1][2] * r[2][0])
                + r[0][2] * (r[1][0] * r[2][1] - r[1][1] * r[2][0]);
        double worst = 0;
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                double dot = r[a][0] * r[b][0] + r[a][1] * r[b][1] + r[a][2] * r[b][2];
                worst = Math.max(worst, Math.abs(dot - (a == b ? 1 : 0)));
            }
        }
        if (worst > 1e-3 || Math.abs(det - 1) > 1e-3) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "not a rigid transform: the rotation part is not orthonormal with determinant +1 (determinant %.4f, largest deviation %.4f)", det, worst));
        }
    }

    public double[] applyToPoint(double[] p) {
        double[] out = new double[3];
        for (int k = 0; k < 3; k++) {
            out[k] = rotation[k][0] * p[0] + rotation[k][1] * p[1] + rotation[k][2] * p[2] + translationMm[k];
        }
        return out;
    }

    public double[] applyToDirection(double[] d) {
        double[] out = new double[3];
        for (int k = 0; k < 3; k++) {
            out[k] = rotation[k][0] * d[0] + rotation[k][1] * d[1] + rotation[k][2] * d[2];
        }
        return out;
    }

    public RigidTransform inverse() {
        double[][] rt = new double[3][3];
        double[] tt = new double[3];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                rt[a][b] = rotation[b][a];
            }
        }
        for (int a = 0; a < 3; a++) {
            tt[a] = -(rt[a][0] * translationMm[0] + rt[a][1] * translationMm[1] + rt[a][2] * translationMm[2]);
        }
        return new RigidTransform(rt, tt, "inverse of " + description, residualMm);
    }

    /** The 12 values stored in the case: the rows of [R | t]. */
    public List<Double> rowsOfRt() {
        List<Double> out = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            out.add(rotation[k][0]);
            out.add(rotation[k][1]);
            out.add(rotation[k][2]);
            out.add(translationMm[k]);
        }
        return out;
    }

    /** A transform from the 12 values {@link #rowsOfRt()} gives (as stored in the case). */
    public static RigidTransform fromRowsOfRt(List<Double> v, String description) {
        if (v.size() != 12) {
            throw new IllegalArgumentException("a stored transform has 12 values (rows of [R | t]), not " + v.size());
        }
        double[][] r = new double[3][3];
        double[] t = new double[3];
        for (int k = 0; k < 3; k++) {
            for (int c = 0; c < 3; c++) {
                r[k][c] = v.get(4 * k + c);
            }
            t[k] = v.get(4 * k + 3);
        }
        return new RigidTransform(r, t, description, Double.NaN);
    }

    /**
     * A transform file: 12 numbers (the rows of [R | t]) or 16 (a 4×4 matrix, last row 0 0 0 1), separated by
     * spaces, commas or new lines; '#' starts a comment. It maps post-implant CT coordinates to planning
     * coordinates (patient LPS, mm).
     */
    public static RigidTransform read(Path file) throws IOException {
        List<Double> values = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(file)) {
            lineNumber++;
            String text = line.replaceAll("#.*", "").trim();
            if (text.isEmpty()) {
                continue;
            }
            for (String token : text.split("[\\s,;]+")) {
                try {
                    values.add(Double.parseDouble(token));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file + ":" + lineNumber + ": '" + token + "' is not a number");
                }
            }
        }
        if (values.size() == 16) {
            if (Math.abs(values.get(12)) > 1e-9 || Math.abs(values.get(13)) > 1e-9 || Math.abs(values.get(14)) > 1e-9 || Math.abs(values.get(15) - 1) > 1e-9) {
                throw new IllegalArgumentException(file + ": the last row of a 4×4 transform must be 0 0 0 1");
            }
        } else if (values.size() != 12) {
            throw new IllegalArgumentException(file + ": a transform has 12 numbers (rows of [R | t]) or 16 (4×4 matrix), found " + values.size());
        }
        try {
            return fromRowsOfRt(values.subList(0, 12), "transform file " + file.getFileName());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The least-squares rigid transform taking the post-implant landmarks onto the planning landmarks (Kabsch
     * 1976 / Arun et al. 1987: SVD of the cross-covariance, reflection excluded); at least three points not on
     * one line. The residual is the RMS landmark distance after the fit.
     */
    public static RigidTransform fit(List<double[]> postopMm, List<double[]> planningMm) {
        int n = postopMm.size();
        if (n != planningMm.size() || n < 3) {
            throw new IllegalArgumentException("landmarks: at least 3 pairs of points are needed, got " + Math.min(n, planningMm.size()));
        }
        double[] cp = centroid(postopMm);
        double[] cq = centroid(planningMm);
        double[][] h = new double[3][3];
        for (int i = 0; i < n; i++) {
            double[] p = postopMm.get(i);
            double[] q = planningMm.get(i);
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    h[a][b] += (p[a] - cp[a]) * (q[b] - cq[b]);
                }
            }
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(MatrixUtils.createRealMatrix(h));
        double[] singular = svd.getSingularValues();
        if (singular[1] < 1e-6 * Math.max(1, singular[0])) {
            throw new IllegalArgumentException("landmarks: the points lie on one line (or coincide); pick at least three points spread out");
        }
        RealMatrix v = svd.getV();
        RealMatrix ut = svd.getUT();
        RealMatrix r = v.multiply(ut);
        if (new org.hipparchus.linear.LUDecomposition(r).getDeterminant() < 0) {
            RealMatrix d = MatrixUtils.createRealDiagonalMatrix(new double[] { 1, 1, -1 });
            r = v.multiply(d).multiply(ut);
        }
        double[][] rot = r.getData();
        double[] t = new double[3];
        for (int k = 0; k < 3; k++) {
            t[k] = cq[k] - (rot[k][0] * cp[0] + rot[k][1] * cp[1] + rot[k][2] * cp[2]);
        }
        RigidTransform fitted = new RigidTransform(rot, t, "", 0);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double[] moved = fitted.applyToPoint(postopMm.get(i));
            double[] q = planningMm.get(i);
            sum += (moved[0] - q[0]) * (moved[0] - q[0]) + (moved[1] - q[1]) * (moved[1] - q[1]) + (moved[2] - q[2]) * (moved[2] - q[2]);
        }
        double residual = Math.sqrt(sum / n);
        return new RigidTransform(rot, t, String.format(Locale.ROOT, "%d landmarks, RMS residual %.2f mm", n, residual), residual);
    }

    private static double[] centroid(List<double[]> points) {
        double[] c = new double[3];
        for (double[] p : points) {
            for (int k = 0; k < 3; k++) {
                c[k] += p[k] / points.size();
            }
        }
        return c;
    }
}
