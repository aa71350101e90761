package org.opensabt.batch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.opensabt.batch.CohortBatch;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.model.store.CaseStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "batch", description = { "Benchmark of batch runs: copies of a case run through a pipeline (1) one process per case, as commands run one",
        "by one (./opensabt batch on that case alone: start script, JVM start, load, steps, save), (2) in one JVM one case at a time, (3) in one JVM --jobs cases at",
        "once. Prints cases per minute, the median/min/max seconds per case, and the ratios to the one-by-one run." })
public final class BatchBenchmark implements CliCommand {

    @Option(names = "--case", required = true, paramLabel = "CASE", description = "The case to copy (e.g. out/demo/sts-001); it is never changed.")
    String caseFolder;

    @Option(names = "--step", required = true, paramLabel = "\"ID NAME=VALUE ...\"", description = "The pipeline, as batch --step (repeatable).")
    List<String> steps = new ArrayList<>();

    @Option(names = "--copies", defaultValue = "20", paramLabel = "N", description = "Copies of the case (default: ${DEFAULT-VALUE}).")
    int copies;

    @Option(names = "--one-by-one", paramLabel = "N", description = "Copies run one process each (default: all copies; 0 leaves that run out).")
    Integer oneByOne;

    @Option(names = "--jobs", paramLabel = "N", description = "Cases at once in the parallel run (default: the number of processors).")
    Integer jobs;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the copies (default: a temporary folder, removed afterwards).")
    String work;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        if (copies < 1 || oneByOne != null && (oneByOne < 0 || oneByOne > copies)) {
            throw new CommandException("--copies must be at least 1 and --one-by-one between 0 and --copies");
        }
        int parallel = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        int processes = oneByOne != null ? oneByOne : copies;
        String launcher = launcher();
        if (processes > 0 && launcher == null) {
            throw new CommandException("the one-by-one run needs the opensabt start script (opensabt.home is not set here): give --one-by-one 0");
        }
        Path source = context.resolve(caseFolder);
        List<CohortBatch.StepSpec> pipeline;
        try {
            pipeline = steps.stream().map(CohortBatch.StepSpec::parse).toList();
            if (!Files.isRegularFile(source.resolve(CaseStore.CASE_FILE))) {
                throw new IllegalArgumentException(source + ": no " + CaseStore.CASE_FILE);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage(), e);
        }
        Path dir = null;
        try {
            dir = work != null ? context.resolve(work) : Files.createTempDirectory("opensabt-bench-batch");
            List<Path> cases = new ArrayList<>();
            for (int i = 1; i <= copies; i++) {
                Path copy = dir.resolve(String.format(Locale.ROOT, "case-%03d", i));
                if (Files.exists(copy)) {
                    throw new CommandException(copy + " exists already: give an empty --work folder");
                }
                copyCase(source, copy);
                cases.add(copy);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "batch benchmark: %d copies of %s, steps %s, %d processors%n", copies, source,
                    pipeline.stream().map(CohortBatch.StepSpec::stepId).toList(), Runtime.getRuntime().availableProcessors()));
            double baseline = Double.NaN;
            if (processes > 0) {
                double[] seconds = new double[processes];
                long t0 = System.nanoTime();
                for (int i = 0; i < processes; i++) {
                    context.progress("bench batch: one-by-one " + (i + 1) + "/" + processes);
                    seconds[i] = runProcess(launcher, cases.get(i), context);
                }
                double wall = (System.nanoTime() - t0) / 1e9;
                baseline = 60 * processes / wall;
                rows.add(row("one process per case", processes, 1, wall, seconds, baseline, text));
            }
            for (int at : parallel > 1 ? new int[] { 1, parallel } : new int[] { 1 }) {
                context.progress("bench batch: in one JVM, " + at + " at once");
                CohortBatch.Result r = CohortBatch.run(new CohortBatch.Request(cases, pipeline, at, context.workingDirectory(), context.productVersion()),
                        null, context.progressMonitor());
                if (r.count(CohortBatch.Status.DONE) != cases.size()) {
                    CohortBatch.CaseResult bad = r.cases().stream().filter(c -> c.status() != CohortBatch.Status.DONE).findFirst().orElseThrow();
                    throw new CommandException("a case of the batch failed, so the timing is not comparable: " + bad.caseDir() + ": " + bad.failedStep() + ": "
                            + bad.message());
                }
                double[] seconds = r.cases().stream().mapToDouble(CohortBatch.CaseResult::seconds).toArray();
                rows.add(row("one JVM, " + at + " at once", cases.size(), at, r.seconds(), seconds, baseline, text));
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("case", source.toString());
            json.put("copies", copies);
            json.put("steps", steps);
            json.put("processors", Runtime.getRuntime().availableProcessors());
            json.put("rows", rows);
            return CommandResult.of(text.toString().stripTrailing(), json);
        } catch (IOException e) {
            throw new CommandException("cannot copy the case: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage(), e);
        } finally {
            if (work == null && dir != null) {
                deleteTree(dir);
            }
        }
    }

    private Map<String, Object> row(String mode, int cases, int atOnce, double wallSeconds, double[] perCase, double baselinePerMinute, StringBuilder text) {
        double[] s = perCase.clone();
        Arrays.sort(s);
        double median = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        double perMinute = 60 * cases / wallSeconds;
        double ratio = perMinute / baselinePerMinute;
        text.append(String.format(Locale.ROOT, "  %-22s %3d cases in %7.1f s: %6.2f cases/min; per case median %.2f s (min %.2f, max %.2f)%s%n", mode, cases,
                wallSeconds, perMinute, median, s[0], s[s.length - 1], Double.isFinite(ratio) ? String.format(Locale.ROOT, "; %.2f× one-by-one", ratio) : ""));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("mode", mode);
        row.put("cases", cases);
        row.put("casesAtOnce", atOnce);
        row.put("wallSeconds", wallSeconds);
        row.put("casesPerMinute", perMinute);
        row.put("medianCaseSeconds", median);
        row.put("minCaseSeconds", s[0]);
        row.put("maxCaseSeconds", s[s.length - 1]);
        row.put("ratioToOneByOne", Double.isFinite(ratio) ? ratio : null);
        return row;
    }

    /** The start script users run (opensabt.home/opensabt), else the native launcher; null when neither is known. */
    private static String launcher() {
        String home = System.getProperty("opensabt.home");
        if (home != null && Files.isExecutable(Path.of(home, "opensabt"))) {
            return Path.of(home, "opensabt").toString();
        }
        String native_ = System.getProperty("eclipse.launcher");
        return native_ != null && Files.isExecutable(Path.of(native_)) ? native_ : null;
    }

    /** One case through the pipeline in its own process: opensabt batch on that case alone, strict; its wall time (s). */
    private double runProcess(String launcher, Path caseDir, CommandContext context) throws CommandException, IOException {
        List<String> command = new ArrayList<>(List.of(launcher, "batch", "--cases", caseDir.toString(), "--jobs", "1", "--strict"));
        for (String step : steps) {
            command.add("--step");
            command.add(step);
        }
        Path log = Files.createTempFile("opensabt-bench-batch", ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(context.workingDirectory().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        try {
            if (!p.waitFor(30, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new CommandException(caseDir + ": the one-by-one process took over 30 minutes");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new CommandException("interrupted", e);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        try {
            if (p.exitValue() != 0) {
                List<String> lines = Files.readAllLines(log);
                throw new CommandException(caseDir + ": the one-by-one process ended with exit " + p.exitValue() + ": "
                        + (lines.isEmpty() ? "no output" : lines.get(lines.size() - 1)));
            }
        } finally {
            Files.deleteIfExists(log);
        }
        return seconds;
    }

    /** The case's own files (case.xmi and arrays/), not its lock or temporaries. */
    static void copyCase(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        Files.copy(from.resolve(CaseStore.CASE_FILE), to.resolve(CaseStore.CASE_FILE), StandardCopyOption.COPY_ATTRIBUTES);
        Path arrays = from.resolve(CaseStore.ARRAYS_DIR);
        if (Files.isDirectory(arrays)) {
            Files.createDirectories(to.resolve(CaseStore.ARRAYS_DIR));
            try (Stream<Path> files = Files.list(arrays)) {
                for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                    Files.copy(f, to.resolve(CaseStore.ARRAYS_DIR).resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless; nothing to report
        }
    }
}
