package org.opensabt.plan.exact;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * COIN-OR CBC (Debian {@code coinor-cbc}, EPL-2.0) run as a process on an LP file in a temporary
 * folder: only file names and solver options go on its command line, never patient data.
 */
final class CbcSolver {

    /** The CBC executable: system property {@value #PROPERTY}, else {@code cbc} on the PATH. */
    static final String PROPERTY = "opensabt.plan.exact.cbc";

    /** What CBC said: its status line, the objective of its best solution, the best bound, and the solution. */
    record Result(String status, boolean hasSolution, boolean infeasible, double objective, double bound, Map<String, Double> values, double seconds) {
    }

    private CbcSolver() {
    }

    static String executable() {
        return System.getProperty(PROPERTY, "cbc");
    }

    /**
     * Solves {@code lp} (CPLEX LP format) within {@code seconds} of elapsed time.
     *
     * @return null when cancelled (the process is ended)
     * @throws IOException when CBC cannot be started or gives no answer
     */
    static Result solve(Path dir, Path lp, double seconds, BooleanSupplier cancelled) throws IOException, InterruptedException {
        Path solution = dir.resolve("solution.txt");
        Path log = dir.resolve("cbc.log");
        List<String> command = new java.util.ArrayList<>(List.of(executable(), lp.getFileName().toString(), "-timeMode", "elapsed", "-sec",
                String.format(Locale.ROOT, "%.1f", Math.max(0.5, seconds)), "-threads", "2", "-ratioGap", "0", "-allowableGap", "1e-6")); // NOPMD
        command.addAll(List.of("-solve", "-solution", solution.getFileName().toString()));
        long t0 = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        } catch (IOException e) {
            throw new IOException("the MILP solver '" + executable() + "' cannot be started (install Debian package coinor-cbc): " + e.getMessage(), e);
        }
        long hardStopNanos = t0 + (long) ((seconds + 30) * 1e9); // CBC ends on its own limit; this guards a hung process
        while (process.isAlive()) {
            if (cancelled.getAsBoolean()) {
                process.destroyForcibly();
                process.waitFor();
                return null;
            }
            if (System.nanoTime() > hardStopNanos) {
                process.destroy();
                break;
            }
            Thread.sleep(50);
        }
        process.waitFor();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        String out = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        return parse(out, Files.exists(solution) ? Files.readAllLines(solution, StandardCharsets.UTF_8) : List.of(), elapsed);
    }

    private static final Pattern RESULT = Pattern.compile("^Result - (.*)$", Pattern.MULTILINE);
    private static final Pattern OBJECTIVE = Pattern.compile("^Objective value:\\s+(\\S+)", Pattern.MULTILINE);
    private static final Pattern BOUND = Pattern.compile("^Lower bound:\\s+(\\S+)", Pattern.MULTILINE);

    static Result parse(String log, List<String> solutionLines, double seconds) throws IOException {
        Matcher r = RESULT.matcher(log);
        String status = r.find() ? r.group(1).strip() : null;
        if (status == null) {
            String tail = log.length() > 300 ? log.substring(log.length() - 300) : log;
            throw new IOException("the MILP solver gave no result: " + tail.replace('\n', ' ').strip());
        }
        boolean infeasible = status.toLowerCase(Locale.ROOT).contains("infeasible");
        boolean none = log.contains("No feasible solution found") || infeasible || solutionLines.isEmpty()
                || solutionLines.get(0).toLowerCase(Locale.ROOT).contains("infeasible");
        double objective = Double.NaN;
        double bound = Double.NaN;
        Matcher o = OBJECTIVE.matcher(log);
        if (o.find()) {
            objective = Double.parseDouble(o.group(1));
        }
        Matcher b = BOUND.matcher(log);
        if (b.find()) {
            bound = Double.parseDouble(b.group(1));
        } else if (status.startsWith("Optimal")) {
            bound = objective;
        }
        Map<String, Double> values = new HashMap<>();
        if (!none) {
            for (String line : solutionLines.subList(1, solutionLines.size())) {
                String[] f = line.strip().replace("**", "").strip().split("\\s+");
                if (f.length >= 3) {
                    values.put(f[1], Double.parseDouble(f[2]));
                }
            }
        }
        return new Result(status, !none, infeasible, objective, bound, values, seconds);
    }
}
