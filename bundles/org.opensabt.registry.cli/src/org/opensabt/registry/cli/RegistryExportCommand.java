package org.opensabt.registry.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.dicom.DicomExportException;
import org.opensabt.dicom.SiteKey;
import org.opensabt.registry.Submission;
import org.opensabt.registry.SubmissionExport;
import org.opensabt.registry.SubmissionFiles;
import org.opensabt.registry.RegistryInputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", description = { "Write a centre's de-identified registry submission (a zip) from case folders or a study-layout cohort CSV:",
        "keyed-hash pseudonyms (the site's de-identification key), five-year age bands, months since the implant instead of dates.",
        "Anything that still holds a name, an ID or a date is refused with the field named." })
public final class RegistryExportCommand implements CliCommand {

    @Option(names = "--cases", arity = "1..*", paramLabel = "CASE", description = "Case folders (or folders of case folders) with follow-ups.")
    List<String> cases;

    @Option(names = "--cohort", paramLabel = "CSV", description = "Instead of --cases: a cohort CSV in the study layout (rows of other centres are left out).")
    String cohort;

    @Option(names = "--adverse-events", paramLabel = "CSV", description = "With --cohort: adverse events (patient_id,category,term,grade; CTCAE v5.0).")
    String adverseEvents;

    @Option(names = "--centre", required = true, paramLabel = "CODE", description = "This centre's code in the registry, e.g. C01.")
    String centre;

    @Option(names = "--out", required = true, paramLabel = "ZIP", description = "The submission file to write (atomically).")
    String out;

    @Option(names = "--deid-key", paramLabel = "FILE", description = { "The site's secret key file (at least 32 bytes). Default: $" + SiteKey.ENV + ",",
            "else $XDG_CONFIG_HOME/opensabt/deid.key, created on first use (the same key as opensabt export --anonymize)." })
    String deidKey;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        if ((cases == null) == (cohort == null)) {
            throw new CommandException("give the patients as --cases CASE… or as --cohort CSV");
        }
        if (adverseEvents != null && cohort == null) {
            throw new CommandException("--adverse-events goes with --cohort (cases keep their own follow-ups)");
        }
        // never a new key here: a centre's pseudonyms must come from its one key, or its patients would enter the registry twice
        java.util.Map<String, String> env = System.getenv();
        java.nio.file.Path defaultKey = SiteKey.defaultFile(env, System.getProperty("user.home"));
        if (deidKey == null && (env.get(SiteKey.ENV) == null || env.get(SiteKey.ENV).isBlank()) && !java.nio.file.Files.exists(defaultKey)) {
            throw new CommandException("no site key: " + defaultKey + " does not exist; give the centre's key with --deid-key FILE or $" + SiteKey.ENV
                    + " (a new key would give every patient new pseudonyms)");
        }
        SiteKey.Loaded key;
        try {
            key = SiteKey.load(deidKey == null ? null : context.resolve(deidKey), System.getenv(), System.getProperty("user.home"));
        } catch (DicomExportException e) {
            throw new CommandException(e.getMessage(), e);
        }
        key.notes().forEach(n -> context.err().println("registry export: " + n));
        SubmissionExport.Source source = cases != null ? new SubmissionExport.CaseFolders(cases.stream().map(context::resolve).toList())
                : new SubmissionExport.CohortCsv(context.resolve(cohort), adverseEvents == null ? null : context.resolve(adverseEvents));
        try {
            Submission s = SubmissionExport.export(new SubmissionExport.Request(source, centre, key.key()), context.progressMonitor("registry export: "));
            Path zip = SubmissionFiles.write(s, context.resolve(out));
            int visits = s.patients().stream().mapToInt(p -> p.followUps().size()).sum();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("submission", zip.toString());
            json.put("submissionId", SubmissionFiles.id(s));
            json.put("centre", s.centre());
            json.put("patients", s.patients().size());
            json.put("followUps", visits);
            json.put("keyFile", key.file().toString());
            return CommandResult.of(String.format("wrote %s: centre %s, %d patients, %d follow-ups (submission %s)%n", zip, s.centre(), s.patients().size(), visits,
                    SubmissionFiles.id(s).substring(0, 12)), json);
        } catch (RegistryInputException e) {
            throw new CommandException(e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new CommandException(out + ": cannot write the submission: " + e.getMessage(), e);
        }
    }
}
