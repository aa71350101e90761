package org.opensabt.outcomes.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.outcomes.CohortAnalysis;
import org.opensabt.outcomes.CohortTable;
import org.opensabt.outcomes.OutcomeInputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyse", description = { "Run an analysis contributed through the org.opensabt.outcomes.analyses extension point",
        "on a cohort CSV, or list the installed analyses (no ID)." })
public final class AnalyseCommand implements CliCommand {

    public static final String EXTENSION_POINT = "org.opensabt.outcomes.analyses";

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "Analysis id (omit to list them).")
    String id;

    @Option(names = "--cohort", paramLabel = "CSV", description = "Cohort table (one row per patient).")
    String cohort;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "An option of the analysis (repeatable).")
    List<String> settings = new ArrayList<>();

    @Override
    public CommandResult run(CommandContext context) throws Exception {
        List<IConfigurationElement> analyses = contributed();
        if (id == null) {
            StringBuilder text = new StringBuilder(analyses.isEmpty() ? "no analyses are installed\n" : "");
            List<Map<String, String>> json = new ArrayList<>();
            for (IConfigurationElement e : analyses) {
                text.append(String.format("%-20s %s (%s)%n", e.getAttribute("id"), e.getAttribute("name"), e.getContributor().getName()));
                json.add(Map.of("id", e.getAttribute("id"), "name", e.getAttribute("name"), "bundle", e.getContributor().getName()));
            }
            return CommandResult.of(text.toString(), Map.of("analyses", json));
        }
        IConfigurationElement element = analyses.stream().filter(e -> id.equals(e.getAttribute("id"))).findFirst()
                .orElseThrow(() -> new CommandException("no analysis '" + id + "' is installed (installed: "
                        + String.join(", ", analyses.stream().map(e -> e.getAttribute("id")).toList()) + ")"));
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
        CohortAnalysis analysis;
        try {
            analysis = (CohortAnalysis) element.createExecutableExtension("class");
        } catch (CoreException | ClassCastException e) {
            throw new CommandException("analysis '" + id + "' from " + element.getContributor().getName() + " cannot be created: "
                    + e.getMessage(), e);
        }
        try {
            CohortAnalysis.Result result = analysis.analyse(CohortTable.read(context.resolve(cohort)), options);
            return CommandResult.of(result.text(), result.json());
        } catch (OutcomeInputException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    /** The contributed analyses, sorted by id. */
    public static List<IConfigurationElement> contributed() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        List<IConfigurationElement> list = new ArrayList<>();
        if (registry != null) {
            for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
                if ("analysis".equals(e.getName()) && e.getAttribute("id") != null) {
                    list.add(e);
                }
            }
        }
        list.sort((a, b) -> a.getAttribute("id").compareTo(b.getAttribute("id")));
        return list;
    }
}
