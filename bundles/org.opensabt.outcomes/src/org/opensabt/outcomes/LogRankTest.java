package org.opensabt.outcomes;

import java.util.List;
import java.util.TreeSet;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * The k-group log-rank test, as R's {@code survdiff(Surv(time, event) ~ group)}: at every event time
 * the expected events per group are dᵢ·nᵢg/nᵢ with the hypergeometric covariance; the statistic is
 * (O − E)ᵀ V⁻¹ (O − E) over the first k − 1 groups, χ² with k − 1 degrees of freedom.
 */
public final class LogRankTest {

    public record Result(List<String> levels, int[] n, double[] observed, double[] expected, double chisq, int df, double p) {
    }

    private LogRankTest() {
    }

    /** Groups in sorted order. */
    public static Result test(double[] time, int[] event, String[] group) {
        return test(time, event, group, null);
    }

    /** Groups in the given level order (levels not listed follow, sorted), as R orders a factor's levels. */
    public static Result test(double[] time, int[] event, String[] group, List<String> levelOrder) {
        List<String> levels = Design.levels(group, levelOrder);
        int k = levels.size();
        int[] g = new int[time.length];
        int[] n = new int[k];
        for (int i = 0; i < time.length; i++) {
            g[i] = levels.indexOf(group[i]);
            n[g[i]]++;
        }
        double[] observed = new double[k];
        double[] expected = new double[k];
        double[][] v = new double[k][k];
        TreeSet<Double> eventTimes = new TreeSet<>();
        for (int i = 0; i < time.length; i++) {
            if (event[i] == 1) {
                eventTimes.add(time[i]);
                observed[g[i]]++;
            }
        }
        for (double t : eventTimes) {
            double[] risk = new double[k];
            double[] dead = new double[k];
            for (int i = 0; i < time.length; i++) {
                if (time[i] >= t) {
                    risk[g[i]]++;
                    if (time[i] == t && event[i] == 1) {
                        dead[g[i]]++;
                    }
                }
            }
            double nt = 0;
            double dt = 0;
            for (int j = 0; j < k; j++) {
                nt += risk[j];
                dt += dead[j];
            }
            for (int j = 0; j < k; j++) {
                expected[j] += dt * risk[j] / nt;
                if (nt > 1) {
                    double factor = dt * (nt - dt) / (nt * nt * (nt - 1));
                    for (int m = 0; m < k; m++) {
                        v[j][m] += factor * ((j == m ? nt * risk[j] : 0) - risk[j] * risk[m]);
                    }
                }
            }
        }
        int df = k - 1;
        double chisq = 0;
        if (df > 0) {
            RealMatrix vm = new Array2DRowRealMatrix(df, df);
            RealVector diff = new ArrayRealVector(df);
            for (int j = 0; j < df; j++) {
                diff.setEntry(j, observed[j] - expected[j]);
                for (int m = 0; m < df; m++) {
                    vm.setEntry(j, m, v[j][m]);
                }
            }
            chisq = diff.dotProduct(new LUDecomposition(vm).getSolver().solve(diff));
        }
        double p = df > 0 ? Tails.chiSquared(chisq, df) : Double.NaN;
        return new Result(levels, n, observed, expected, chisq, df, p);
    }
}
