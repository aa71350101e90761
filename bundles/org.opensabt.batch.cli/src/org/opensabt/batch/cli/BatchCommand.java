package org.opensabt.batch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.OperationCanceledException;
import org.opensabt.batch.BatchTable;
import org.opensabt.batch.CaseStep;
import org.opensabt.batch.CaseSteps;
import org.opensabt.batch.CohortBatch;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.OutputFiles;
import org.opensabt.cli.api.CommandResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "batch", description = { "Run a pipeline of steps over many case folders in one JVM, cases in parallel: e.g. re-plan a cohort, or re-dose",
        "every stored plan with another seed model or engine. Each case is locked, run and saved on its own (atomically, only when every",
        "step succeeded); a case that fails is reported in its row and left as it was, and the others go on. Prints a per-case table." })
public final class BatchCommand implements CliCommand {

    @Option(names = "--cases", paramLabel = "DIR", description = "A case folder, or a folder of case folders (repeatable).")
    List<String> cases = new ArrayList<>();

    @Option(names = "--step", paramLabel = "\"ID NAME=VALUE ...\"", description = { "A step and its options, in pipeline order (repeatable), e.g.",
            "--step \"plan target=GTV rx=140 strength-mci=0.7 needles=free:ap:35 skin-in-ct\" --step \"redose source=9011\"; --list-steps lists them." })
    List<String> steps = new ArrayList<>();

    @Option(names = "--jobs", paramLabel = "N", description = "Cases run at once (default: the number of processors).")
    Integer jobs;

    @Option(names = "--table", paramLabel = "CSV", description = "Also write the per-case table as CSV (replaced atomically).")
    String table;

    @Option(names = "--strict", description = "Exit 1 when any case failed or was cancelled (after writing the table).")
    boolean strict;

    @Option(names = "--list-steps", description = "List the installed steps and their options, and run nothing.")
    boolean listSteps;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        if (listSteps) {
            return listSteps();
        }
        if (cases.isEmpty() || steps.isEmpty()) {
            throw new CommandException("give the cases with --cases DIR and the pipeline with --step \"ID NAME=VALUE ...\" (--list-steps lists the steps)");
        }
        int parallel = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        CohortBatch.Result result;
        Path tableFile = table == null ? null : context.resolve(table);
        try {
            List<Path> dirs = CohortBatch.caseFolders(cases.stream().map(context::resolve).toList());
            List<CohortBatch.StepSpec> pipeline = steps.stream().map(CohortBatch.StepSpec::parse).toList();
            if (tableFile != null && Files.isDirectory(tableFile)) {
                throw new IllegalArgumentException("--table " + tableFile + " is a folder");
            }
            result = CohortBatch.run(new CohortBatch.Request(dirs, pipeline, parallel, context.workingDirectory(), context.productVersion()),
                    new CohortBatch.Listener() {
                        @Override
                        public void started(int cases, int parallelCases, List<String> stepIds) {
                            context.progress(String.format(Locale.ROOT, "batch: %d cases, %d at once, steps %s", cases, parallelCases, stepIds));
                        }

                        @Override
                        public void caseEnded(CohortBatch.CaseResult r, int ended, int total) {
                            context.progress(String.format(Locale.ROOT, "batch: %d/%d %s %s (%.1f s)%s", ended, total, r.status().name().toLowerCase(Locale.ROOT),
                                    r.caseDir(), r.seconds(), r.message() == null ? "" : ": " + (r.failedStep() == null ? "" : r.failedStep() + ": ") + r.message()));
                        }
                    }, context.progressMonitor());
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage(), e);
        } catch (IOException e) {
            throw new CommandException("cannot list the case folders: " + e.getMessage(), e);
        } catch (OperationCanceledException e) {
            throw new CommandException("interrupted", e);
        }
        if (tableFile != null) {
            writeAtomically(tableFile, BatchTable.csv(result));
        }
        long failed = result.count(CohortBatch.Status.FAILED) + result.count(CohortBatch.Status.CANCELLED);
        if (strict && failed > 0) {
            throw new CommandException(failed + " of " + result.cases().size() + " cases failed or were cancelled (first: "
                    + result.cases().stream().filter(c -> c.status() != CohortBatch.Status.DONE).findFirst().map(c -> c.caseDir() + ": " + c.message()).orElse("")
                    + ")" + (tableFile != null ? "; table written to " + tableFile : ""));
        }
        return result(result, tableFile);
    }

    static CommandResult result(CohortBatch.Result result, Path tableFile) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%d cases in %.1f s (%.2f cases/min, %d at once): %d done, %d failed, %d cancelled%n",
                result.cases().size(), result.seconds(), result.casesPerMinute(), result.parallelCases(), result.count(CohortBatch.Status.DONE),
                result.count(CohortBatch.Status.FAILED), result.count(CohortBatch.Status.CANCELLED)));
        for (CohortBatch.CaseResult r : result.cases()) {
            text.append(String.format(Locale.ROOT, "  %-9s %s (%.1f s)", r.status().name().toLowerCase(Locale.ROOT), r.caseDir(), r.seconds()));
            if (r.message() != null) {
                text.append(": ").append(r.failedStep() == null ? "" : r.failedStep() + ": ").append(r.message());
            } else {
                r.columns().forEach((k, v) -> text.append(' ').append(k).append('=').append(v));
            }
            text.append('\n');
        }
        if (tableFile != null) {
            text.append("table: ").append(tableFile).append('\n');
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("cases", result.cases().size());
        json.put("done", result.count(CohortBatch.Status.DONE));
        json.put("failed", result.count(CohortBatch.Status.FAILED));
        json.put("cancelled", result.count(CohortBatch.Status.CANCELLED));
        json.put("parallelCases", result.parallelCases());
        json.put("wallSeconds", result.seconds());
        json.put("casesPerMinute", result.casesPerMinute());
        json.put("table", tableFile == null ? null : tableFile.toString());
        json.put("rows", BatchTable.rows(result));
        return CommandResult.of(text.toString().stripTrailing(), json);
    }

    private static CommandResult listSteps() {
        StringBuilder text = new StringBuilder();
        List<Map<String, Object>> json = new ArrayList<>();
        for (CaseStep step : CaseSteps.all()) {
            text.append(step.id()).append(": ").append(step.description()).append('\n');
            step.options().forEach((k, v) -> text.append(String.format(Locale.ROOT, "    %-22s %s%n", k + "=", v)));
            json.add(Map.of("id", step.id(), "description", step.description(), "options", step.options()));
        }
        if (json.isEmpty()) {
            text.append("no batch steps are installed (install org.opensabt.plan.feature)");
        }
        return CommandResult.of(text.toString().stripTrailing(), Map.of("steps", json));
    }

    /** The table, created with its folder: a reader never sees half a table. */
    static void writeAtomically(Path file, String text) throws CommandException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            OutputFiles.writeAtomically(file, text);
        } catch (IOException e) {
            throw new CommandException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
