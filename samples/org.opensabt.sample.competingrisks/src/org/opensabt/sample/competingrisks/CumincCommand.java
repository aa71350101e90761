package org.opensabt.sample.competingrisks;

import java.util.LinkedHashMap;
import java.util.Map;

import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.outcomes.CohortAnalysis;
import org.opensabt.outcomes.CohortTable;
import org.opensabt.outcomes.OutcomeInputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "cuminc", description = "Cumulative incidence of local progression with death as a competing risk (Aalen-Johansen); sample plug-in.")
public final class CumincCommand implements CliCommand {

    @Option(names = "--cohort", required = true, paramLabel = "CSV", description = "Cohort table (lct_months, local_progression, os_months, death).")
    String cohort;

    @Option(names = "--by", paramLabel = "COLUMN", description = "Estimate per level of this column (e.g. center).")
    String group;

    @Option(names = "--months", paramLabel = "LIST", defaultValue = "6,12,24,36", description = "Times to report (default: ${DEFAULT-VALUE}).")
    String months;

    @Override
    public CommandResult run(CommandContext context) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("times", months);
        if (group != null) {
            options.put("group", group);
        }
        try {
            CohortAnalysis.Result result = new CumulativeIncidenceAnalysis().analyse(CohortTable.read(context.resolve(cohort)), options);
            return CommandResult.of(result.text(), result.json());
        } catch (OutcomeInputException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }
}
