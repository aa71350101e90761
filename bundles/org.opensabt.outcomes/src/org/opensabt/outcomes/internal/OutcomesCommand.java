package org.opensabt.outcomes.internal;

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

import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.outcomes.CohortTable;
import org.opensabt.outcomes.CoxRegression;
import org.opensabt.outcomes.Design;
import org.opensabt.outcomes.KaplanMeier;
import org.opensabt.outcomes.Nomogram;
import org.opensabt.outcomes.OutcomeInputException;
import org.opensabt.outcomes.Reports;
import org.opensabt.outcomes.StudyAnalysis;
import org.opensabt.outcomes.SurvivalColumns;

import com.google.gson.GsonBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "outcomes", description = { "Outcome analysis of a cohort CSV: by default the SABT study's analyses (response, Kaplan–Meier, log-rank,",
        "Cox Efron/Breslow, logistic for CR, paired t, rates, follow-up) with R's key names; or, with --time, --event and --model,",
        "Kaplan–Meier and a Cox model on any CSV. Writes <out>/outcomes.json." })
public final class OutcomesCommand implements CliCommand {

    @Option(names = "--cohort", paramLabel = "CSV", description = "Cohort CSV (one row per patient, header row).")
    String cohort;

    @Option(names = "--cases", arity = "1..*", paramLabel = "CASE", description = "Instead of --cohort: case folders (or folders of case folders) with follow-ups.")
    List<String> cases;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for outcomes.json (created).")
    String out;

    @Option(names = "--ref", paramLabel = "COLUMN=LEVEL", description = "Reference level of a categorical covariate (repeatable).")
    List<String> refs = new ArrayList<>();

    @Option(names = "--cut", paramLabel = "NAME=COLUMN>VALUE", description = "Derived binary covariate from a cut-point (repeatable), e.g. gtv_gt80=gtv_cc>80.")
    List<String> cuts = new ArrayList<>();

    @Option(names = "--time", paramLabel = "COLUMN", description = "Custom analysis: time column (positive, any unit).")
    String timeColumn;

    @Option(names = "--event", paramLabel = "COLUMN", description = "Custom analysis: event column (1 = event, 0 = censored).")
    String eventColumn;

    @Option(names = "--model", paramLabel = "\"[y ~] a + b\"", description = { "Cox model covariates (numeric = continuous, text = categorical).",
            "Study analysis: \"lct ~ …\" or \"os ~ …\" replaces that endpoint's multivariate model (repeatable).",
            "Custom analysis (with --time/--event): the one model." })
    List<String> models = new ArrayList<>();

    @Option(names = "--screen-p", defaultValue = "0.05", paramLabel = "P", description = "Study analysis: univariate screening threshold for the screened multivariate model (default: ${DEFAULT-VALUE}).")
    double screenP;

    @Option(names = "--adverse-events", paramLabel = "CSV", description = "Adverse events (patient_id,category,term,grade) for Table 2.")
    String adverseEvents;


    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        Map<String, String> references = new LinkedHashMap<>();
        for (String r : refs) {
            int eq = r.indexOf('=');
            if (eq <= 0) {
                throw new CommandException("--ref takes COLUMN=LEVEL, not " + r);
            }
            references.put(r.substring(0, eq).strip(), r.substring(eq + 1).strip());
        }
        Path dir = context.resolve(out);
        Map<String, Object> result;
        List<Path> figures = new ArrayList<>();
        CohortTable table;
        boolean study;
        try {
            if ((cohort == null) == (cases == null)) {
                throw new CommandException("give the cohort as --cohort CSV or as --cases CASE…");
            }
            table = cohort != null ? CohortTable.read(context.resolve(cohort)) : casesTable(context);
            for (String cut : cuts) {
                table = org.opensabt.outcomes.CutPoint.parse(cut).apply(table, references);
            }
            if (timeColumn != null || eventColumn != null) {
                if (timeColumn == null || eventColumn == null || models.size() != 1) {
                    throw new CommandException("a custom analysis needs --time, --event and one --model together");
                }
                result = custom(table, references, models.get(0));
                study = false;
            } else {
                Map<String, List<String>> multivariate = new LinkedHashMap<>(StudyAnalysis.MULTIVARIATE);
                for (String m : models) {
                    int tilde = m.indexOf('~');
                    String endpoint = tilde < 0 ? "" : m.substring(0, tilde).strip();
                    if (!multivariate.containsKey(endpoint)) {
                        throw new CommandException("--model for the study analysis is \"lct ~ a + b\" or \"os ~ a + b\", not " + m
                                + " (use --time and --event for other endpoints)");
                    }
                    multivariate.put(endpoint, covariates(m));
                }
                if (!(screenP > 0 && screenP < 1)) {
                    throw new CommandException("--screen-p must lie between 0 and 1, is " + screenP);
                }
                result = StudyAnalysis.run(table, references, multivariate, screenP);
                if (adverseEvents != null) {
                    result.put("adverse_events", org.opensabt.outcomes.DescriptiveTables.adverseEvents(context.resolve(adverseEvents), table));
                }
                study = true;
            }
        } catch (OutcomeInputException e) {
            throw new CommandException(e.getMessage(), e);
        }
        Path file = dir.resolve("outcomes.json");
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".outcomes", ".tmp");
            Files.writeString(temp, new GsonBuilder().serializeNulls().setPrettyPrinting().serializeSpecialFloatingPointValues().create().toJson(result),
                    StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            if (cases != null) {
                table.write(dir.resolve("cohort.csv"));
                figures.add(dir.resolve("cohort.csv"));
            }
            if (study) {
                Nomogram nomogram = StudyFigures.nomogramPossible(result) ? StudyAnalysis.nomogram(table, references) : null;
                figures.addAll(StudyFigures.write(table, result, nomogram, dir));
                if (nomogram != null) {
                    Path nomogramFile = dir.resolve("nomogram.json");
                    Path tempNomogram = Files.createTempFile(dir, ".nomogram", ".tmp");
                    Files.writeString(tempNomogram, new GsonBuilder().setPrettyPrinting().create().toJson(nomogram.toJson(new double[] { 12, 36 }, "lc")),
                            StandardCharsets.UTF_8);
                    Files.move(tempNomogram, nomogramFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    figures.add(nomogramFile);
                }
            }
        } catch (IOException e) {
            throw new CommandException(dir + ": cannot write: " + e.getMessage(), e);
        } catch (OutcomeInputException e) {
            throw new CommandException(e.getMessage(), e);
        }
        result.put("files", figures.stream().map(Path::toString).toList());
        return CommandResult.of(summary(result) + "\nWrote " + file + (figures.isEmpty() ? "" : " and " + figures.size() + " figures/reports in " + dir), result);
    }

    /** The cohort of the given case folders (a folder without case.xmi is searched one level down). */
    private CohortTable casesTable(CommandContext context) throws CommandException, OutcomeInputException {
        List<org.opensabt.model.PatientCase> loaded = new ArrayList<>();
        org.opensabt.model.store.CaseStore store = new org.opensabt.model.store.CaseStore(context.productVersion());
        List<Path> folders = new ArrayList<>();
        for (String c : cases) {
            Path p = context.resolve(c);
            if (Files.exists(p.resolve(org.opensabt.model.store.CaseStore.CASE_FILE))) {
                folders.add(p);
            } else if (Files.isDirectory(p)) {
                try (java.util.stream.Stream<Path> children = Files.list(p)) {
                    children.filter(d -> Files.exists(d.resolve(org.opensabt.model.store.CaseStore.CASE_FILE))).sorted().forEach(folders::add);
                } catch (IOException e) {
                    throw new CommandException(p + ": cannot list: " + e.getMessage(), e);
                }
            } else {
                throw new CommandException(p + ": no such case folder");
            }
        }
        if (folders.isEmpty()) {
            throw new CommandException("no case folders in " + cases);
        }
        for (Path folder : folders) {
            try {
                loaded.add(store.load(folder));
            } catch (IOException e) {
                throw new CommandException(e.getMessage(), e);
            }
        }
        return org.opensabt.outcomes.CaseCohort.of(folders.size() + " case folder(s)", loaded);
    }

    private static List<String> covariates(String model) throws CommandException {
        String rhs = model.contains("~") ? model.substring(model.indexOf('~') + 1) : model;
        List<String> variables = new ArrayList<>();
        for (String v : rhs.split("\\+")) {
            if (!v.isBlank()) {
                variables.add(v.strip());
            }
        }
        if (variables.isEmpty()) {
            throw new CommandException("--model names no covariate: " + model);
        }
        return variables;
    }

    private Map<String, Object> custom(CohortTable table, Map<String, String> references, String model) throws OutcomeInputException, CommandException {
        List<String> variables = covariates(model);
        List<String> needed = new ArrayList<>(List.of(timeColumn, eventColumn));
        needed.addAll(variables);
        Map<String, Integer> dropped = new LinkedHashMap<>();
        List<String> droppedIds = new ArrayList<>();
        CohortTable complete = table.complete(needed, dropped, droppedIds);
        SurvivalColumns s = SurvivalColumns.of(complete, timeColumn, eventColumn);
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
            cox.put(ties.name().toLowerCase(Locale.ROOT), Reports.cox("Surv(" + timeColumn + ", " + eventColumn + ") ~ " + String.join(" + ", variables),
                    ties, design, complete.size(), s.events(), new CoxRegression(s.time(), s.event(), design.matrix(), ties).fit()));
        }
        out.put("cox", cox);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static String summary(Map<String, Object> r) {
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
