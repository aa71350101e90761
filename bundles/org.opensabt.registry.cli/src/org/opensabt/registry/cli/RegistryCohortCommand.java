package org.opensabt.registry.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.registry.Registry;
import org.opensabt.registry.RegistryInputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "cohort", description = { "Write the registry's cohort as the CSV the outcome analysis reads (opensabt outcomes --cohort), one row per",
        "patient with the centre in column center: the pooled cohort for an analyst or the owner, a centre's own rows for a centre account. Audited." })
public final class RegistryCohortCommand extends RegistryConnectionOptions implements CliCommand {

    @Option(names = "--out", required = true, paramLabel = "CSV", description = "The cohort file to write (atomically).")
    String out;

    @Option(names = "--adverse-events", paramLabel = "CSV", description = "Also write the same patients' adverse events (patient_id,category,term,grade) for outcomes --adverse-events.")
    String adverseEvents;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        try (Registry registry = connect(context)) {
            long t0 = System.nanoTime();
            Registry.CohortResult r = registry.cohort(context.resolve(out), adverseEvents == null ? null : context.resolve(adverseEvents),
                    context.progressMonitor("registry cohort: "));
            double seconds = (System.nanoTime() - t0) / 1e9;
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("cohort", r.file().toString());
            json.put("patients", r.patients());
            json.put("centres", r.centres());
            json.put("localProgressionEvents", r.events());
            json.put("sha256", r.sha256());
            json.put("seconds", seconds);
            return CommandResult.of(String.format("wrote %s: %d patients from %d centres, %d local progressions (%.2f s)%n", r.file(), r.patients(), r.centres(),
                    r.events(), seconds), json);
        } catch (RegistryInputException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }
}
