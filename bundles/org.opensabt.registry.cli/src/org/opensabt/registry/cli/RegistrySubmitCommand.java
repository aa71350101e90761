package org.opensabt.registry.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.registry.Registry;
import org.opensabt.registry.RegistryInputException;
import org.opensabt.registry.Submission;
import org.opensabt.registry.SubmissionFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "submit", description = { "Store submission zips in the registry. Idempotent: a submission already received changes nothing; a patient",
        "with a later follow-up replaces the stored record (the earlier one is kept in the history). All files are checked before any is stored." })
public final class RegistrySubmitCommand extends RegistryConnectionOptions implements CliCommand {

    @Parameters(arity = "1..*", paramLabel = "ZIP", description = "Submission files written by registry export.")
    List<String> files;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        List<Submission> submissions = new ArrayList<>();
        try {
            for (String f : files) {
                submissions.add(SubmissionFiles.read(context.resolve(f)));
            }
        } catch (RegistryInputException e) {
            throw new CommandException(e.getMessage(), e);
        }
        StringBuilder text = new StringBuilder();
        List<Map<String, Object>> json = new ArrayList<>();
        try (Registry registry = connect(context)) {
            for (int i = 0; i < submissions.size(); i++) {
                Registry.SubmitResult r = registry.submit(submissions.get(i), context.progressMonitor("registry submit: "));
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", files.get(i));
                m.put("submissionId", r.submissionId());
                m.put("centre", r.centre());
                m.put("duplicate", r.duplicate());
                m.put("patients", r.patients());
                m.put("inserted", r.inserted());
                m.put("replaced", r.replaced());
                m.put("unchanged", r.unchanged());
                m.put("olderKept", r.older());
                json.add(m);
                text.append(r.duplicate() ? String.format("%s: already received (submission %s); nothing changed%n", files.get(i), r.submissionId().substring(0, 12))
                        : String.format("%s: centre %s, %d patients: %d new, %d replaced by a later follow-up, %d unchanged, %d older than stored (kept)%n",
                                files.get(i), r.centre(), r.patients(), r.inserted(), r.replaced(), r.unchanged(), r.older()));
            }
        } catch (RegistryInputException e) {
            throw new CommandException(e.getMessage(), e);
        }
        return CommandResult.of(text.toString(), Map.of("submissions", json));
    }
}
