package org.opensabt.outcomes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.SubMonitor;
import org.opensabt.model.PatientCase;
import org.opensabt.model.store.CaseStore;

import com.google.gson.GsonBuilder;

/**
 * The outcome analyses of a cohort, shared by {@code opensabt outcomes}, {@code opensabt analyse}, the
 * Outcomes view, the demo and tests. {@link #run} is the SABT study's analysis ({@link SabtStudy}: tables
 * with R's key names, figures, report) or, with a {@link CustomModel}, Kaplan–Meier and one Cox model on
 * any cohort; it writes {@code outcomes.json} and the figures into the request's folder. {@link #analyses}
 * lists the analyses contributed through the {@value #EXTENSION_POINT} extension point (and those
 * {@link #register registered} in code) and {@link #runAnalysis} runs one by id. Nothing is printed.
 */
public final class StudyAnalysis {

    public static final String EXTENSION_POINT = "org.opensabt.outcomes.analyses";

    /** The cohort: a CSV (one row per patient) or case folders with follow-ups (a folder without a case is searched one level down). */
    public record Cohort(Path csv, List<Path> caseFolders) {
        public static Cohort csv(Path file) {
            return new Cohort(file, null);
        }

        public static Cohort cases(List<Path> folders) {
            return new Cohort(null, List.copyOf(folders));
        }
    }

    /** A custom analysis: Kaplan–Meier of the time/event columns and one Cox model of the covariates (numeric = continuous, text = categorical). */
    public record CustomModel(String timeColumn, String eventColumn, List<String> covariates) {
    }

    /**
     * @param outDir         folder for outcomes.json, the figures and the report (created)
     * @param references     reference level per categorical column (overrides the study's)
     * @param cuts           derived binary covariates, {@code NAME=COLUMN>VALUE}
     * @param multivariate   study analysis: covariates of the multivariate Cox model per endpoint ("lct", "os"); empty: the study's
     * @param screenP        study analysis: univariate screening threshold of the screened model (0 &lt; p &lt; 1)
     * @param adverseEvents  study analysis: adverse-events CSV (patient_id,category,term,grade) for Table 2, or null
     * @param custom         a custom analysis instead of the study's, or null
     * @param analyses       contributed analyses to run on the same cohort (with the cut-points): id → its options; empty for none
     */
    public record Request(Cohort cohort, Path outDir, Map<String, String> references, List<String> cuts, Map<String, List<String>> multivariate,
            double screenP, Path adverseEvents, CustomModel custom, Map<String, Map<String, String>> analyses) {

        /** The study analysis of a cohort with the study's defaults. */
        public static Request study(Cohort cohort, Path outDir) {
            return new Request(cohort, outDir, Map.of(), List.of(), Map.of(), 0.05, null, null, Map.of());
        }

        /** This request with contributed analysis {@code id} run too. */
        public Request withAnalysis(String id, Map<String, String> options) {
            Map<String, Map<String, String>> all = new java.util.LinkedHashMap<>(analyses);
            all.put(id, Map.copyOf(options));
            return new Request(cohort, outDir, references, cuts, multivariate, screenP, adverseEvents, custom, all);
        }
    }

    /** Kaplan–Meier estimate of an endpoint at the study's times (months), log CIs; median null when not reached. */
    public record Survival(String endpoint, double[] timesMonths, double[] survival, Double medianMonths) {
    }

    /** One term of a Cox model: hazard ratio with its 95 % CI and Wald p. */
    public record CoxTerm(String term, double hazardRatio, double lower95, double upper95, double pWald) {
    }

    /** A Cox model (Efron ties). */
    public record CoxModel(String formula, int n, int events, List<CoxTerm> terms, List<String> warnings) {
    }

    /**
     * What an analysis produced.
     *
     * @param tree         the result tree written to outcomes.json (R's key names, numbers with units in keys)
     * @param n            patients analysed (complete rows)
     * @param survival     the study's Kaplan–Meier of local control and overall survival (empty for a custom analysis)
     * @param model        the study's multivariate local-control model, or the custom model; null when not fitted
     * @param outcomesJson the written outcomes.json
     * @param files        the other files written: cohort.csv (case folders), figures (PNG, SVG), nomogram.json, report.html, report.pdf
     * @param summary      the main figures for a person (N, rates, survival, hazard ratios), several lines
     * @param analyses     the results of the contributed analyses of the request, by id (not written to files)
     */
    public record Result(Map<String, Object> tree, int n, List<Survival> survival, CoxModel model, Path outcomesJson, List<Path> files, String summary,
            Map<String, CohortAnalysis.Result> analyses) {

        /** The figures (PNG) among the files. */
        public List<Path> pngFigures() {
            return files.stream().filter(f -> f.getFileName().toString().endsWith(".png")).toList();
        }
    }

    /** An analysis contributed through the extension point (or registered in code): its id, name and contributing bundle. */
    public record AnalysisInfo(String id, String name, String bundle) {
    }

    private record Registered(AnalysisInfo info, Supplier<CohortAnalysis> factory) {
    }

    private static final List<Registered> REGISTERED = new CopyOnWriteArrayList<>();

    private StudyAnalysis() {
    }

    /** Runs the analysis of the request and writes its files; cancellable between steps. */
    public static Result run(Request request, IProgressMonitor monitor) throws OutcomeInputException, IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Outcome analysis", 10);
        Cohort cohort = request.cohort();
        if (cohort == null || (cohort.csv() == null) == (cohort.caseFolders() == null)) {
            throw new OutcomeInputException("give the cohort as a CSV file or as case folders, not both or neither");
        }
        if (request.outDir() == null) {
            throw new OutcomeInputException("the analysis needs an output folder");
        }
        if (request.analyses() != null) {
            for (String id : request.analyses().keySet()) {
                create(id); // an unknown id is refused before anything is computed
            }
        }
        Map<String, String> references = new LinkedHashMap<>(request.references());
        CohortTable table = cohort.csv() != null ? CohortTable.read(cohort.csv()) : casesTable(cohort.caseFolders());
        for (String cut : request.cuts()) {
            table = CutPoint.parse(cut).apply(table, references);
        }
        checkCanceled(progress);
        progress.worked(1);
        Map<String, Object> tree;
        boolean study = request.custom() == null;
        try {
        if (!study) {
            tree = custom(table, references, request.custom());
        } else {
            Map<String, List<String>> multivariate = new LinkedHashMap<>(SabtStudy.MULTIVARIATE);
            for (Map.Entry<String, List<String>> m : request.multivariate().entrySet()) {
                if (!SabtStudy.MULTIVARIATE.containsKey(m.getKey())) {
                    throw new OutcomeInputException("a multivariate model of the study analysis is for endpoint lct or os, not " + m.getKey());
                }
                multivariate.put(m.getKey(), m.getValue());
            }
            if (!(request.screenP() > 0 && request.screenP() < 1)) {
                throw new OutcomeInputException("the screening threshold must lie between 0 and 1, is " + request.screenP());
            }
            tree = SabtStudy.run(table, references, multivariate, request.screenP());
            if (request.adverseEvents() != null) {
                tree.put("adverse_events", DescriptiveTables.adverseEvents(request.adverseEvents(), table));
            }
        }
        } catch (org.hipparchus.exception.MathRuntimeException e) {
            // e.g. a model fit on two patients: bad input for this analysis, not a bug
            throw new OutcomeInputException("the cohort (" + table.size() + " patients) is too small or too uniform for "
                    + (study ? "the study analysis" : "this model") + ": " + e.getMessage(), e);
        }
        // contributed analyses before any file is written: a failing one leaves nothing half done
        Map<String, CohortAnalysis.Result> contributed = new LinkedHashMap<>();
        Map<String, Map<String, String>> requested = request.analyses() == null ? Map.of() : request.analyses();
        for (Map.Entry<String, Map<String, String>> a : requested.entrySet()) {
            checkCanceled(progress);
            contributed.put(a.getKey(), create(a.getKey()).analyse(table, a.getValue()));
        }
        checkCanceled(progress);
        progress.worked(4);
        Path dir = request.outDir();
        List<Path> files = new ArrayList<>();
        Path file = dir.resolve("outcomes.json");
        Files.createDirectories(dir);
        writeAtomically(dir, file, new GsonBuilder().serializeNulls().setPrettyPrinting().serializeSpecialFloatingPointValues().create().toJson(tree));
        if (cohort.caseFolders() != null) {
            table.write(dir.resolve("cohort.csv"));
            files.add(dir.resolve("cohort.csv"));
        }
        if (study) {
            checkCanceled(progress);
            Nomogram nomogram = StudyFigures.nomogramPossible(tree) ? SabtStudy.nomogram(table, references) : null;
            files.addAll(StudyFigures.write(table, tree, nomogram, dir));
            if (nomogram != null) {
                Path nomogramFile = dir.resolve("nomogram.json");
                writeAtomically(dir, nomogramFile, new GsonBuilder().setPrettyPrinting().create().toJson(nomogram.toJson(new double[] { 12, 36 }, "lc")));
                files.add(nomogramFile);
            }
        }
        progress.worked(5);
        return new Result(tree, ((Number) tree.get("N")).intValue(), survival(tree), model(tree), file, List.copyOf(files), summary(tree),
                java.util.Collections.unmodifiableMap(contributed));
    }

    // ------------------------------------------------------------------ contributed analyses

    /** The analyses contributed through the extension point and registered in code, sorted by id. */
    public static List<AnalysisInfo> analyses() {
        List<AnalysisInfo> list = new ArrayList<>();
        for (IConfigurationElement e : contributed()) {
            list.add(new AnalysisInfo(e.getAttribute("id"), e.getAttribute("name"), e.getContributor().getName()));
        }
        for (Registered r : REGISTERED) {
            list.add(r.info());
        }
        list.sort((a, b) -> a.id().compareTo(b.id()));
        return list;
    }

    /**
     * Registers an analysis in code (e.g. from a test or a bundle without plugin.xml) until the returned handle
     * is closed; it is listed and run like a contributed one.
     */
    public static AutoCloseable register(AnalysisInfo info, Supplier<CohortAnalysis> factory) {
        Registered r = new Registered(info, factory);
        REGISTERED.add(r);
        return () -> REGISTERED.remove(r);
    }

    /**
     * Runs analysis {@code id} on a cohort CSV with its options ({@code key=value}).
     *
     * @throws OutcomeInputException for an unknown id, an analysis that cannot be created, or bad input (the analysis's message)
     */
    public static CohortAnalysis.Result runAnalysis(String id, Path cohortCsv, Map<String, String> options, IProgressMonitor monitor)
            throws OutcomeInputException {
        SubMonitor progress = SubMonitor.convert(monitor, "Analysis " + id, 2);
        CohortAnalysis analysis = create(id);
        if (cohortCsv == null) {
            throw new OutcomeInputException("a cohort CSV is required to run analysis '" + id + "'");
        }
        CohortTable table = CohortTable.read(cohortCsv);
        checkCanceled(progress);
        progress.worked(1);
        CohortAnalysis.Result result = analysis.analyse(table, options);
        progress.worked(1);
        return result;
    }

    /** A fresh instance of analysis {@code id}; the message lists the installed ids when there is none. */
    public static CohortAnalysis create(String id) throws OutcomeInputException {
        for (Registered r : REGISTERED) {
            if (r.info().id().equals(id)) {
                return r.factory().get();
            }
        }
        for (IConfigurationElement e : contributed()) {
            if (id.equals(e.getAttribute("id"))) {
                try {
                    return (CohortAnalysis) e.createExecutableExtension("class");
                } catch (CoreException | ClassCastException ex) {
                    throw new OutcomeInputException("analysis '" + id + "' from " + e.getContributor().getName() + " cannot be created: " + ex.getMessage());
                }
            }
        }
        throw new OutcomeInputException("no analysis '" + id + "' is installed (installed: "
                + String.join(", ", analyses().stream().map(AnalysisInfo::id).toList()) + ")");
    }

    private static List<IConfigurationElement> contributed() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        List<IConfigurationElement> list = new ArrayList<>();
        if (registry != null) {
            for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
                if ("analysis".equals(e.getName()) && e.getAttribute("id") != null) {
                    list.add(e);
                }
            }
        }
        return list;
    }

    // ------------------------------------------------------------------ helpers

    private static void checkCanceled(SubMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    private static void writeAtomically(Path dir, Path file, String text) throws IOException {
        Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The cohort of case folders (a folder without case.xmi is searched one level down). */
    private static CohortTable casesTable(List<Path> given) throws OutcomeInputException {
        List<Path> folders = CaseCohort.folders(given);
        CaseStore store = new CaseStore();
        List<PatientCase> loaded = new ArrayList<>();
        for (Path folder : folders) {
            try {
                loaded.add(store.load(folder));
            } catch (IOException e) {
                throw new OutcomeInputException(e.getMessage());
            }
        }
        return CaseCohort.of(folders.size() + " case folder(s)", loaded);
    }

    private static Map<String, Object> custom(CohortTable table, Map<String, String> references, CustomModel model) throws OutcomeInputException {
        if (model.timeColumn() == null || model.eventColumn() == null || model.covariates() == null || model.covariates().isEmpty()) {
            throw new OutcomeInputException("a custom analysis needs a time column, an event column and at least one covariate");
        }
        List<String> variables = model.covariates();
        List<String> needed = new ArrayList<>(List.of(model.timeColumn(), model.eventColumn()));
        needed.addAll(variables);
        Map<String, Integer> dropped = new LinkedHashMap<>();
        List<String> droppedIds = new ArrayList<>();
        CohortTable complete = table.complete(needed, dropped, droppedIds);
        SurvivalColumns s = SurvivalColumns.of(complete, model.timeColumn(), model.eventColumn());
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("input", table.source());
        meta.put("rows_read", table.size());
        meta.put("rows_dropped_missing", dropped);
        meta.put("rows_dropped_ids", droppedIds);
        meta.put("reference_levels", references);
        out.put("meta", meta);
        out.put("N", complete.size());
        KaplanMeier km = new KaplanMeier(s.time(), s.event());
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("n", km.n());
        k.put("events", km.events());
        k.put("conf_type_log", Reports.km(km, new double[0], KaplanMeier.ConfType.LOG));
        out.put("km", k);
        Design design = new Design(complete, variables, references, Map.of(), false);
        Map<String, Object> cox = new LinkedHashMap<>();
        for (CoxRegression.Ties ties : CoxRegression.Ties.values()) {
            cox.put(ties.name().toLowerCase(Locale.ROOT), Reports.cox("Surv(" + model.timeColumn() + ", " + model.eventColumn() + ") ~ " + String.join(" + ", variables),
                    ties, design, complete.size(), s.events(), new CoxRegression(s.time(), s.event(), design.matrix(), ties).fit()));
        }
        out.put("cox", cox);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Survival> survival(Map<String, Object> tree) {
        Map<String, Object> km = (Map<String, Object>) tree.get("km");
        List<Survival> out = new ArrayList<>();
        for (String endpoint : List.of("lct", "os")) {
            if (!(km.get(endpoint) instanceof Map)) {
                continue;
            }
            Map<String, Object> k = (Map<String, Object>) km.get(endpoint);
            Map<String, Object> log = (Map<String, Object>) k.get("conf_type_log");
            List<Object> surv = (List<Object>) log.get("surv");
            double[] s = new double[surv.size()];
            for (int i = 0; i < s.length; i++) {
                s[i] = ((Number) surv.get(i)).doubleValue();
            }
            Object median = log.get("median");
            out.add(new Survival(endpoint, ((double[]) k.get("times")).clone(), s, median instanceof Number m ? m.doubleValue() : null));
        }
        return List.copyOf(out);
    }

    @SuppressWarnings("unchecked")
    private static CoxModel model(Map<String, Object> tree) {
        Map<String, Object> cox = (Map<String, Object>) tree.get("cox");
        Map<String, Object> m = cox.containsKey("lct")
                ? (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) cox.get("lct")).get("multivariate")).get("efron")
                : (Map<String, Object>) cox.get("efron");
        if (m == null) {
            return null;
        }
        List<CoxTerm> terms = new ArrayList<>();
        for (Object o : (List<Object>) m.get("terms")) {
            Map<String, Object> t = (Map<String, Object>) o;
            terms.add(new CoxTerm((String) t.get("term"), (double) t.get("HR"), (double) t.get("lower95"), (double) t.get("upper95"), (double) t.get("p_wald")));
        }
        List<String> warnings = new ArrayList<>();
        for (Object w : (List<Object>) m.get("warnings")) {
            warnings.add(String.valueOf(w));
        }
        return new CoxModel((String) m.get("formula"), ((Number) m.get("n")).intValue(), ((Number) m.get("nevent")).intValue(), List.copyOf(terms),
                List.copyOf(warnings));
    }

    /** The summary for a person: N, response rates, local control and survival, the Cox model's hazard ratios. */
    @SuppressWarnings("unchecked")
    static String summary(Map<String, Object> r) {
        StringBuilder text = new StringBuilder();
        text.append("N = ").append(r.get("N"));
        Map<String, Integer> dropped = (Map<String, Integer>) ((Map<String, Object>) r.get("meta")).get("rows_dropped_missing");
        if (!dropped.isEmpty()) {
            text.append(" (rows dropped for missing values: ").append(dropped).append(')');
        }
        if (r.containsKey("ORR")) {
            text.append(String.format(Locale.ROOT, "; ORR %.1f %%, DCR %.1f %%, CR %.1f %%", 100 * (double) r.get("ORR"), 100 * (double) r.get("DCR"),
                    100 * (double) r.get("CR_rate")));
        }
        Map<String, Object> km = (Map<String, Object>) r.get("km");
        if (km.containsKey("lct")) {
            for (String endpoint : List.of("lct", "os")) {
                Map<String, Object> log = (Map<String, Object>) ((Map<String, Object>) km.get(endpoint)).get("conf_type_log");
                List<Double> surv = (List<Double>) (List<?>) log.get("surv");
                text.append(String.format(Locale.ROOT, "%n%s: 1/3/5-year %.1f / %.1f / %.1f %%, median %s months", endpoint.equals("lct") ? "Local control"
                        : "Overall survival", 100 * surv.get(0), 100 * surv.get(1), 100 * surv.get(2), log.get("median") == null ? "not reached," : log.get("median")));
            }
        }
        Map<String, Object> cox = (Map<String, Object>) r.get("cox");
        Map<String, Object> model = cox.containsKey("lct") ? (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) cox.get("lct"))
                .get("multivariate")).get("efron") : (Map<String, Object>) cox.get("efron");
        if (model == null) {
            Map<String, Object> meta = (Map<String, Object>) r.get("meta");
            return text.append("\nMultivariate Cox model not fitted: ").append(meta.get("models_not_fitted")).append("; covariates with one level: ")
                    .append(meta.get("covariates_with_one_level")).toString();
        }
        text.append(String.format(Locale.ROOT, "%nCox (Efron) %s:", model.get("formula")));
        for (Object o : (List<Object>) model.get("terms")) {
            Map<String, Object> t = (Map<String, Object>) o;
            text.append(String.format(Locale.ROOT, "%n  %-28s HR %.3f (95%% CI %.3f–%.3f), p = %.3g", t.get("term"), (double) t.get("HR"),
                    (double) t.get("lower95"), (double) t.get("upper95"), (double) t.get("p_wald")));
        }
        for (Object w : (List<Object>) model.get("warnings")) {
            text.append("\n  warning: ").append(w);
        }
        return text.toString();
    }
}
