package org.opensabt.outcomes;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;

/**
 * Binary logistic regression by iteratively reweighted least squares, as R's
 * {@code glm(y ~ x, family = binomial)}: start from μ = (y + ½)/2, stop when
 * |dev − dev_old| / (|dev| + 0.1) < 1e-8 (at most 25 iterations). Warns, as R does, when it does not
 * converge or when fitted probabilities reach 0 or 1 (separation). The design matrix includes the
 * intercept column.
 */
public final class LogisticRegression {

    public static final double EPSILON = 1e-8;
    public static final int MAX_ITER = 25;

    public record Fit(double[] coef, double[][] variance, double deviance, double nullDeviance, int iterations, boolean converged,
            List<String> warnings) {

        public double se(int j) {
            return Math.sqrt(variance[j][j]);
        }
    }

    private LogisticRegression() {
    }

    /** Fits the model; a singular design (a constant or collinear covariate) gives NaN estimates and a warning. */
    public static Fit fit(double[][] x, int[] y) {
        try {
            return irls(x, y);
        } catch (org.hipparchus.exception.MathRuntimeException e) {
            int p = x[0].length;
            double[] nan = new double[p];
            java.util.Arrays.fill(nan, Double.NaN);
            double[][] v = new double[p][p];
            for (double[] row : v) {
                java.util.Arrays.fill(row, Double.NaN);
            }
            return new Fit(nan, v, Double.NaN, Double.NaN, 0, false, List.of("singular design (a covariate is constant or collinear): not estimated"));
        }
    }

    private static Fit irls(double[][] x, int[] y) {
        int n = y.length;
        int p = x[0].length;
        double[] mu = new double[n];
        double[] eta = new double[n];
        double ybar = 0;
        for (int i = 0; i < n; i++) {
            mu[i] = (y[i] + 0.5) / 2;
            eta[i] = Math.log(mu[i] / (1 - mu[i]));
            ybar += y[i];
        }
        ybar /= n;
        double devOld = deviance(y, mu);
        double dev = devOld;
        double[] beta = new double[p];
        double[][] xtwx = new double[p][p];
        boolean converged = false;
        int iter;
        for (iter = 1; iter <= MAX_ITER; iter++) {
            double[] xtwz = new double[p];
            for (double[] row : xtwx) {
                java.util.Arrays.fill(row, 0);
            }
            for (int i = 0; i < n; i++) {
                double w = mu[i] * (1 - mu[i]);
                double z = eta[i] + (y[i] - mu[i]) / w;
                for (int a = 0; a < p; a++) {
                    xtwz[a] += x[i][a] * w * z;
                    for (int b = 0; b < p; b++) {
                        xtwx[a][b] += x[i][a] * w * x[i][b];
                    }
                }
            }
            beta = new CholeskyDecomposition(new Array2DRowRealMatrix(xtwx), 1e-12, 1e-14).getSolver().solve(new ArrayRealVector(xtwz)).toArray();
            for (int i = 0; i < n; i++) {
                double e = 0;
                for (int a = 0; a < p; a++) {
                    e += x[i][a] * beta[a];
                }
                eta[i] = e;
                mu[i] = 1 / (1 + Math.exp(-e));
            }
            dev = deviance(y, mu);
            if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < EPSILON) {
                converged = true;
                break;
            }
            devOld = dev;
        }
        List<String> warnings = new ArrayList<>();
        if (!converged) {
            warnings.add("glm.fit: algorithm did not converge");
            iter = MAX_ITER;
        }
        for (double m : mu) {
            if (m > 1 - 10 * 2.220446e-16 || m < 10 * 2.220446e-16) {
                warnings.add("glm.fit: fitted probabilities numerically 0 or 1 occurred");
                break;
            }
        }
        // covariance from the weights of the last IRLS step, as summary.glm takes it from that step's QR
        double[][] variance = new CholeskyDecomposition(new Array2DRowRealMatrix(xtwx), 1e-12, 1e-14).getSolver().getInverse().getData();
        double[] nullMu = new double[n];
        java.util.Arrays.fill(nullMu, ybar);
        return new Fit(beta, variance, dev, deviance(y, nullMu), iter, converged, warnings);
    }

    static double deviance(int[] y, double[] mu) {
        double d = 0;
        for (int i = 0; i < y.length; i++) {
            d -= 2 * (y[i] == 1 ? Math.log(mu[i]) : Math.log(1 - mu[i]));
        }
        return d;
    }
}
