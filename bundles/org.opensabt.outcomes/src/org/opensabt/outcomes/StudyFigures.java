package org.opensabt.outcomes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opensabt.outcomes.figures.ForestPlot;
import org.opensabt.outcomes.figures.KaplanMeierPlot;
import org.opensabt.outcomes.figures.NomogramPlot;
import org.opensabt.outcomes.figures.Report;
import org.opensabt.outcomes.figures.WaterfallPlot;

/** The study's figures (PNG + SVG) and its report (HTML + PDF) from a cohort and its analysis result. */
final class StudyFigures {

    private StudyFigures() {
    }

    @SuppressWarnings("unchecked")
    /** @param nomogram the local-control nomogram, or null when its model was not fitted on this cohort */
    static List<Path> write(CohortTable raw, Map<String, Object> result, Nomogram nomogram, Path dir) throws OutcomeInputException, IOException {
        CohortTable t = SabtStudy.derive(raw);
        List<String> needed = new ArrayList<>(List.of("lct_months", "local_progression", "os_months", "death", "method", "pain_before", "pain_after",
                "kps_before", "kps_after"));
        t = t.complete(needed, new LinkedHashMap<>());
        List<Path> written = new ArrayList<>();
        Report report = new Report("OpenSABT outcome analysis: " + raw.source());
        report.table("Table 1: patient characteristics", org.opensabt.outcomes.DescriptiveTables.characteristicsText(
                (Map<String, Object>) result.get("characteristics"), raw.size()));
        if (result.containsKey("adverse_events")) {
            report.table("Table 2: adverse events (patients at their worst CTCAE grade, % of N = " + result.get("N") + ")",
                    org.opensabt.outcomes.DescriptiveTables.adverseEventsText((Map<String, Object>) result.get("adverse_events")));
        }
        report.table("Response and rates", responseTable(result));

        SurvivalColumns lct = SurvivalColumns.of(t, "lct_months", "local_progression");
        SurvivalColumns os = SurvivalColumns.of(t, "os_months", "death");
        String[] method = t.levels("method", null);
        List<KaplanMeierPlot.Curve> byMethod = new ArrayList<>();
        for (String level : List.of("CT", "CT_TEMPLATE")) {
            byMethod.add(curve(level.equals("CT") ? "CT-guided" : "CT-guided + 3D template", lct, method, level));
        }
        Map<String, Object> lrMethod = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) result.get("logrank")).get("lct")).get("method");
        Path p = new KaplanMeierPlot("Local control by implant method", "Months after implant", "Local control probability", byMethod,
                lrMethod == null ? null : String.format(Locale.ROOT, "log-rank p = %.3g", (double) lrMethod.get("p")), 72, 12).write(dir.resolve("km-local-control-by-method"));
        written.add(p);
        report.figure("Kaplan–Meier: local control by method", p);
        p = new KaplanMeierPlot("Overall survival", "Months after implant", "Survival probability",
                List.of(curve("All patients", os, null, null)), null, 72, 12).write(dir.resolve("km-overall-survival"));
        written.add(p);
        report.figure("Kaplan–Meier: overall survival", p);
        report.table("Kaplan–Meier at 12, 36, 60 months (log CI)", kmTable(result));

        Map<String, Object> cox = (Map<String, Object>) result.get("cox");
        for (String endpoint : List.of("lct", "os")) {
            String name = endpoint.equals("lct") ? "local control" : "overall survival";
            Map<String, Object> models = (Map<String, Object>) cox.get(endpoint);
            List<ForestPlot.Row> uni = new ArrayList<>();
            for (Object model : ((Map<String, Object>) ((Map<String, Object>) models.get("univariate")).get("efron")).values()) {
                uni.addAll(rows((Map<String, Object>) model, "HR"));
            }
            p = new ForestPlot("Univariate Cox models: " + name + " (Efron ties)", "HR", uni).write(dir.resolve("forest-univariate-" + endpoint));
            written.add(p);
            report.figure("Forest plot: univariate Cox, " + name, p);
            Map<String, Object> multi = (Map<String, Object>) ((Map<String, Object>) models.get("multivariate")).get("efron");
            if (multi == null) {
                continue; // the cohort lacks a covariate of this model (see meta.models_not_fitted)
            }
            p = new ForestPlot("Multivariate Cox model: " + name + " (Efron ties)", "HR", rows(multi, "HR"))
                    .write(dir.resolve("forest-multivariate-" + endpoint));
            written.add(p);
            report.figure("Forest plot: multivariate Cox, " + name, p);
            report.table("Multivariate Cox, " + name + " (Efron)", coxTable(multi));
        }
        double[] pb = t.numbers("pain_before");
        double[] pa = t.numbers("pain_after");
        double[] kb = t.numbers("kps_before");
        double[] ka = t.numbers("kps_after");
        double[] pain = new double[pb.length];
        double[] kps = new double[kb.length];
        for (int i = 0; i < pb.length; i++) {
            pain[i] = pa[i] - pb[i];
            kps[i] = ka[i] - kb[i];
        }
        if (raw.has("tumor_change_pct")) {
            double[] change = java.util.Arrays.stream(raw.numbers("tumor_change_pct")).filter(Double::isFinite).toArray();
            p = new WaterfallPlot("Best change in tumour size (%, RECIST sum of diameters)", "Change (%)", change, "shrank", "grew", false)
                    .write(dir.resolve("waterfall-tumour-response"));
            written.add(p);
            report.figure("Waterfall: tumour response", p);
        } else {
            report.table("Waterfall: tumour response", "Not drawn: the cohort has no tumor_change_pct column (per-patient best % change in size);"
                    + " response categories are in the tables above.");
        }
        p = new WaterfallPlot("Change in pain (NRS, after − before implant)", "NRS change", pain, "less pain", "more pain", false).write(dir.resolve("waterfall-pain"));
        written.add(p);
        report.figure("Waterfall: pain change", p);
        p = new WaterfallPlot("Change in KPS (after − before implant)", "KPS change", kps, "worse", "better", true).write(dir.resolve("waterfall-kps"));
        written.add(p);
        report.figure("Waterfall: KPS change", p);
        report.table("Paired t-tests", pairedTable(result));

        if (nomogram != null) {
            p = new NomogramPlot("Nomogram: local control (Cox, gtv_gt60 + d90_gt135 + method)", nomogram, nomogram.predictors(), new double[] { 12, 36 })
                    .write(dir.resolve("nomogram-local-control"));
            written.add(p);
            report.figure("Nomogram", p);
        } else {
            report.table("Nomogram", "Not drawn: the local-control model gtv_gt60 + d90_gt135 + method was not fitted on this cohort (see meta.models_not_fitted).");
        }
        Path html = dir.resolve("report.html");
        report.writeHtml(html);
        Path pdf = dir.resolve("report.pdf");
        report.writePdf(pdf);
        written.add(html);
        written.add(pdf);
        return written;
    }

    /** Whether the study's local-control model (the nomogram's) was fitted on this cohort. */
    @SuppressWarnings("unchecked")
    static boolean nomogramPossible(Map<String, Object> result) {
        Map<String, Object> lct = (Map<String, Object>) ((Map<String, Object>) result.get("cox")).get("lct");
        Map<String, Object> multi = (Map<String, Object>) ((Map<String, Object>) lct.get("multivariate")).get("efron");
        return multi != null && ((String) multi.get("formula")).endsWith("~ gtv_gt60 + d90_gt135 + method");
    }

    private static KaplanMeierPlot.Curve curve(String label, SurvivalColumns s, String[] group, String level) {
        List<Double> time = new ArrayList<>();
        List<Integer> event = new ArrayList<>();
        List<Double> censored = new ArrayList<>();
        for (int i = 0; i < s.time().length; i++) {
            if (group == null || level.equals(group[i])) {
                time.add(s.time()[i]);
                event.add(s.event()[i]);
                if (s.event()[i] == 0) {
                    censored.add(s.time()[i]);
                }
            }
        }
        return new KaplanMeierPlot.Curve(label, new KaplanMeier(time.stream().mapToDouble(Double::doubleValue).toArray(),
                event.stream().mapToInt(Integer::intValue).toArray()), censored.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @SuppressWarnings("unchecked")
    private static List<ForestPlot.Row> rows(Map<String, Object> model, String ratio) {
        List<ForestPlot.Row> rows = new ArrayList<>();
        for (Object o : (List<Object>) model.get("terms")) {
            Map<String, Object> t = (Map<String, Object>) o;
            String label = t.get("level") == null ? (String) t.get("term") : t.get("variable") + ": " + t.get("level") + " vs " + t.get("reference");
            rows.add(new ForestPlot.Row(label, (double) t.get(ratio), (double) t.get("lower95"), (double) t.get("upper95"), (double) t.get("p_wald")));
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static String responseTable(Map<String, Object> r) {
        Map<String, Object> rates = (Map<String, Object>) r.get("rates");
        Map<String, Object> follow = (Map<String, Object>) r.get("follow_up");
        return String.format(Locale.ROOT, "N = %s; responses %s%nORR %.1f %%   DCR %.1f %%   CR rate %.1f %%%n"
                + "Pain relief %s of %s (%.1f %%)   KPS improved %s of %s (%.1f %%)%n"
                + "Median follow-up (reverse Kaplan–Meier) %s months; observed %s–%s months", r.get("N"), r.get("response_counts"),
                100 * (double) r.get("ORR"), 100 * (double) r.get("DCR"), 100 * (double) r.get("CR_rate"), rates.get("n_pain_relieved"),
                rates.get("n_pain_before"), 100 * (double) rates.get("pain_relief_rate"), rates.get("n_kps_improved"), r.get("N"),
                100 * (double) rates.get("kps_improvement_rate"), follow.get("median_reverse_km"), follow.get("min"), follow.get("max"));
    }

    @SuppressWarnings("unchecked")
    private static String kmTable(Map<String, Object> r) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-18s %8s %8s %8s %8s %18s%n", "endpoint", "months", "at risk", "S(t)", "SE",
                "95 % CI"));
        for (String endpoint : List.of("lct", "os")) {
            Map<String, Object> k = (Map<String, Object>) ((Map<String, Object>) r.get("km")).get(endpoint);
            Map<String, Object> log = (Map<String, Object>) k.get("conf_type_log");
            double[] times = (double[]) k.get("times");
            for (int i = 0; i < times.length; i++) {
                s.append(String.format(Locale.ROOT, "%-18s %8.0f %8s %8s %8s %8s–%s%n", endpoint.equals("lct") ? "local control" : "overall survival",
                        times[i], ((List<Object>) log.get("n_risk")).get(i), orNa(((List<Object>) log.get("surv")).get(i)),
                        orNa(((List<Object>) log.get("std_err_surv")).get(i)), orNa(((List<Object>) log.get("lower95")).get(i)),
                        orNa(((List<Object>) log.get("upper95")).get(i))));
            }
            s.append(String.format(Locale.ROOT, "%-18s median %s months (95 %% CI %s–%s)%n", "", log.get("median"), log.get("median_lcl95"),
                    log.get("median_ucl95") == null ? "NA" : log.get("median_ucl95")));
        }
        return s.toString();
    }

    /** A number with three decimals, or NA where it is undefined (e.g. the log-scale CI once S(t) = 0, as R's survfit gives NA). */
    private static String orNa(Object value) {
        return value == null ? "NA" : String.format(Locale.ROOT, "%.3f", (double) value);
    }

    @SuppressWarnings("unchecked")
    private static String coxTable(Map<String, Object> model) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-34s %9s %8s %8s %17s %10s%n", "term", "coef", "SE", "HR", "95 % CI", "p"));
        for (Object o : (List<Object>) model.get("terms")) {
            Map<String, Object> t = (Map<String, Object>) o;
            s.append(String.format(Locale.ROOT, "%-34s %9.4f %8.4f %8.3f %8.3f–%-8.3f %10.3g%n", t.get("term"), (double) t.get("coef"), (double) t.get("se"),
                    (double) t.get("HR"), (double) t.get("lower95"), (double) t.get("upper95"), (double) t.get("p_wald")));
        }
        Map<String, Object> lr = (Map<String, Object>) model.get("lr_test");
        s.append(String.format(Locale.ROOT, "likelihood ratio chi2 %.2f on %s df, p = %.3g; concordance %.3f", (double) lr.get("chisq"), lr.get("df"),
                (double) lr.get("p"), (double) model.get("concordance")));
        return s.toString();
    }

    @SuppressWarnings("unchecked")
    private static String pairedTable(Map<String, Object> r) {
        StringBuilder s = new StringBuilder();
        for (String k : List.of("pain", "kps")) {
            Map<String, Object> t = (Map<String, Object>) ((Map<String, Object>) r.get("paired_t")).get(k);
            s.append(String.format(Locale.ROOT, "%s: n = %s, mean before %.2f, after %.2f, difference %.2f (95 %% CI %.2f–%.2f), t = %.2f on %s df, p = %.3g%n",
                    t.get("comparison"), t.get("n"), (double) t.get("mean_x"), (double) t.get("mean_y"), (double) t.get("mean_difference"),
                    (double) t.get("ci95_lower"), (double) t.get("ci95_upper"), (double) t.get("t"), t.get("df"), (double) t.get("p")));
        }
        return s.toString();
    }
}
