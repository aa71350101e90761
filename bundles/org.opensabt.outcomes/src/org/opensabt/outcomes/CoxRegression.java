package org.opensabt.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * Cox proportional hazards by Newton–Raphson on the partial likelihood with Efron or Breslow ties,
 * following R's {@code coxph} (survival's coxfit6): start at β = 0, step β + I⁻¹U, halve a step that
 * lowers the log-likelihood, stop when |1 − ℓ_old/ℓ_new| ≤ 1e-9 (at most 20 iterations). Reports the
 * likelihood-ratio, Wald and score tests and Harrell's concordance. Problems are warnings, as R gives
 * them: no convergence, or a coefficient that may be infinite (monotone likelihood: survival's check
 * |U·V| > √eps (1 + |β|) at the end).
 */
public final class CoxRegression {

    public enum Ties {
        EFRON, BRESLOW
    }

    public static final double EPS = 1e-9;
    public static final int MAX_ITER = 20;

    public record Fit(double[] coef, double[][] variance, double loglikNull, double loglikModel, double scoreTest, double waldTest, int iterations,
            boolean converged, List<String> warnings, double concordance, double concordanceSe) {

        public double se(int j) {
            return Math.sqrt(variance[j][j]);
        }
    }

    private final double[] time;
    private final int[] status;
    private final double[][] x;   // n × p, rows sorted by time descending within the computation
    private final int n;
    private final int p;
    private final Ties ties;
    private final int[] order;    // indices by decreasing time; among equal times deaths after censorings is irrelevant (risk set uses ≥)

    public CoxRegression(double[] time, int[] status, double[][] x, Ties ties) {
        this.time = time;
        this.status = status;
        this.x = x;
        this.n = time.length;
        this.p = n == 0 ? 0 : x[0].length;
        this.ties = ties;
        int[] ascending = Order.ascending(time);
        this.order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = ascending[n - 1 - i];
        }
        // covariates, times and status in that order, contiguous: the likelihood walks them 5–20 times
        this.xs = new double[n * p];
        this.ts = new double[n];
        this.ss = new int[n];
        for (int i = 0; i < n; i++) {
            ts[i] = time[order[i]];
            ss[i] = status[order[i]];
            System.arraycopy(x[order[i]], 0, xs, i * p, p);
        }
    }

    private final double[] xs;
    private final double[] ts;
    private final int[] ss;

    /** Log partial likelihood at β; fills {@code u} (score) and {@code imat} (information) when not null. */
    double loglik(double[] beta, double[] u, double[][] imat) {
        double[] s1 = new double[p];
        double[][] s2 = new double[p][p];
        double s0 = 0;
        double loglik = 0;
        if (u != null) {
            java.util.Arrays.fill(u, 0);
            for (double[] row : imat) {
                java.util.Arrays.fill(row, 0);
            }
        }
        double[] d1 = new double[p];
        double[][] d2 = new double[p][p];
        int i = 0;
        while (i < n) {
            double t = ts[i];
            // add everyone with this time to the risk set; collect the deaths
            double d0 = 0;
            int deaths = 0;
            int j = i;
            while (j < n && ts[j] == t) {
                int off = j * p;
                double eta = 0;
                for (int a = 0; a < p; a++) {
                    eta += beta[a] * xs[off + a];
                }
                double r = Math.exp(eta);
                s0 += r;
                boolean dies = ss[j] == 1;
                if (dies) {
                    if (deaths == 0) {
                        java.util.Arrays.fill(d1, 0);
                        for (double[] row : d2) {
                            java.util.Arrays.fill(row, 0);
                        }
                    }
                    deaths++;
                    d0 += r;
                    loglik += eta;
                }
                for (int a = 0; a < p; a++) {
                    double rxa = r * xs[off + a];
                    s1[a] += rxa;
                    double[] s2a = s2[a];
                    for (int b = 0; b <= a; b++) {
                        s2a[b] += rxa * xs[off + b];
                    }
                    if (dies) {
                        d1[a] += rxa;
                        if (u != null) {
                            u[a] += xs[off + a];
                        }
                        double[] d2a = d2[a];
                        for (int b = 0; b <= a; b++) {
                            d2a[b] += rxa * xs[off + b];
                        }
                    }
                }
                j++;
            }
            for (int l = 0; l < deaths; l++) {
                double f = ties == Ties.EFRON ? (double) l / deaths : 0;
                double denom = s0 - f * d0;
                loglik -= Math.log(denom);
                if (u != null) {
                    for (int a = 0; a < p; a++) {
                        double mean = (s1[a] - f * d1[a]) / denom;
                        u[a] -= mean;
                        for (int b = 0; b <= a; b++) {
                            double meanB = (s1[b] - f * d1[b]) / denom;
                            imat[a][b] += (s2[a][b] - f * d2[a][b]) / denom - mean * meanB;
                        }
                    }
                }
            }
            i = j;
        }
        if (imat != null) {
            for (int a = 0; a < p; a++) {
                for (int b = a + 1; b < p; b++) {
                    imat[a][b] = imat[b][a];
                }
            }
        }
        return loglik;
    }

    /** Fits the model; a singular information matrix (a covariate constant or collinear in the data) gives NaN estimates and a warning. */
    public Fit fit() {
        try {
            return newtonRaphson();
        } catch (org.hipparchus.exception.MathRuntimeException e) {
            double[] nan = new double[p];
            java.util.Arrays.fill(nan, Double.NaN);
            double[][] v = new double[p][p];
            for (double[] row : v) {
                java.util.Arrays.fill(row, Double.NaN);
            }
            double ll = loglik(new double[p], null, null);
            return new Fit(nan, v, ll, Double.NaN, Double.NaN, Double.NaN, 0, false,
                    List.of("X matrix deemed to be singular (a covariate is constant or collinear in these data): not estimated"), Double.NaN, Double.NaN);
        }
    }

    private Fit newtonRaphson() {
        List<String> warnings = new ArrayList<>();
        double[] beta = new double[p];
        double[] u = new double[p];
        double[][] imat = new double[p][p];
        double loglikNull = loglik(beta, u, imat);
        double[] step = solve(imat, u);
        double score = 0;
        for (int a = 0; a < p; a++) {
            score += u[a] * step[a];
        }
        double[] newBeta = new double[p];
        for (int a = 0; a < p; a++) {
            newBeta[a] = beta[a] + step[a];
        }
        double loglik = loglikNull;
        boolean halving = false;
        boolean converged = false;
        int iter;
        for (iter = 1; iter <= MAX_ITER; iter++) {
            double newLik = loglik(newBeta, u, imat);
            if (Math.abs(1 - loglik / newLik) <= EPS && !halving) {
                loglik = newLik;
                beta = newBeta.clone();
                converged = true;
                break;
            }
            if (iter == MAX_ITER) {
                break;
            }
            if (!(newLik >= loglik)) {
                halving = true;
                for (int a = 0; a < p; a++) {
                    newBeta[a] = (newBeta[a] + beta[a]) / 2;
                }
            } else {
                halving = false;
                loglik = newLik;
                double[] s = solve(imat, u);
                for (int a = 0; a < p; a++) {
                    beta[a] = newBeta[a];
                    newBeta[a] = newBeta[a] + s[a];
                }
            }
        }
        if (!converged) {
            warnings.add("Ran out of iterations and did not converge");
            iter = Math.min(iter, MAX_ITER);
            loglik = loglik(beta, u, imat);
        }
        double[][] variance = invert(imat);
        // survival's check for infinite coefficients (monotone likelihood)
        double tolerance = Math.sqrt(EPS);
        for (int a = 0; a < p; a++) {
            double uv = 0;
            for (int b = 0; b < p; b++) {
                uv += u[b] * variance[b][a];
            }
            if (Math.abs(uv) > tolerance * (1 + Math.abs(beta[a]))) {
                warnings.add(String.format(Locale.ROOT, "Loglik converged before variable %d; coefficient may be infinite.", a + 1));
            }
        }
        double wald = 0;
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                wald += beta[a] * imat[a][b] * beta[b];
            }
        }
        double[] concordance = concordance(beta);
        return new Fit(beta, variance, loglikNull, loglik, score, wald, iter, converged, warnings, concordance[0], concordance[1]);
    }

    /**
     * Harrell's C as survival reports it, with its standard error: a pair is comparable when one has an
     * event before the other's time (or at the time the other is censored); tied risk scores count ½;
     * tied event times are not compared. The standard error is survival's infinitesimal jackknife: with
     * cₖ, dₖ, tₖ the concordant, discordant and tied pairs that subject k is part of and Somers'
     * d = (C − D)/N, var(d) = Σₖ ((cₖ − dₖ) − d (cₖ + dₖ + tₖ))² / N², and se(C) = √var(d) / 2.
     * O(n log n): Fenwick trees over the ranks of the linear predictor, once down and once up in time.
     *
     * @return {C, se(C)}
     */
    double[] concordance(double[] beta) {
        double[] lp = new double[n];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < p; a++) {
                lp[i] += beta[a] * x[i][a];
            }
        }
        double[] distinct = Order.distinct(lp);
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[i] = java.util.Arrays.binarySearch(distinct, lp[i]) + 1;
        }
        long[] c = new long[n];
        long[] d = new long[n];
        long[] t = new long[n];
        // the event's side: later times (and censorings at its time) already in the tree
        long[] tree = new long[distinct.length + 1];
        long inserted = 0;
        int i = 0;
        while (i < n) { // order: decreasing time
            int j = groupEnd(i);
            for (int k = i; k < j; k++) {
                if (status[order[k]] == 0) {
                    inserted++;
                    add(tree, rank[order[k]]);
                }
            }
            for (int k = i; k < j; k++) {
                int s = order[k];
                if (status[s] == 1) {
                    long below = sum(tree, rank[s] - 1);
                    long same = sum(tree, rank[s]) - below;
                    c[s] += below;
                    t[s] += same;
                    d[s] += inserted - below - same;
                }
            }
            for (int k = i; k < j; k++) {
                if (status[order[k]] == 1) {
                    inserted++;
                    add(tree, rank[order[k]]);
                }
            }
            i = j;
        }
        // the other side: events at earlier times (and at its own time when it is censored)
        tree = new long[distinct.length + 1];
        inserted = 0;
        int end = n;
        while (end > 0) { // increasing time: walk the descending order backwards
            int start = end - 1;
            while (start > 0 && time[order[start - 1]] == time[order[end - 1]]) {
                start--;
            }
            for (int k = start; k < end; k++) {
                int s = order[k];
                if (status[s] == 1) {
                    query(tree, rank[s], inserted, c, d, t, s);
                }
            }
            for (int k = start; k < end; k++) {
                if (status[order[k]] == 1) {
                    inserted++;
                    add(tree, rank[order[k]]);
                }
            }
            for (int k = start; k < end; k++) {
                int s = order[k];
                if (status[s] == 0) {
                    query(tree, rank[s], inserted, c, d, t, s);
                }
            }
            end = start;
        }
        double totalC = 0;
        double totalD = 0;
        double totalT = 0;
        for (int k = 0; k < n; k++) {
            totalC += c[k];
            totalD += d[k];
            totalT += t[k];
        }
        double concordant = totalC / 2; // each pair was added to both of its members
        double discordant = totalD / 2;
        double tied = totalT / 2;
        double pairs = concordant + discordant + tied;
        double somers = (concordant - discordant) / pairs;
        double var = 0;
        for (int k = 0; k < n; k++) {
            double influence = ((c[k] - d[k]) - somers * (c[k] + d[k] + t[k])) / pairs;
            var += influence * influence;
        }
        return new double[] { (concordant + tied / 2) / pairs, Math.sqrt(var) / 2 };
    }

    /** For the later member s of pairs with the events in the tree: s has the lower risk when the event's lp is higher. */
    private static void query(long[] tree, int rank, long inserted, long[] c, long[] d, long[] t, int s) {
        long below = sum(tree, rank - 1);          // events with lower lp than s: discordant
        long same = sum(tree, rank) - below;
        long above = inserted - below - same;      // events with higher lp than s: concordant
        c[s] += above;
        d[s] += below;
        t[s] += same;
    }

    /** End (exclusive) of the run of equal times starting at position i of the descending order. */
    private int groupEnd(int i) {
        int j = i;
        while (j < n && time[order[j]] == time[order[i]]) {
            j++;
        }
        return j;
    }

    private static void add(long[] tree, int index) {
        for (int k = index; k < tree.length; k += k & -k) {
            tree[k]++;
        }
    }

    private static long sum(long[] tree, int index) {
        long s = 0;
        for (int k = index; k > 0; k -= k & -k) {
            s += tree[k];
        }
        return s;
    }

    private static double[] solve(double[][] a, double[] b) {
        if (a.length == 0) {
            return new double[0];
        }
        RealMatrix m = new Array2DRowRealMatrix(a);
        return new CholeskyDecomposition(m, 1e-12, 1e-14).getSolver().solve(new org.hipparchus.linear.ArrayRealVector(b)).toArray();
    }

    private static double[][] invert(double[][] a) {
        if (a.length == 0) {
            return new double[0][0];
        }
        return new CholeskyDecomposition(new Array2DRowRealMatrix(a), 1e-12, 1e-14).getSolver().getInverse().getData();
    }
}
