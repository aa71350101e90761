package org.opensabt.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.opensabt.model.PatientCase;
import org.opensabt.model.store.CaseLock;
import org.opensabt.model.store.CaseStore;

/**
 * A pipeline of {@link CaseStep}s run over many case folders in one JVM, cases in parallel. Each case is handled
 * on its own: its folder's write lock is held from load to save, its steps run in order, and it is saved once,
 * atomically, after the last step, only when every step succeeded. A case that fails (cannot be loaded, is locked
 * by another writer, a step refuses it, a step throws) is reported in its row and never saved; the other cases go on.
 */
public final class CohortBatch {

    /** A step of the pipeline with its options, as {@code "plan target=GTV rx=140 skin-in-ct"} (a bare name is {@code =true}). */
    public record StepSpec(String stepId, Map<String, String> options) {

        public StepSpec {
            options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
        }

        /**
         * Parses one step: its id, then {@code name=value} words (values without spaces).
         *
         * @throws IllegalArgumentException a blank spec or an option named twice, in one line
         */
        public static StepSpec parse(String text) {
            String[] words = text.strip().split("\\s+");
            if (words.length == 0 || words[0].isEmpty() || words[0].contains("=")) {
                throw new IllegalArgumentException("a batch step starts with the step's id (\"plan target=GTV rx=140\"), not \"" + text.strip() + "\"");
            }
            Map<String, String> options = new LinkedHashMap<>();
            for (int i = 1; i < words.length; i++) {
                int eq = words[i].indexOf('=');
                String name = eq < 0 ? words[i] : words[i].substring(0, eq);
                String value = eq < 0 ? "true" : words[i].substring(eq + 1);
                if (name.isEmpty() || options.put(name, value) != null) {
                    throw new IllegalArgumentException("step " + words[0] + ": option \"" + (name.isEmpty() ? words[i] : name)
                            + "\" is " + (name.isEmpty() ? "not name=value" : "given twice"));
                }
            }
            return new StepSpec(words[0], options);
        }
    }

    /**
     * A batch run.
     *
     * @param caseDirs         the case folders, each holding a {@code case.xmi} ({@link #caseFolders} finds them)
     * @param pipeline         the steps, in order
     * @param parallelCases    cases processed at once (at least 1)
     * @param workingDirectory where the steps resolve relative paths in their options
     * @param writtenBy        what the saved cases say wrote them (the product version)
     */
    public record Request(List<Path> caseDirs, List<StepSpec> pipeline, int parallelCases, Path workingDirectory, String writtenBy) {

        public Request {
            caseDirs = List.copyOf(caseDirs);
            pipeline = List.copyOf(pipeline);
        }
    }

    /** How one case ended. */
    public enum Status {
        /** every step succeeded (and the case was saved if a step changed it) */
        DONE,
        /** a step or the load or the save failed; the folder holds the case as it was */
        FAILED,
        /** the run was cancelled before or while this case ran; the folder holds the case as it was */
        CANCELLED
    }

    /**
     * One case's row.
     *
     * @param failedStep the step that failed ("load", "save" or a step id); null unless failed
     * @param message    why it failed, one line; null unless failed or cancelled
     * @param columns    the steps' figures, each name prefixed by its step ("plan.D90_Gy")
     * @param saved      whether the case folder was written
     */
    public record CaseResult(Path caseDir, Status status, String failedStep, String message, Map<String, Object> columns, double seconds,
            boolean saved, List<String> warnings) {
    }

    /** The rows in the order of the request's cases, and the wall time. */
    public record Result(List<CaseResult> cases, double seconds, int parallelCases) {

        public long count(Status status) {
            return cases.stream().filter(c -> c.status() == status).count();
        }

        /** Cases per minute of wall time. */
        public double casesPerMinute() {
            return seconds > 0 ? 60 * cases.size() / seconds : Double.NaN;
        }
    }

    /** Told of each case as it ends (from the worker threads, one call at a time). */
    public interface Listener {
        void caseEnded(CaseResult result, int ended, int total);

        /** Told once the steps and options are checked, before the first case starts. */
        default void started(int cases, int parallelCases, List<String> stepIds) {
        }
    }

    private record Bound(String column, String stepId, CaseStep.Prepared prepared) {
    }

    private CohortBatch() {
    }

    /**
     * The case folders under {@code roots}: a root holding {@code case.xmi} is a case; any other folder
     * contributes its immediate sub-folders holding one (sorted by name).
     *
     * @throws IllegalArgumentException a root that is not a folder, or one with no case in it, in one line
     */
    public static List<Path> caseFolders(List<Path> roots) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                throw new IllegalArgumentException(root + ": not a folder");
            }
            if (Files.isRegularFile(root.resolve(CaseStore.CASE_FILE))) {
                out.add(root);
                continue;
            }
            List<Path> found;
            try (Stream<Path> children = Files.list(root)) {
                found = children.filter(p -> Files.isDirectory(p) && Files.isRegularFile(p.resolve(CaseStore.CASE_FILE))).sorted().toList();
            }
            if (found.isEmpty()) {
                throw new IllegalArgumentException(root + ": holds no " + CaseStore.CASE_FILE + ", nor does any folder in it");
            }
            out.addAll(found);
        }
        return out;
    }

    /**
     * The facade: runs the pipeline on every case. The steps and their options are checked before any case is
     * opened.
     *
     * @param listener told of each case as it ends (null: nobody)
     * @param monitor  cancel: cases not yet started are cancelled, running steps are asked to stop; nothing of a
     *                 cancelled case is saved
     * @throws IllegalArgumentException an empty pipeline or case list, a folder named twice, an unknown step or a
     *                                  bad option, in one line
     */
    public static Result run(Request request, Listener listener, IProgressMonitor monitor) {
        if (request.caseDirs().isEmpty()) {
            throw new IllegalArgumentException("no case folders to run on");
        }
        if (request.pipeline().isEmpty()) {
            throw new IllegalArgumentException("no steps to run");
        }
        if (request.parallelCases() < 1) {
            throw new IllegalArgumentException("cases in parallel must be at least 1, is " + request.parallelCases());
        }
        Set<Path> seen = new HashSet<>();
        for (Path dir : request.caseDirs()) {
            if (!seen.add(dir.toAbsolutePath().normalize())) {
                throw new IllegalArgumentException(dir + ": case folder named twice");
            }
        }
        List<Bound> steps = new ArrayList<>();
        Map<String, Integer> uses = new LinkedHashMap<>();
        for (StepSpec spec : request.pipeline()) {
            CaseStep step = CaseSteps.find(spec.stepId());
            for (String name : spec.options().keySet()) {
                if (!step.options().containsKey(name)) {
                    throw new IllegalArgumentException("step " + step.id() + ": no option \"" + name + "\" (options: " + String.join(", ", step.options().keySet()) + ")");
                }
            }
            CaseStep.Prepared prepared;
            try {
                prepared = step.prepare(spec.options(), request.workingDirectory());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("step " + step.id() + ": " + e.getMessage(), e);
            }
            int n = uses.merge(step.id(), 1, Integer::sum);
            steps.add(new Bound(n == 1 ? step.id() : step.id() + n, step.id(), prepared));
        }

        IProgressMonitor outer = monitor == null ? new NullProgressMonitor() : monitor;
        outer.beginTask("Batch of " + request.caseDirs().size() + " cases", request.caseDirs().size());
        AtomicBoolean cancelled = new AtomicBoolean();
        IProgressMonitor stepMonitor = new NullProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return cancelled.get();
            }
        };
        AtomicInteger ended = new AtomicInteger();
        String activity = CaseLock.activity() != null ? CaseLock.activity() : "opensabt batch";
        long t0 = System.nanoTime();
        int threads = Math.min(request.parallelCases(), request.caseDirs().size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "opensabt-batch");
            t.setDaemon(true);
            return t;
        });
        if (listener != null) {
            listener.started(request.caseDirs().size(), threads, steps.stream().map(Bound::column).toList());
        }
        List<Future<CaseResult>> futures = new ArrayList<>();
        for (Path dir : request.caseDirs()) {
            futures.add(pool.submit(() -> {
                CaseLock.setActivity(activity);
                CaseResult r = cancelled.get() ? new CaseResult(dir, Status.CANCELLED, null, "cancelled before it started", Map.of(), 0, false, List.of())
                        : runCase(dir, steps, request.writtenBy(), stepMonitor);
                if (listener != null) {
                    synchronized (listener) {
                        listener.caseEnded(r, ended.incrementAndGet(), request.caseDirs().size());
                    }
                }
                return r;
            }));
        }
        pool.shutdown();
        List<CaseResult> rows = new ArrayList<>();
        try {
            for (int i = 0; i < futures.size(); i++) {
                Future<CaseResult> f = futures.get(i);
                CaseResult r = null;
                while (r == null) {
                    if (outer.isCanceled()) {
                        cancelled.set(true);
                    }
                    try {
                        r = f.get(200, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException e) {
                        // poll the monitor again
                    } catch (ExecutionException e) { // runCase catches what a step throws; this is a fault of the batch itself
                        r = new CaseResult(request.caseDirs().get(i), Status.FAILED, null, oneLine(e.getCause()), Map.of(), 0, false, List.of());
                    }
                }
                rows.add(r);
                outer.worked(1);
            }
        } catch (InterruptedException e) {
            cancelled.set(true);
            Thread.currentThread().interrupt();
            pool.shutdownNow();
            throw new OperationCanceledException("batch interrupted");
        } finally {
            outer.done();
        }
        return new Result(List.copyOf(rows), (System.nanoTime() - t0) / 1e9, threads);
    }

    /** One case: lock, load, every step, save if changed; never throws. */
    private static CaseResult runCase(Path dir, List<Bound> steps, String writtenBy, IProgressMonitor monitor) {
        long t0 = System.nanoTime();
        Map<String, Object> columns = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        CaseStore store = new CaseStore(writtenBy).onNotice(warnings::add);
        if (!Files.isRegularFile(dir.resolve(CaseStore.CASE_FILE))) { // the lock would create a missing folder
            return new CaseResult(dir, Status.FAILED, "load", dir + ": no " + CaseStore.CASE_FILE, columns, seconds(t0), false, warnings);
        }
        String stage = "load";
        try (CaseLock lock = store.lockForWrite(dir)) {
            PatientCase c = store.load(dir);
            boolean changed = false;
            for (Bound step : steps) {
                stage = step.stepId();
                if (monitor.isCanceled()) {
                    return new CaseResult(dir, Status.CANCELLED, null, "cancelled before step " + step.stepId() + "; nothing saved", columns, seconds(t0),
                            false, warnings);
                }
                CaseStep.Outcome outcome = step.prepared().run(c, dir, monitor);
                outcome.columns().forEach((name, value) -> columns.put(step.column() + "." + name, value));
                changed |= outcome.changed();
            }
            stage = "save";
            if (changed) {
                store.save(c, dir);
            }
            return new CaseResult(dir, Status.DONE, null, null, columns, seconds(t0), changed, warnings);
        } catch (OperationCanceledException e) {
            return new CaseResult(dir, Status.CANCELLED, null, "cancelled in step " + stage + "; nothing saved", columns, seconds(t0), false, warnings);
        } catch (Exception | OutOfMemoryError | StackOverflowError | LinkageError e) { // one case's failure never stops the others
            return new CaseResult(dir, Status.FAILED, stage, oneLine(e), columns, seconds(t0), false, warnings);
        }
    }

    /** The exception's message on one line; the exception's class too where it is a fault rather than a refusal. */
    static String oneLine(Throwable e) {
        String message = e.getMessage();
        boolean refusal = e instanceof IOException || e instanceof IllegalArgumentException || !(e instanceof RuntimeException || e instanceof Error);
        String text = message == null || message.isBlank() ? e.getClass().getName() : refusal ? message : e.getClass().getSimpleName() + ": " + message;
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    private static double seconds(long t0) {
        return Math.round((System.nanoTime() - t0) / 1e6) / 1e3;
    }
}
