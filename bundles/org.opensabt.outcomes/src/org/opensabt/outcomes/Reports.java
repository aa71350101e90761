package org.opensabt.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Results as JSON-ready maps with the key names of the R reference
 * ({@code sabt_synthetic_120.reference.json}), so that results compare with R key by key. Missing
 * values (an undefined median limit) are null, as R's NA.
 */
public final class Reports {

    private static final double Z975 = Tails.normalQuantile(0.975);

    private Reports() {
    }

    static Object number(double v) {
        return Double.isFinite(v) ? (Object) v : null;
    }

    /** Kaplan–Meier at the given times with one CI type. */
    public static Map<String, Object> km(KaplanMeier km, double[] times, KaplanMeier.ConfType type) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("conf_type", type.label);
        List<Object> nRisk = new ArrayList<>();
        List<Object> surv = new ArrayList<>();
        List<Object> seSurv = new ArrayList<>();
        List<Object> seLog = new ArrayList<>();
        List<Object> lower = new ArrayList<>();
        List<Object> upper = new ArrayList<>();
        for (double t : times) {
            double s = km.survivalAt(t);
            double se = km.stdErrLogAt(t);
            double[] ci = km.interval(t, type, 0.95);
            nRisk.add(km.atRiskAt(t));
            surv.add(s);
            seSurv.add(s * se);
            seLog.add(se);
            lower.add(number(ci[0]));
            upper.add(number(ci[1]));
        }
        m.put("n_risk", nRisk);
        m.put("surv", surv);
        m.put("std_err_surv", seSurv);
        m.put("std_err_log_surv", seLog);
        m.put("lower95", lower);
        m.put("upper95", upper);
        double[] medianCi = km.medianInterval(type, 0.95);
        m.put("median", number(km.median()));
        m.put("median_lcl95", number(medianCi[0]));
        m.put("median_ucl95", number(medianCi[1]));
        return m;
    }

    public static Map<String, Object> logRank(LogRankTest.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("levels", r.levels());
        m.put("n", r.n());
        m.put("observed", r.observed());
        m.put("expected", r.expected());
        m.put("chisq", r.chisq());
        m.put("df", r.df());
        m.put("p", r.p());
        return m;
    }

    private static Map<String, Object> test(double chisq, int df) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("chisq", chisq);
        m.put("df", df);
        m.put("p", Tails.chiSquared(chisq, df));
        return m;
    }

    /** Model terms with coefficient, SE, the exponentiated ratio ("HR" or "OR") and its Wald 95 % CI, z and p. */
    private static List<Object> terms(Design design, double[] coef, java.util.function.IntToDoubleFunction se, String ratioKey) {
        List<Object> terms = new ArrayList<>();
        for (int j = 0; j < design.terms().size(); j++) {
            Map<String, Object> t = Design.termJson(design.terms().get(j));
            double b = coef[j];
            double s = se.applyAsDouble(j);
            t.put("coef", b);
            t.put("se", s);
            t.put(ratioKey, Math.exp(b));
            t.put("lower95", Math.exp(b - Z975 * s));
            t.put("upper95", Math.exp(b + Z975 * s));
            t.put("z", b / s);
            t.put("p_wald", Tails.normalTwoSided(b / s));
            terms.add(t);
        }
        return terms;
    }

    public static Map<String, Object> cox(String formula, CoxRegression.Ties ties, Design design, int n, int events, CoxRegression.Fit fit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("formula", formula);
        m.put("ties", ties.name().toLowerCase(java.util.Locale.ROOT));
        m.put("n", n);
        m.put("nevent", events);
        m.put("terms", terms(design, fit.coef(), fit::se, "HR"));
        m.put("loglik_null", fit.loglikNull());
        m.put("loglik_model", fit.loglikModel());
        int df = design.terms().size();
        m.put("lr_test", test(2 * (fit.loglikModel() - fit.loglikNull()), df));
        m.put("wald_test", test(fit.waldTest(), df));
        m.put("score_test", test(fit.scoreTest(), df));
        m.put("concordance", fit.concordance());
        m.put("concordance_se", fit.concordanceSe());
        m.put("iterations", fit.iterations());
        m.put("warnings", fit.warnings());
        return m;
    }

    public static Map<String, Object> logistic(String formula, Design design, int[] y, LogisticRegression.Fit fit) {
        Map<String, Object> m = new LinkedHashMap<>();
        int events = 0;
        for (int v : y) {
            events += v;
        }
        m.put("formula", formula);
        m.put("n", y.length);
        m.put("n_events", events);
        m.put("terms", terms(design, fit.coef(), fit::se, "OR"));
        m.put("ci_method", "Wald: exp(confint.default(fit))");
        m.put("deviance", fit.deviance());
        m.put("null_deviance", fit.nullDeviance());
        m.put("df_residual", y.length - design.terms().size());
        m.put("df_null", y.length - 1);
        m.put("aic", fit.deviance() + 2 * design.terms().size());
        m.put("loglik", -fit.deviance() / 2);
        m.put("converged", fit.converged());
        m.put("warnings", fit.warnings());
        return m;
    }

    /** Paired t-test of x against y (mean difference x − y), as t.test(x, y, paired = TRUE). */
    public static Map<String, Object> pairedT(String comparison, double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        double md = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
            md += x[i] - y[i];
        }
        mx /= n;
        my /= n;
        md /= n;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double d = x[i] - y[i] - md;
            ss += d * d;
        }
        double sd = Math.sqrt(ss / (n - 1));
        double se = sd / Math.sqrt(n);
        double t = md / se;
        double q = Tails.tQuantile(0.975, n - 1);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("comparison", comparison);
        m.put("n", n);
        m.put("mean_x", mx);
        m.put("mean_y", my);
        m.put("mean_difference", md);
        m.put("t", t);
        m.put("df", n - 1);
        m.put("p", Tails.tTwoSided(t, n - 1));
        m.put("ci95_lower", md - q * se);
        m.put("ci95_upper", md + q * se);
        m.put("sd_difference", sd);
        return m;
    }
}
