package org.opensabt.outcomes.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.outcomes.OutcomeInputException;
import org.opensabt.outcomes.SabtStudy;
import org.opensabt.outcomes.StudyAnalysis;

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


    @Option(names = "--lc-model-out", paramLabel = "DIR", description = { "Also fit the local-control models for predictions at planning time and write them",
            "to DIR as <id>.json: D90 dichotomised at 135 Gy, and D90 as a spline when the cohort has 10 events per degree of freedom." })
    String lcModelOut;

    @Option(names = "--lc-model-id", paramLabel = "ID", description = "With --lc-model-out: the models' id stem (default: the cohort file's name), e.g. registry-2026.")
    String lcModelId;

    @Option(names = "--lc-model-note", paramLabel = "TEXT", description = "With --lc-model-out: a note shown with every prediction (repeatable).")
    List<String> lcModelNotes = new ArrayList<>();

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        if (lcModelOut != null && cohort == null) {
            throw new CommandException("--lc-model-out needs --cohort (a CSV in the study layout)");
        }
        Map<String, String> references = new LinkedHashMap<>();
        for (String r : refs) {
            int eq = r.indexOf('=');
            if (eq <= 0) {
                throw new CommandException("--ref takes COLUMN=LEVEL, not " + r);
            }
            references.put(r.substring(0, eq).strip(), r.substring(eq + 1).strip());
        }
        if ((cohort == null) == (cases == null)) {
            throw new CommandException("give the cohort as --cohort CSV or as --cases CASE…");
        }
        StudyAnalysis.CustomModel custom = null;
        Map<String, List<String>> multivariate = new LinkedHashMap<>();
        if (timeColumn != null || eventColumn != null) {
            if (timeColumn == null || eventColumn == null || models.size() != 1) {
                throw new CommandException("a custom analysis needs --time, --event and one --model together");
            }
            custom = new StudyAnalysis.CustomModel(timeColumn, eventColumn, covariates(models.get(0)));
        } else {
            for (String m : models) {
                int tilde = m.indexOf('~');
                String endpoint = tilde < 0 ? "" : m.substring(0, tilde).strip();
                if (!SabtStudy.MULTIVARIATE.containsKey(endpoint)) {
                    throw new CommandException("--model for the study analysis is \"lct ~ a + b\" or \"os ~ a + b\", not " + m
                            + " (use --time and --event for other endpoints)");
                }
                multivariate.put(endpoint, covariates(m));
            }
            if (!(screenP > 0 && screenP < 1)) {
                throw new CommandException("--screen-p must lie between 0 and 1, is " + screenP);
            }
        }
        Path dir = context.resolve(out);
        StudyAnalysis.Cohort input = cohort != null ? StudyAnalysis.Cohort.csv(context.resolve(cohort))
                : StudyAnalysis.Cohort.cases(cases.stream().map(context::resolve).toList());
        StudyAnalysis.Result result;
        try {
            result = StudyAnalysis.run(new StudyAnalysis.Request(input, dir, references, cuts, multivariate, screenP,
                    adverseEvents == null ? null : context.resolve(adverseEvents), custom, Map.of()), null);
        } catch (OutcomeInputException e) {
            throw new CommandException(e.getMessage(), e);
        } catch (IOException e) {
            throw new CommandException(dir + ": cannot write: " + e.getMessage(), e);
        }
        Map<String, Object> json = result.tree();
        List<Path> figures = result.files();
        json.put("files", figures.stream().map(Path::toString).toList());
        String models = "";
        if (lcModelOut != null) {
            List<String> written = LocalControlModelCommands.fitAll(context.resolve(cohort), context.resolve(lcModelOut), lcModelId, lcModelNotes);
            json.put("localControlModels", written);
            models = "\nWrote the local-control models " + String.join(", ", written);
        }
        return CommandResult.of(result.summary() + "\nWrote " + result.outcomesJson() + (figures.isEmpty() ? "" : " and " + figures.size() + " figures/reports in " + dir)
                + models, json);
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
}
