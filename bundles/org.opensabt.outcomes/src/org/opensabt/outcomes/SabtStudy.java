package org.opensabt.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The analyses of a SABT outcome study on a cohort in the layout of {@code sabt_synthetic_120.csv}:
 * response rates, Kaplan–Meier of local control and overall survival at 1, 3 and 5 years, log-rank by
 * group, univariate and multivariate Cox models (Efron and Breslow), logistic regression for complete
 * response, paired t-tests of pain and KPS, relief/improvement rates and follow-up. The result tree
 * uses the key names of the R reference so the two compare key by key.
 */
public final class SabtStudy {

    /** Derived binary covariates (cut-points); levels are written as R's factor labels. */
    public static final Map<String, String> DEFINITIONS = Map.of("age_ge55", "age >= 55", "kps_lt90", "kps_before < 90", "gtv_gt60",
            "gtv_cc > 60", "d90_gt135", "d90_gy > 135", "cr", "response == 'CR'");

    /** Reference levels (the study's); a user may override them. */
    public static final Map<String, String> REFERENCES = new LinkedHashMap<>();
    /** Factor level orders where the study did not use sorted order. */
    public static final Map<String, List<String>> LEVEL_ORDERS = new LinkedHashMap<>();
    static {
        REFERENCES.put("age_ge55", "<55");
        REFERENCES.put("sex", "M");
        REFERENCES.put("kps_lt90", ">=90");
        REFERENCES.put("location", "extremity");
        REFERENCES.put("pathology", "spindle_cell");
        REFERENCES.put("grade", "G1");
        REFERENCES.put("target", "local_recurrence");
        REFERENCES.put("gtv_gt60", "<=60");
        REFERENCES.put("d90_gt135", "<=135");
        REFERENCES.put("method", "CT");
        LEVEL_ORDERS.put("location", List.of("extremity", "head_neck", "trunk_wall", "thoracic", "retroperitoneum_abdominal"));
        LEVEL_ORDERS.put("pathology", List.of("spindle_cell", "angiosarcoma", "fibrosarcoma", "leiomyosarcoma", "liposarcoma", "rhabdomyosarcoma",
                "chondroma", "synovial", "other"));
    }

    public static final List<String> COVARIATES = List.of("age_ge55", "sex", "kps_lt90", "location", "pathology", "grade", "target", "gtv_gt60",
            "d90_gt135", "method");
    public static final List<String> LOGRANK_GROUPS = List.of("method", "grade", "location", "d90_gt135", "gtv_gt60");
    public static final double[] KM_TIMES = { 12, 36, 60 };

    private static final List<String> RESPONSES = List.of("CR", "PR", "SD", "PD");

    private SabtStudy() {
    }

    /** The cohort with the derived covariates added (those whose source column is present). */
    public static CohortTable derive(CohortTable table) throws OutcomeInputException {
        int n = table.size();
        CohortTable t = table;
        t = cut(t, "age", "age_ge55", v -> v >= 55 ? ">=55" : "<55");
        t = cut(t, "kps_before", "kps_lt90", v -> v < 90 ? "<90" : ">=90");
        t = cut(t, "gtv_cc", "gtv_gt60", v -> v > 60 ? ">60" : "<=60");
        t = cut(t, "d90_gy", "d90_gt135", v -> v > 135 ? ">135" : "<=135");
        if (table.has("response")) {
            String[] response = table.levels("response", RESPONSES);
            String[] cr = new String[n];
            for (int i = 0; i < n; i++) {
                cr[i] = response[i] == null ? null : response[i].equals("CR") ? "1" : "0";
            }
            t = t.withColumn("cr", cr);
        }
        return t;
    }

    private static CohortTable cut(CohortTable t, String source, String name, java.util.function.DoubleFunction<String> rule) throws OutcomeInputException {
        if (!t.has(source)) {
            return t;
        }
        double[] v = t.numbers(source);
        String[] out = new String[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Double.isNaN(v[i]) ? null : rule.apply(v[i]);
        }
        return t.withColumn(name, out);
    }

    /** Checks the coded columns of the study layout that are present, listing rows with unknown codes. */
    static void validate(CohortTable t) throws OutcomeInputException {
        Map<String, List<String>> codes = new LinkedHashMap<>();
        codes.put("sex", List.of("M", "F"));
        codes.put("location", LEVEL_ORDERS.get("location"));
        codes.put("grade", List.of("G1", "G2", "G3", "Gx"));
        codes.put("target", List.of("local_recurrence", "oligometastasis"));
        codes.put("method", List.of("CT", "CT_TEMPLATE"));
        codes.put("response", RESPONSES);
        for (Map.Entry<String, List<String>> e : codes.entrySet()) {
            if (t.has(e.getKey())) {
                t.levels(e.getKey(), e.getValue());
            }
        }
        for (String required : List.of("lct_months", "local_progression", "os_months", "death", "response")) {
            if (!t.has(required)) {
                throw new OutcomeInputException(t.source() + ": the study analysis needs column '" + required + "' (see the cohort layout in the README)");
            }
        }
    }

    /** Columns described in Table 1 (those present). */
    public static final List<String> CHARACTERISTICS = List.of("center", "age", "sex", "kps_before", "pain_before", "tumor_size_cm", "location",
            "pathology", "grade", "target", "gtv_cc", "rx_dose_gy", "d90_gy", "needles", "seeds", "seed_activity_mci", "method", "response");

    /** The multivariate models of the study, by endpoint. */
    public static final Map<String, List<String>> MULTIVARIATE = Map.of("lct", List.of("gtv_gt60", "d90_gt135", "method"), "os",
            List.of("location", "grade"));

    /** The study's analyses with its multivariate models and screening at p < 0.05. */
    public static Map<String, Object> run(CohortTable raw, Map<String, String> referenceOverrides) throws OutcomeInputException {
        return run(raw, referenceOverrides, MULTIVARIATE, 0.05);
    }

    /**
     * @param multivariate covariates of the multivariate Cox model per endpoint ("lct", "os")
     * @param screenP      univariate screening: a further multivariate model ("screened") of the covariates
     *                     with a univariate Wald p below this (Efron ties)
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> run(CohortTable raw, Map<String, String> referenceOverrides, Map<String, List<String>> multivariate, double screenP)
            throws OutcomeInputException {
        validate(raw);
        Map<String, String> refs = new LinkedHashMap<>(REFERENCES);
        refs.putAll(referenceOverrides);
        CohortTable t = derive(raw);
        List<String> covariates = new ArrayList<>();
        List<String> constant = new ArrayList<>();
        for (String v : COVARIATES) {
            if (t.has(v)) {
                if (Design.levels(t.levels(v, null), null).size() < 2) {
                    constant.add(v); // one level in this cohort: nothing to compare
                } else {
                    covariates.add(v);
                }
            }
        }
        List<String> needed = new ArrayList<>(List.of("lct_months", "local_progression", "os_months", "death", "response"));
        needed.addAll(covariates);
        Map<String, List<String>> fitted = new LinkedHashMap<>();
        List<String> notFitted = new ArrayList<>();
        for (Map.Entry<String, List<String>> model : multivariate.entrySet()) {
            List<String> absent = model.getValue().stream().filter(v -> !t.has(v) || constant.contains(v)).toList();
            if (!absent.isEmpty()) {
                if (!model.getValue().equals(MULTIVARIATE.get(model.getKey()))) { // a model the user asked for
                    throw new OutcomeInputException(raw.source() + ": the model names " + absent + ", not columns (nor derived covariates: "
                            + String.join(", ", DEFINITIONS.keySet()) + ")");
                }
                notFitted.add(model.getKey() + " ~ " + String.join(" + ", model.getValue()) + " (absent or one level only: " + String.join(", ", absent) + ")");
                continue;
            }
            fitted.put(model.getKey(), model.getValue());
            for (String v : model.getValue()) {
                if (!needed.contains(v)) {
                    needed.add(v);
                }
            }
        }
        Map<String, Integer> dropped = new LinkedHashMap<>();
        List<String> droppedIds = new ArrayList<>();
        CohortTable complete = t.complete(needed, dropped, droppedIds);
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("input", raw.source());
        meta.put("reference_levels", refs);
        meta.put("covariate_definitions", DEFINITIONS);
        meta.put("time_unit", "months");
        meta.put("rows_read", raw.size());
        meta.put("rows_dropped_missing", dropped);
        meta.put("rows_dropped_ids", droppedIds);
        meta.put("covariates", covariates);
        meta.put("covariates_with_one_level", constant);
        meta.put("models_not_fitted", notFitted);
        out.put("meta", meta);
        out.put("characteristics", DescriptiveTables.characteristics(t, CHARACTERISTICS));
        int n = complete.size();
        out.put("N", n);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String r : RESPONSES) {
            counts.put(r, 0);
        }
        for (String r : complete.levels("response", RESPONSES)) {
            counts.merge(r, 1, Integer::sum);
        }
        out.put("response_counts", counts);
        out.put("ORR", (counts.get("CR") + counts.get("PR")) / (double) n);
        out.put("DCR", (counts.get("CR") + counts.get("PR") + counts.get("SD")) / (double) n);
        out.put("CR_rate", counts.get("CR") / (double) n);

        Map<String, SurvivalColumns> endpoints = new LinkedHashMap<>();
        endpoints.put("lct", SurvivalColumns.of(complete, "lct_months", "local_progression"));
        endpoints.put("os", SurvivalColumns.of(complete, "os_months", "death"));
        Map<String, String> formulaLhs = Map.of("lct", "Surv(lct_months, local_progression)", "os", "Surv(os_months, death)");

        Map<String, Object> km = new LinkedHashMap<>();
        Map<String, Object> logrank = new LinkedHashMap<>();
        Map<String, Object> cox = new LinkedHashMap<>();
        for (Map.Entry<String, SurvivalColumns> e : endpoints.entrySet()) {
            SurvivalColumns s = e.getValue();
            KaplanMeier fit = new KaplanMeier(s.time(), s.event());
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("n", fit.n());
            k.put("events", fit.events());
            k.put("times", KM_TIMES);
            k.put("conf_type_log", Reports.km(fit, KM_TIMES, KaplanMeier.ConfType.LOG));
            k.put("conf_type_loglog", Reports.km(fit, KM_TIMES, KaplanMeier.ConfType.LOG_LOG));
            km.put(e.getKey(), k);
            Map<String, Object> lr = new LinkedHashMap<>();
            for (String g : LOGRANK_GROUPS) {
                if (!covariates.contains(g)) {
                    continue;
                }
                lr.put(g, Reports.logRank(LogRankTest.test(s.time(), s.event(), complete.levels(g, null), LEVEL_ORDERS.get(g))));
            }
            logrank.put(e.getKey(), lr);
            Map<String, Object> models = new LinkedHashMap<>();
            Map<String, Object> uni = new LinkedHashMap<>();
            Map<String, Object> multi = new LinkedHashMap<>();
            for (CoxRegression.Ties ties : CoxRegression.Ties.values()) {
                String tiesName = ties.name().toLowerCase(Locale.ROOT);
                Map<String, Object> perVariable = new LinkedHashMap<>();
                for (String v : covariates) {
                    perVariable.put(v, coxModel(complete, s, formulaLhs.get(e.getKey()), List.of(v), refs, ties));
                }
                uni.put(tiesName, perVariable);
                if (fitted.containsKey(e.getKey())) {
                    multi.put(tiesName, coxModel(complete, s, formulaLhs.get(e.getKey()), fitted.get(e.getKey()), refs, ties));
                }
            }
            models.put("univariate", uni);
            models.put("multivariate", multi);
            models.put("screened", screened(complete, s, formulaLhs.get(e.getKey()), refs, (Map<String, Object>) uni.get("efron"), screenP));
            cox.put(e.getKey(), models);
        }
        out.put("km", km);
        out.put("logrank", logrank);
        out.put("cox", cox);

        int[] cr = new int[n];
        double[] crCodes = complete.numbers("cr");
        for (int i = 0; i < n; i++) {
            cr[i] = (int) crCodes[i];
        }
        Map<String, Object> logistic = new LinkedHashMap<>();
        logistic.put("outcome", "response == 'CR' (1) vs PR/SD/PD (0)");
        Map<String, Object> uniLogistic = new LinkedHashMap<>();
        for (String v : covariates) {
            uniLogistic.put(v, logisticModel(complete, cr, List.of(v), refs));
        }
        logistic.put("univariate", uniLogistic);
        if (covariates.contains("gtv_gt60") && covariates.contains("d90_gt135")) {
            logistic.put("multivariate", logisticModel(complete, cr, List.of("gtv_gt60", "d90_gt135"), refs));
        }
        out.put("logistic_cr", logistic);

        if (t.has("pain_before") && t.has("pain_after") && t.has("kps_before") && t.has("kps_after")) {
            out.putAll(painAndKps(complete));
        }
        out.put("follow_up", followUp(endpoints.get("os")));
        return out;
    }

    /** Labels of the nomogram's predictors. */
    static final Map<String, String> LABELS = Map.of("gtv_gt60", "GTV (cc)", "d90_gt135", "D90 (Gy)", "method", "Method", "location", "Location",
            "grade", "Grade");

    /**
     * Nomogram of the multivariate local-control model (Efron ties) with predicted local control at 12 and
     * 36 months, in the key layout of the rms reference.
     */
    public static Nomogram nomogram(CohortTable raw, Map<String, String> referenceOverrides) throws OutcomeInputException {
        Map<String, String> refs = new LinkedHashMap<>(REFERENCES);
        refs.putAll(referenceOverrides);
        List<String> variables = List.of("gtv_gt60", "d90_gt135", "method");
        CohortTable t = derive(raw);
        List<String> needed = new ArrayList<>(List.of("lct_months", "local_progression"));
        needed.addAll(variables);
        CohortTable complete = t.complete(needed, new LinkedHashMap<>());
        SurvivalColumns s = SurvivalColumns.of(complete, "lct_months", "local_progression");
        Design design = new Design(complete, variables, refs, LEVEL_ORDERS, false);
        CoxRegression.Fit fit = new CoxRegression(s.time(), s.event(), design.matrix(), CoxRegression.Ties.EFRON).fit();
        List<Nomogram.Predictor> predictors = new ArrayList<>();
        for (String v : variables) {
            List<String> levels = new ArrayList<>();
            List<Double> xbeta = new ArrayList<>();
            levels.add(refs.get(v));
            xbeta.add(0.0);
            for (int j = 0; j < design.terms().size(); j++) {
                if (design.terms().get(j).variable().equals(v)) {
                    levels.add(design.terms().get(j).level());
                    xbeta.add(fit.coef()[j]);
                }
            }
            predictors.add(new Nomogram.Predictor(v, LABELS.getOrDefault(v, v), levels, xbeta.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        double[][] x = design.matrix();
        double[] lp = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < fit.coef().length; j++) {
                lp[i] += x[i][j] * fit.coef()[j];
            }
        }
        return new Nomogram(predictors, s.time(), s.event(), lp);
    }

    /** Univariate screening: the covariates with any term's Wald p below {@code screenP}, together in one model (Efron). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> screened(CohortTable t, SurvivalColumns s, String lhs, Map<String, String> refs, Map<String, Object> univariate,
            double screenP) throws OutcomeInputException {
        List<String> selected = new ArrayList<>();
        for (Map.Entry<String, Object> e : univariate.entrySet()) {
            for (Object term : (List<Object>) ((Map<String, Object>) e.getValue()).get("terms")) {
                if ((double) ((Map<String, Object>) term).get("p_wald") < screenP && !selected.contains(e.getKey())) {
                    selected.add(e.getKey());
                }
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("screen_p", screenP);
        m.put("selected", selected);
        m.put("model", selected.isEmpty() ? null : coxModel(t, s, lhs, selected, refs, CoxRegression.Ties.EFRON));
        return m;
    }

    static Map<String, Object> coxModel(CohortTable t, SurvivalColumns s, String lhs, List<String> variables, Map<String, String> refs,
            CoxRegression.Ties ties) throws OutcomeInputException {
        Design design = new Design(t, variables, refs, LEVEL_ORDERS, false);
        CoxRegression.Fit fit = new CoxRegression(s.time(), s.event(), design.matrix(), ties).fit();
        return Reports.cox(lhs + " ~ " + String.join(" + ", variables), ties, design, s.time().length, s.events(), fit);
    }

    static Map<String, Object> logisticModel(CohortTable t, int[] y, List<String> variables, Map<String, String> refs) throws OutcomeInputException {
        Design design = new Design(t, variables, refs, LEVEL_ORDERS, true);
        return Reports.logistic("cr ~ " + String.join(" + ", variables), design, y, LogisticRegression.fit(design.matrix(), y));
    }

    static Map<String, Object> painAndKps(CohortTable t) throws OutcomeInputException {
        double[] painBefore = t.numbers("pain_before");
        double[] painAfter = t.numbers("pain_after");
        double[] kpsBefore = t.numbers("kps_before");
        double[] kpsAfter = t.numbers("kps_after");
        List<Double> pb = new ArrayList<>();
        List<Double> pa = new ArrayList<>();
        int relieved = 0;
        int improved = 0;
        double sumPb = 0;
        double sumPa = 0;
        double sumKb = 0;
        double sumKa = 0;
        int n = t.size();
        for (int i = 0; i < n; i++) {
            if (painBefore[i] > 0) {
                pb.add(painBefore[i]);
                pa.add(painAfter[i]);
                if (painAfter[i] < painBefore[i]) {
                    relieved++;
                }
            }
            if (kpsAfter[i] > kpsBefore[i]) {
                improved++;
            }
            sumPb += painBefore[i];
            sumPa += painAfter[i];
            sumKb += kpsBefore[i];
            sumKa += kpsAfter[i];
        }
        Map<String, Object> paired = new LinkedHashMap<>();
        paired.put("pain", Reports.pairedT("pain_before vs pain_after, patients with pain_before > 0", pb.stream().mapToDouble(Double::doubleValue).toArray(),
                pa.stream().mapToDouble(Double::doubleValue).toArray()));
        paired.put("kps", Reports.pairedT("kps_before vs kps_after, all patients", kpsBefore, kpsAfter));
        Map<String, Object> rates = new LinkedHashMap<>();
        rates.put("n_pain_before", pb.size());
        rates.put("n_pain_relieved", relieved);
        rates.put("pain_relief_rate", relieved / (double) pb.size());
        rates.put("pain_relief_definition", "pain_after < pain_before among pain_before > 0");
        rates.put("n_kps_improved", improved);
        rates.put("kps_improvement_rate", improved / (double) n);
        rates.put("kps_improvement_definition", "kps_after > kps_before, denominator N");
        rates.put("mean_pain_before_all", sumPb / n);
        rates.put("mean_pain_after_all", sumPa / n);
        rates.put("mean_kps_before", sumKb / n);
        rates.put("mean_kps_after", sumKa / n);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("paired_t", paired);
        out.put("rates", rates);
        return out;
    }

    /** Median follow-up by reverse Kaplan–Meier (censorings as events), with the observed median and range. */
    static Map<String, Object> followUp(SurvivalColumns os) {
        int[] reverse = new int[os.event().length];
        for (int i = 0; i < reverse.length; i++) {
            reverse[i] = 1 - os.event()[i];
        }
        double[] sorted = os.time().clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("median_reverse_km", Reports.number(new KaplanMeier(os.time(), reverse).median()));
        m.put("median_observed_os_months", n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2);
        m.put("min", sorted[0]);
        m.put("max", sorted[n - 1]);
        return m;
    }
}
