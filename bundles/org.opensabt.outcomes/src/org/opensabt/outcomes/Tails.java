package org.opensabt.outcomes;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Erf;
import org.hipparchus.special.Gamma;

/**
 * Upper-tail probabilities computed as complements directly (Hipparchus's regularised gamma and beta
 * functions), so tiny p-values keep their digits as R's {@code lower.tail = FALSE} does, rather than
 * 1 − CDF which loses them below about 1e-16.
 */
public final class Tails {

    private Tails() {
    }

    /** P(χ²_df ≥ x). */
    public static double chiSquared(double x, int df) {
        return x <= 0 ? 1 : Gamma.regularizedGammaQ(df / 2.0, x / 2.0);
    }

    /** Two-sided normal p for z: P(|Z| ≥ |z|). */
    public static double normalTwoSided(double z) {
        return Erf.erfc(Math.abs(z) / Math.sqrt(2));
    }

    /** Two-sided Student t p: P(|T_df| ≥ |t|). */
    public static double tTwoSided(double t, double df) {
        return Beta.regularizedBeta(df / (df + t * t), df / 2, 0.5);
    }

    /** z such that P(Z ≤ z) = p. */
    public static double normalQuantile(double p) {
        return new NormalDistribution().inverseCumulativeProbability(p);
    }

    /** t such that P(T_df ≤ t) = p. */
    public static double tQuantile(double p, double df) {
        return new TDistribution(df).inverseCumulativeProbability(p);
    }
}
