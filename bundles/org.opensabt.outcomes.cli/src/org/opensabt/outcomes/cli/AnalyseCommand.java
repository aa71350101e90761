package org.opensabt.outcomes.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.outcomes.CohortAnalysis;
import org.opensabt.outcomes.OutcomeInputException;
import org.opensabt.outcomes.StudyAnalysis;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyse", description = { "Run an analysis contributed through the org.opensabt.outcomes.analyses extension point",
        "on a cohort CSV, or list the installed analyses (no ID)." })
public final class AnalyseCommand implements CliCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "Analysis id (omit to list them).")
    String id;

    @Option(names = "--cohort", paramLabel = "CSV", description = "Cohort table (one row per patient).")
    String cohort;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "An option of the analysis (repeatable).")
    List<String> settings = new ArrayList<>();

    @Override
    public CommandResult run(CommandContext context) throws Exception {
        List<StudyAnalysis.AnalysisInfo> analyses = StudyAnalysis.analyses();
        if (id == null) {
            StringBuilder text = new StringBuilder(analyses.isEmpty() ? "no analyses are installed\n" : "");
            List<Map<String, String>> json = new ArrayList<>();
            for (StudyAnalysis.AnalysisInfo a : analyses) {
                text.append(String.format("%-20s %s (%s)%n", a.id(), a.name(), a.bundle()));
                json.add(Map.of("id", a.id(), "name", a.name(), "bundle", a.bundle()));
            }
            return CommandResult.of(text.toString(), Map.of("analyses", json));
        }
        if (analyses.stream().noneMatch(a -> a.id().equals(id))) {
            try {
                StudyAnalysis.create(id); // names the installed ones
            } catch (OutcomeInputException e) {
                throw new CommandException(e.getMessage(), e);
            }
        }
        if (cohort == null) {
            throw new CommandException("--cohort is required to run analysis '" + id + "'");
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            if (eq <= 0) {
                throw new CommandException("--set " + setting + ": expected KEY=VALUE");
            }
            options.put(setting.substring(0, eq), setting.substring(eq + 1));
        }
        try {
            CohortAnalysis.Result result = StudyAnalysis.runAnalysis(id, context.resolve(cohort), options, null);
            return CommandResult.of(result.text(), result.json());
        } catch (OutcomeInputException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }
}
