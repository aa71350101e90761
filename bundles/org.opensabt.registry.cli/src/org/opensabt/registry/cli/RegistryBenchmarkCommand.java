package org.opensabt.registry.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.registry.RegistryBenchmark;
import org.opensabt.registry.RegistryInputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "registry", description = { "Registry at scale: synthetic centres submit concurrently (one connection each), every submission is sent",
        "again, the stored rows are checked against what was sent (counts and a checksum of every record), then the pooled cohort is",
        "exported and analysed (Kaplan–Meier, Cox with centre as a covariate). On embedded H2 and on a throwaway PostgreSQL cluster." })
public final class RegistryBenchmarkCommand implements CliCommand {

    @Option(names = "--patients", defaultValue = "100000", paramLabel = "N", description = "Patients in all (default: ${DEFAULT-VALUE}).")
    int patients;

    @Option(names = "--follow-ups", defaultValue = "10", paramLabel = "N", description = "Follow-ups per patient (default: ${DEFAULT-VALUE}).")
    int followUps;

    @Option(names = "--centres", defaultValue = "8", paramLabel = "N", description = "Centres submitting at once (default: ${DEFAULT-VALUE}).")
    int centres;

    @Option(names = "--batch", defaultValue = "250", paramLabel = "N", description = "Patients per submission (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--database", defaultValue = "both", paramLabel = "h2|postgresql|both", description = "Which registry database (default: ${DEFAULT-VALUE}).")
    String database;

    @Override
    public CommandResult run(CommandContext context) throws Exception {
        if (patients < 1 || followUps < 1 || centres < 1 || centres > 99 || batch < 1) {
            throw new CommandException("--patients, --follow-ups, --centres (1–99) and --batch must be positive");
        }
        List<String> databases = switch (database) {
        case "both" -> List.of("h2", "postgresql");
        case "h2", "postgresql" -> List.of(database);
        default -> throw new CommandException("--database: expected h2, postgresql or both, found " + database);
        };
        Path work = Files.createTempDirectory("opensabt-bench-registry");
        List<RegistryBenchmark.Result> results = new ArrayList<>();
        try {
            for (String db : databases) {
                results.add(RegistryBenchmark.run(new RegistryBenchmark.Request(db, patients, followUps, centres, batch, work, 1), context.progressMonitor("bench registry: ")));
            }
        } catch (RegistryInputException e) {
            throw new CommandException(e.getMessage(), e);
        } finally {
            try (var walk = Files.walk(work)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        StringBuilder text = new StringBuilder(String.format("%d patients × %d follow-ups from %d centres, %d patients per submission%n", patients, followUps,
                centres, batch));
        text.append(String.format("%-11s %8s %9s %10s %10s %9s %9s %10s %10s %9s %9s%n", "database", "submit s", "subm./s", "patients/s", "resubmit s",
                "counts", "checksum", "cohort s", "cohort MB", "KM+Cox s", "HR tmpl"));
        List<Map<String, Object>> json = new ArrayList<>();
        for (RegistryBenchmark.Result r : results) {
            text.append(String.format("%-11s %8.1f %9.1f %10.0f %10.1f %9s %9s %10.2f %10.1f %9.2f %9.3f%n", r.database(), r.submitSeconds(),
                    r.submissionsPerSecond(), r.patientsPerSecond(), r.resubmitSeconds(), r.countsMatch() ? "ok" : "WRONG", r.checksumMatches() ? "ok" : "WRONG",
                    r.cohortSeconds(), r.cohortBytes() / 1e6, r.analysisSeconds(), r.coxTemplateHazardRatio()));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("database", r.database());
            m.put("patients", r.patients());
            m.put("followUpsPerPatient", r.followUps());
            m.put("centres", r.centres());
            m.put("submissions", r.submissions());
            m.put("submitSeconds", r.submitSeconds());
            m.put("submissionsPerSecond", r.submissionsPerSecond());
            m.put("patientsPerSecond", r.patientsPerSecond());
            m.put("resubmitSeconds", r.resubmitSeconds());
            m.put("storedPatients", r.storedPatients());
            m.put("storedFollowUps", r.storedFollowUps());
            m.put("countsMatch", r.countsMatch());
            m.put("checksumMatches", r.checksumMatches());
            m.put("cohortSeconds", r.cohortSeconds());
            m.put("cohortBytes", r.cohortBytes());
            m.put("analysisSeconds", r.analysisSeconds());
            m.put("kmLocalControl36Months", r.kmLocalControl3y());
            m.put("coxTemplateHazardRatio", r.coxTemplateHazardRatio());
            json.add(m);
        }
        if (results.stream().anyMatch(r -> !r.countsMatch() || !r.checksumMatches())) {
            throw new CommandException("bench registry: the registry does not hold what was sent (counts or checksum differ): " + text.toString().replace('\n', ' '));
        }
        return CommandResult.of(text.toString(), Map.of("results", json));
    }
}
