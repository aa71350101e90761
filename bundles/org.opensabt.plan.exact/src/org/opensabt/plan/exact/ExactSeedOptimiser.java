package org.opensabt.plan.exact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.opensabt.dose.SupplierPreferences;
import org.opensabt.plan.OarLimit;
import org.opensabt.plan.PlanMonitor;
import org.opensabt.plan.PlanningException;
import org.opensabt.plan.SeedOptimiser;
import org.opensabt.plan.SeedOptimisers;
import org.opensabt.plan.Selection;
import org.opensabt.plan.SelectionProblem;

/**
 * Seed selection as a mixed-integer linear programme solved by COIN-OR CBC: the exact reference for
 * the heuristic optimisers, after the model of Lee, Gallagher, Silvern, Wu and Zaider, "Treatment
 * planning for brachytherapy: an integer programming model, two computational approaches and
 * experiments with permanent prostate implant planning", Phys. Med. Biol. 44 (1999) 145–165, and Lee
 * and Zaider, Ann. Oper. Res. 119 (2003) 147–163.
 *
 * <h2>Model</h2>
 * With dose in units of Rx, k_ji = K[j][i] / Rx, on a point subsample S of the N target points:
 * <pre>
 * minimise   Σ_j x_j + w Σ_n u_n + W200 s200 + W150 s150          w = 1/(U+1), W200 = n+1, W150 = (n+1)(|S|+1)
 * subject to x_j ≤ u_needle(j)                                    (needles already inserted have no u: free)
 *            Σ_n u_n ≤ maxNeedles                                  (when set)
 *            u_a + u_b ≤ 1                                         (incompatible needles; one incompatible with an inserted needle is closed)
 *            Σ_j k_ji x_j ≥ y_i                                    i ∈ S (point i covered at Rx)
 *            Σ_i y_i ≥ ⌈a · |S|⌉                                   a = v100Aim (+ 1 % when S is a subsample)
 *            Σ_j k_ji x_j ≤ 1.5 + M_i h_i,  Σ_i h_i ≤ ⌊v150Max |S|⌋ + s150,   M_i = Σ_j k_ji − 1.5
 *            Σ_j k_ji x_j ≤ 2 + M'_i h'_i,  Σ_i h'_i ≤ ⌊v200Max |S|⌋ + s200,  h'_i ≤ h_i,  M'_i = Σ_j k_ji − 2
 *            OAR point p: Σ_j K^o_jp x_j ≤ L (Dmax), or ≤ L + M_p g_p with Σ_p g_p ≤ min(⌈V/pointCc⌉, P) − 1 (D0.1cc, D2cc;
 *                         P OAR points, as OarLimit.evaluate), M_p = Σ_j K^o_jp − L
 *            x, u, y, h, h', g binary; s150, s200 ≥ 0
 * </pre>
 * Rows of points that can never be covered or hot (Σ_j k_ji below the level) are left out. The slacks make V200 give way first, then V150 (lexicographic weights); coverage is hard. When
 * CBC proves the model infeasible (OAR limits, needle limit), it is solved again with coverage soft
 * (Σ y_i + s100 ≥ ⌈a |S|⌉, weight n+1, hot-spot rows left out), and the notes say so. The OAR rows
 * cover every OAR point whose dose can exceed its limit, with the full kernel (exact).
 *
 * <h2>Size</h2>
 * A 60 cc target has ~7500 points × ~1000 candidates, too many for a MILP in a minute. S is a
 * random subsample (fixed by the problem's random seed) sized so the coverage and hot-spot rows hold
 * about {@link #NONZERO_BUDGET} coefficients; coefficients below {@link #DROP_FRACTION} of Rx are left
 * out of those rows (which only makes coverage conservative); candidates that then cover nothing are
 * left out. The loading is checked on all N points: when V100 falls short of the aim there, seeds are
 * added greedily (a stated repair), then seeds that the aim on all points does not need are removed
 * (removing dose never breaks a hot-spot or OAR limit). A greedy loading on the model is returned when CBC finds none
 * within the limit (given to CBC as a MIP start it slowed CBC down: measured, left out). The notes
 * give the model's size, CBC's status, the objective (of the loading CBC returned, with its hot-spot
 * indicators made tight), best bound, optimality gap and time.
 *
 * <h2>Solver choice</h2>
 * Measured on the same LP files (this model of the 30, 60 and 120 cc phantoms of {@code SeedPlanner},
 * template grid, 10 mm spacing), 60 s each on a shared 2-core machine; objective (seeds + needle term)
 * / best bound / gap:
 * <pre>
 *                      30 cc (242 pts, 169 cand.)   60 cc (144 pts, 341 cand.)   120 cc (109 pts, 643 cand.)
 * CBC 2.10, 2 threads  33.45 / 21.16 / 36.7 %       40.22 / 29.96 / 25.5 %       64.38 / 41.43 / 35.6 %
 * GLPK 5.0 (glpsol)    29.44 / 20.19 / 31.4 %       41.32 / 28.39 / 31.3 %       59.35 / 40.83 / 31.2 %
 * </pre>
 * CBC with 1 thread: 33.42 (30 cc); with the greedy loading as MIP start or proximity search CBC
 * stayed on loadings with V150 slack (objective &gt; 10^5). OR-Tools 9.15 (Maven Central) did not import
 * these files through its ModelBuilder and was not measured further. Neither of CBC and GLPK finds
 * better loadings throughout; CBC's bounds are tighter in every case, it is EPL-2.0 like the Eclipse
 * platform (GLPK is GPL-3) and it runs as a separate process (no JNI, nothing in the target platform).
 *
 * <p>Deterministic when CBC proves optimality within the limit; a run stopped by the limit returns the
 * best loading found, which may differ between runs (the notes say so).
 *
 * <p>Time limit: system property {@value #TIME_PROPERTY}, else preference {@value #TIME_PREFERENCE} of
 * node {@code org.opensabt.plan}, else {@value #DEFAULT_SECONDS} s.
 */
public final class ExactSeedOptimiser implements SeedOptimiser {

    public static final String ID = "exact-milp";
    /** System property: CBC's time limit in seconds. */
    public static final String TIME_PROPERTY = "opensabt.plan.exact.seconds";
    /** Preference key (node {@code org.opensabt.plan}): CBC's time limit in seconds. */
    public static final String TIME_PREFERENCE = "exactSeconds";
    /** System property: a folder to keep the model (model.lp) in, for measurements. */
    public static final String KEEP_PROPERTY = "opensabt.plan.exact.keep";
    static final double DEFAULT_SECONDS = 60;
    /** Coverage and hot-spot rows leave out kernel entries below this fraction of Rx. */
    static final double DROP_FRACTION = 0.005;
    /** About this many coefficients in the coverage and hot-spot rows. */
    static final long NONZERO_BUDGET = 120_000;
    /** Time kept from CBC's limit for reading its solution and checking the loading on all points (s). */
    static final double AFTER_CBC_SECONDS = 2;
    /** Added to the V100 aim when the model sees a subsample of the points. */
    static final double SUBSAMPLE_MARGIN = 0.01;

    private final Double seconds;

    public ExactSeedOptimiser() {
        this(null);
    }

    /** With a fixed time limit (tests); null: property, preference, default. */
    ExactSeedOptimiser(Double seconds) {
        this.seconds = seconds;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "mixed-integer model (fewest seeds, then needles; V100, V150, V200, OAR and needle rules) solved by COIN-OR CBC within a time limit, "
                + "reporting the optimality gap";
    }

    static double timeLimitSeconds() {
        String v = System.getProperty(TIME_PROPERTY);
        if (v == null || v.isBlank()) {
            v = SupplierPreferences.get(SeedOptimisers.PREFERENCE_NODE, TIME_PREFERENCE, Double.toString(DEFAULT_SECONDS));
        }
        try {
            double s = Double.parseDouble(v.strip());
            return s > 0 ? s : DEFAULT_SECONDS;
        } catch (NumberFormatException e) {
            return DEFAULT_SECONDS;
        }
    }

    @Override
    public Selection optimise(SelectionProblem p, PlanMonitor monitor) throws PlanningException {
        long t0 = System.nanoTime();
        double limit = seconds != null ? seconds : timeLimitSeconds();
        List<String> notes = new ArrayList<>();
        Model m = new Model(p);
        checkCancelled(monitor);
        boolean[] start = m.greedy(p.initialLoading());
        Path dir = null;
        try {
            dir = Files.createTempDirectory("opensabt-milp");
            boolean relaxedCoverage = false;
            // the limit covers the whole optimisation: the model built so far and the check on all points after CBC ({@link #AFTER_CBC_SECONDS})
            double forCbc = Math.max(1, limit - (System.nanoTime() - t0) / 1e9 - AFTER_CBC_SECONDS);
            CbcSolver.Result r = solve(m, dir, false, forCbc, monitor, notes);
            if (!r.hasSolution() && !r.infeasible() && start != null) {
                notes.add("exact-milp: CBC found no loading within the time limit; the greedy loading on the model is returned");
            } else if (!r.hasSolution()) {
                relaxedCoverage = true;
                double left = Math.max(1, limit - (System.nanoTime() - t0) / 1e9);
                notes.add("exact-milp: the model " + (r.infeasible() ? "is infeasible" : "had no solution within the time limit")
                        + " with the V100 aim as a constraint; solved again with coverage as a goal (most covered points first) and no hot-spot rows");
                r = solve(m, dir, true, left, monitor, notes);
            }
            boolean[] loaded = r.hasSolution() ? m.loading(r.values()) : start;
            if (loaded == null) {
                throw new PlanningException("exact-milp: no loading found (CBC: " + r.status() + "); the needle limit or the OAR limits leave no feasible plan");
            }
            // CBC's indicators may be loose in a solution stopped by the limit: the loading's own objective is never higher
            double objective = m.objective(loaded);
            report(p, m, r, relaxedCoverage, r.hasSolution() ? Math.min(r.objective(), objective) : objective, m.modelDose(loaded), notes);
            int repaired = m.repair(loaded);
            if (repaired > 0) {
                notes.add(String.format(Locale.ROOT, "exact-milp: %d seed(s) added greedily to reach the V100 aim %.1f %% on all %d points (the model saw %d)",
                        repaired, 100 * p.v100Aim(), p.targetPoints(), m.sampled.length));
            }
            int pruned = m.prune(loaded);
            if (pruned > 0) {
                notes.add(String.format(Locale.ROOT, "exact-milp: %d seed(s) removed that the V100 aim %.1f %% on all %d points does not need", pruned,
                        100 * p.v100Aim(), p.targetPoints()));
            }
            notes.add(m.summary(loaded, (System.nanoTime() - t0) / 1e9));
            monitor.progress(String.format(Locale.ROOT, "plan: exact-milp done (%.1f s)", (System.nanoTime() - t0) / 1e9));
            return new Selection(loaded, notes);
        } catch (IOException e) {
            throw new PlanningException("exact-milp: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlanningException("planning cancelled; no plan was made");
        } finally {
            deleteQuietly(dir);
        }
    }

    private static CbcSolver.Result solve(Model m, Path dir, boolean softCoverage, double limit, PlanMonitor monitor, List<String> notes)
            throws IOException, InterruptedException, PlanningException {
        LpWriter lp = m.write(softCoverage);
        Path model = dir.resolve("model.lp");
        lp.write(model);
        keep(dir);
        String size = String.format(Locale.ROOT, "%d of %d target points, %d of %d candidates on %d needles; %d binaries, %d rows, %d coefficients",
                m.sampled.length, m.p.targetPoints(), m.modelled.length, m.p.candidates(), m.needleCount, lp.binaries(), lp.rows(), lp.nonzeros());
        monitor.progress("plan: exact-milp model: " + size);
        CbcSolver.Result r = CbcSolver.solve(dir, model, limit, monitor::isCancelled);
        if (r == null) {
            throw new PlanningException("planning cancelled; no plan was made");
        }
        notes.add("exact-milp: model on " + size + " (random point subsample; kernel entries below " + LpWriter.number(100 * DROP_FRACTION)
                + " % of Rx left out of coverage and hot-spot rows)");
        return r;
    }

    private static void report(SelectionProblem p, Model m, CbcSolver.Result r, boolean relaxedCoverage, double objective, double[] modelDose, List<String> notes) {
        double bound = Double.isNaN(r.bound()) ? 0 : r.bound(); // no bound from CBC: 0 is valid (no loading has fewer seeds)
        double gap = gap(objective, bound);
        notes.add(String.format(Locale.ROOT, "exact-milp: CBC \"%s\" in %.1f s: objective %s%s, best bound %s, optimality gap %.1f %%", r.status(), r.seconds(),
                LpWriter.number(round(objective)), r.hasSolution() ? "" : " (the greedy loading)", LpWriter.number(round(bound)), 100 * gap));
        if (!r.hasSolution()) {
            return;
        }
        if (!r.status().startsWith("Optimal")) {
            notes.add("exact-milp: not proven optimal within the time limit (" + TIME_PROPERTY + " or preference " + TIME_PREFERENCE
                    + "); the best loading found is returned and another run may return another");
        }
        Map<String, Double> v = r.values();
        if (relaxedCoverage) {
            double short100 = v.getOrDefault("s100", 0.0);
            notes.add(String.format(Locale.ROOT, "coverage gave way: %.0f of %d model points short of the V100 aim (%.1f %% of the target); V150 and V200 were not sought",
                    short100, m.sampled.length, 100 * short100 / m.sampled.length));
            return;
        }
        int hot150 = 0;
        int hot200 = 0;
        for (double d : modelDose) {
            hot150 += d > 1.5 ? 1 : 0;
            hot200 += d > 2 ? 1 : 0;
        }
        if (hot200 > m.cap200) {
            notes.add(String.format(Locale.ROOT, "V200 goal gave way: %.1f %% of the model points above 2·Rx, goal %.1f %% (+%.1f %%)",
                    100.0 * hot200 / m.sampled.length, 100 * p.goals().v200Max(), 100.0 * hot200 / m.sampled.length - 100 * p.goals().v200Max()));
        }
        if (hot150 > m.cap150) {
            notes.add(String.format(Locale.ROOT, "V150 goal gave way: %.1f %% of the model points above 1.5·Rx, goal %.1f %% (+%.1f %%)",
                    100.0 * hot150 / m.sampled.length, 100 * p.goals().v150Max(), 100.0 * hot150 / m.sampled.length - 100 * p.goals().v150Max()));
        }
    }

    static double gap(double objective, double bound) {
        if (Double.isNaN(objective) || Double.isNaN(bound)) {
            return Double.NaN;
        }
        return Math.max(0, (objective - bound) / Math.max(1e-9, Math.abs(objective)));
    }

    private static double round(double v) {
        return Math.rint(v * 1000) / 1000;
    }

    private static void keep(Path dir) throws IOException {
        String keep = System.getProperty(KEEP_PROPERTY);
        if (keep != null && !keep.isBlank()) {
            Path to = Path.of(keep);
            Files.createDirectories(to);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.copy(f, to.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void checkCancelled(PlanMonitor monitor) throws PlanningException {
        if (monitor.isCancelled()) {
            throw new PlanningException("planning cancelled; no plan was made");
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // a temporary folder left behind holds no patient data beyond kernels; nothing to do
        }
    }

    /** The reduced problem: sampled points, modelled candidates, needles, OAR rows; and its evaluation on all points. */
    static final class Model {
        final SelectionProblem p;
        final int[] sampled;
        final int[] modelled;
        /** per sampled point: modelled candidate indices (into modelled) and coefficients (k/Rx) kept in its rows */
        final int[][] rowIndex;
        final double[][] rowCoeff;
        final int needleCount;
        final int[] needleVar; // per problem needle: index of its u variable, −1 inserted (free), −2 closed
        final int need100;
        final int cap150;
        final int cap200;
        final boolean subsample;

        Model(SelectionProblem p) {
            this.p = p;
            int n = p.candidates();
            int points = p.targetPoints();
            double rx = p.rxGy();
            float[][] k = p.targetKernelGy();
            // density of kept entries, estimated on up to 200 points, sets the subsample size
            SplittableRandom random = new SplittableRandom(p.randomSeed() ^ 0x5eed);
            long kept = 0;
            int probes = Math.min(points, 200);
            for (int t = 0; t < probes; t++) {
                int i = random.nextInt(points);
                for (int j = 0; j < n; j++) {
                    if (k[j][i] >= DROP_FRACTION * rx) {
                        kept++;
                    }
                }
            }
            double perPoint = probes == 0 ? 1 : Math.max(1, (double) kept / probes);
            int size = (int) Math.min(points, Math.max(Math.min(points, 60), NONZERO_BUDGET / (3 * perPoint)));
            subsample = size < points;
            int[] order = new int[points];
            for (int i = 0; i < points; i++) {
                order[i] = i;
            }
            for (int i = 0; i < size; i++) { // partial Fisher–Yates
                int r = i + random.nextInt(points - i);
                int t = order[i];
                order[i] = order[r];
                order[r] = t;
            }
            sampled = Arrays.copyOf(order, size);
            Arrays.sort(sampled);
            // candidates closed by an incompatible inserted needle are left out
            boolean[] closed = new boolean[p.needles().count()];
            for (int a = 0; a < closed.length; a++) {
                if (p.needles().alreadyInserted(a)) {
                    for (int b = 0; b < closed.length; b++) {
                        if (b != a && !p.needles().alreadyInserted(b) && !p.needles().compatible(a, b)) {
                            closed[b] = true;
                        }
                    }
                }
            }
            boolean[] useful = new boolean[n];
            for (int j = 0; j < n; j++) {
                if (closed[p.needleOfCandidate()[j]]) {
                    continue;
                }
                for (int i : sampled) {
                    if (k[j][i] >= DROP_FRACTION * rx) {
                        useful[j] = true;
                        break;
                    }
                }
            }
            modelled = java.util.stream.IntStream.range(0, n).filter(j -> useful[j]).toArray();
            rowIndex = new int[size][];
            rowCoeff = new double[size][];
            for (int s = 0; s < size; s++) {
                int i = sampled[s];
                int c = 0;
                int[] idx = new int[modelled.length];
                double[] co = new double[modelled.length];
                for (int m = 0; m < modelled.length; m++) {
                    double v = k[modelled[m]][i] / rx;
                    if (v >= DROP_FRACTION) {
                        idx[c] = m;
                        co[c++] = v;
                    }
                }
                rowIndex[s] = Arrays.copyOf(idx, c);
                rowCoeff[s] = Arrays.copyOf(co, c);
            }
            needleVar = new int[p.needles().count()];
            Arrays.fill(needleVar, -2);
            int u = 0;
            for (int m = 0; m < modelled.length; m++) {
                int needle = p.needleOfCandidate()[modelled[m]];
                if (needleVar[needle] == -2) {
                    needleVar[needle] = p.needles().alreadyInserted(needle) ? -1 : u++;
                }
            }
            needleCount = u;
            double aim = Math.min(1, p.v100Aim() + (subsample ? SUBSAMPLE_MARGIN : 0));
            need100 = (int) Math.ceil(aim * size - 1e-9);
            cap150 = (int) Math.floor(p.goals().v150Max() * size + 1e-9);
            cap200 = (int) Math.floor(p.goals().v200Max() * size + 1e-9);
        }

        private static String x(int m) {
            return "x" + m;
        }

        private String u(int m) {
            int v = needleVar[p.needleOfCandidate()[modelled[m]]];
            return v >= 0 ? "u" + v : null;
        }

        LpWriter write(boolean softCoverage) {
            LpWriter lp = new LpWriter();
            int n = p.candidates();
            for (int m = 0; m < modelled.length; m++) {
                lp.objective(1, x(m));
                lp.binary(x(m));
            }
            double needleWeight = 1.0 / (needleCount + 1);
            for (int v = 0; v < needleCount; v++) {
                lp.objective(needleWeight, "u" + v);
                lp.binary("u" + v);
            }
            // needles
            for (int m = 0; m < modelled.length; m++) {
                String u = u(m);
                if (u != null) {
                    lp.row().add(1, x(m)).add(-1, u).atMost("n" + m, 0);
                }
            }
            if (p.needles().maxNeedles() > 0 && needleCount > p.needles().maxNeedles()) {
                LpWriter.Row r = lp.row();
                for (int v = 0; v < needleCount; v++) {
                    r.add(1, "u" + v);
                }
                r.atMost("maxneedles", p.needles().maxNeedles());
            }
            int[] needleOfVar = new int[needleCount];
            for (int a = 0; a < needleVar.length; a++) {
                if (needleVar[a] >= 0) {
                    needleOfVar[needleVar[a]] = a;
                }
            }
            for (int a = 0; a < needleCount; a++) {
                for (int b = a + 1; b < needleCount; b++) {
                    if (!p.needles().compatible(needleOfVar[a], needleOfVar[b])) {
                        lp.row().add(1, "u" + a).add(1, "u" + b).atMost("c" + a + "_" + b, 1);
                    }
                }
            }
            // coverage
            LpWriter.Row count = lp.row();
            for (int s = 0; s < sampled.length; s++) {
                double sum = Arrays.stream(rowCoeff[s]).sum();
                if (sum >= 1) {
                    LpWriter.Row r = lp.row();
                    for (int t = 0; t < rowIndex[s].length; t++) {
                        r.add(rowCoeff[s][t], x(rowIndex[s][t]));
                    }
                    r.add(-1, "y" + s).atLeast("cv" + s, 0);
                    lp.binary("y" + s);
                    count.add(1, "y" + s);
                }
            }
            if (softCoverage) {
                count.add(1, "s100");
                lp.continuous("s100", need100);
                lp.objective(n + 1, "s100");
            }
            count.atLeast("cover", need100);
            if (!softCoverage) {
                hot(lp, 1.5, "a", cap150, "s150", (double) (n + 1) * (sampled.length + 1), null);
                hot(lp, 2.0, "b", cap200, "s200", n + 1, "a");
            }
            // OAR: every point whose dose can exceed the limit, full kernel
            for (int o = 0; o < p.oars().size(); o++) {
                SelectionProblem.OarTerm term = p.oars().get(o);
                float[][] ko = term.kernelGy();
                int points = ko.length == 0 ? 0 : ko[0].length;
                for (int l = 0; l < term.limits().size(); l++) {
                    OarLimit limit = term.limits().get(l);
                    // OarLimit.evaluate: the metric is the dose of the hottest ⌈V/pointCc⌉-th point (the coldest when there are fewer points)
                    int hottest = "Dmax".equals(limit.metric()) ? 1 : (int) Math.max(1, Math.ceil(limit.volumeCc() / p.pointCc()));
                    int allowed = Math.max(0, Math.min(hottest, points) - 1);
                    LpWriter.Row total = lp.row();
                    for (int i = 0; i < points; i++) {
                        double sum = 0;
                        for (int m = 0; m < modelled.length; m++) {
                            sum += ko[modelled[m]][i];
                        }
                        if (sum <= limit.limitGy()) {
                            continue;
                        }
                        LpWriter.Row r = lp.row();
                        for (int m = 0; m < modelled.length; m++) {
                            r.add(ko[modelled[m]][i] / p.rxGy(), x(m));
                        }
                        String g = "g" + o + "_" + l + "_" + i;
                        if (allowed > 0) {
                            r.add(-(sum - limit.limitGy()) / p.rxGy(), g);
                            lp.binary(g);
                            total.add(1, g);
                        }
                        r.atMost("o" + o + "_" + l + "_" + i, limit.limitGy() / p.rxGy());
                    }
                    total.atMost("oc" + o + "_" + l, allowed);
                }
            }
            return lp;
        }

        private void hot(LpWriter lp, double level, String name, int cap, String slack, double weight, String within) {
            LpWriter.Row count = lp.row();
            for (int s = 0; s < sampled.length; s++) {
                double sum = Arrays.stream(rowCoeff[s]).sum();
                if (sum <= level) {
                    continue;
                }
                LpWriter.Row r = lp.row();
                for (int t = 0; t < rowIndex[s].length; t++) {
                    r.add(rowCoeff[s][t], x(rowIndex[s][t]));
                }
                r.add(-(sum - level), name + s).atMost(name + "r" + s, level);
                lp.binary(name + s);
                count.add(1, name + s);
                if (within != null && sum > 1.5) {
                    lp.row().add(1, name + s).add(-1, within + s).atMost(name + "w" + s, 0);
                }
            }
            if (count.terms() > 0) {
                count.add(-1, slack);
                lp.continuous(slack, sampled.length);
                lp.objective(weight, slack);
                count.atMost(name + "cap", cap);
            }
        }

        /** Model dose (units of Rx) at the sampled points of a loading over all candidates. */
        double[] modelDose(boolean[] loaded) {
            double[] d = new double[sampled.length];
            for (int s = 0; s < sampled.length; s++) {
                for (int t = 0; t < rowIndex[s].length; t++) {
                    if (loaded[modelled[rowIndex[s][t]]]) {
                        d[s] += rowCoeff[s][t];
                    }
                }
            }
            return d;
        }

        /** The model's objective of a loading (seeds, needles, hot-spot slacks), for the gap of the greedy loading. */
        double objective(boolean[] loaded) {
            double[] d = modelDose(loaded);
            int seeds = 0;
            boolean[] open = new boolean[needleCount];
            for (int m = 0; m < modelled.length; m++) {
                if (loaded[modelled[m]]) {
                    seeds++;
                    int v = needleVar[p.needleOfCandidate()[modelled[m]]];
                    if (v >= 0) {
                        open[v] = true;
                    }
                }
            }
            int needles = 0;
            for (boolean b : open) {
                needles += b ? 1 : 0;
            }
            int hot150 = 0;
            int hot200 = 0;
            for (double v : d) {
                hot150 += v > 1.5 ? 1 : 0;
                hot200 += v > 2 ? 1 : 0;
            }
            int n = p.candidates();
            return seeds + needles / (needleCount + 1.0) + (double) (n + 1) * Math.max(0, hot200 - cap200)
                    + (double) (n + 1) * (sampled.length + 1) * Math.max(0, hot150 - cap150);
        }

        boolean[] loading(Map<String, Double> values) {
            boolean[] loaded = new boolean[p.candidates()];
            for (int m = 0; m < modelled.length; m++) {
                loaded[modelled[m]] = values.getOrDefault(x(m), 0.0) > 0.5;
            }
            return loaded;
        }

        /** Greedy coverage on the model (the loading returned when CBC finds none in time); null when the needle rules stop it short of the aim. */
        boolean[] greedy(boolean[] initial) {
            boolean[] loaded = initial != null ? initial.clone() : new boolean[p.candidates()];
            double[] d = modelDose(loaded);
            int covered = 0;
            for (double v : d) {
                covered += v >= 1 ? 1 : 0;
            }
            NeedleState needles = new NeedleState(p, loaded);
            double[][] col = columns();
            while (covered < need100) {
                int best = -1;
                double bestGain = 0;
                for (int m = 0; m < modelled.length; m++) {
                    int j = modelled[m];
                    if (loaded[j] || !needles.mayUse(p.needleOfCandidate()[j])) {
                        continue;
                    }
                    double gain = 0;
                    double[] c = col[m];
                    for (int s = 0; s < c.length; s++) {
                        if (c[s] > 0 && d[s] < 1) {
                            gain += Math.min(1, d[s] + c[s]) - d[s];
                        }
                    }
                    if (!needles.open(p.needleOfCandidate()[j])) {
                        gain *= 0.5; // prefer needles in use
                    }
                    if (gain > bestGain) {
                        bestGain = gain;
                        best = m;
                    }
                }
                if (best < 0) {
                    return null;
                }
                loaded[modelled[best]] = true;
                needles.use(p.needleOfCandidate()[modelled[best]]);
                for (int s = 0; s < d.length; s++) {
                    boolean was = d[s] >= 1;
                    d[s] += col[best][s];
                    if (!was && d[s] >= 1) {
                        covered++;
                    }
                }
            }
            return loaded;
        }

        private double[][] columns() {
            double[][] col = new double[modelled.length][sampled.length];
            for (int s = 0; s < sampled.length; s++) {
                for (int t = 0; t < rowIndex[s].length; t++) {
                    col[rowIndex[s][t]][s] = rowCoeff[s][t];
                }
            }
            return col;
        }

        /** The loading's dose (Gy) at every target point. */
        double[] doseAtPoints(boolean[] loaded) {
            float[][] k = p.targetKernelGy();
            double[] d = new double[p.targetPoints()];
            for (int j = 0; j < loaded.length; j++) {
                if (loaded[j]) {
                    for (int i = 0; i < d.length; i++) {
                        d[i] += k[j][i];
                    }
                }
            }
            return d;
        }

        /** Target points with at least the prescription dose. */
        int covered(double[] doseGy) {
            int covered = 0;
            for (double v : doseGy) {
                covered += v >= p.rxGy() ? 1 : 0;
            }
            return covered;
        }

        /** Adds seeds (largest coverage gain on all points, needle rules kept) until V100 meets the aim on all points; returns how many. */
        int repair(boolean[] loaded) {
            float[][] k = p.targetKernelGy();
            int points = p.targetPoints();
            double rx = p.rxGy();
            double[] d = doseAtPoints(loaded);
            int need = (int) Math.ceil(p.v100Aim() * points - 1e-9);
            int covered = covered(d);
            NeedleState needles = new NeedleState(p, loaded);
            boolean[] banned = new boolean[loaded.length];
            int added = 0;
            while (covered < need) {
                int best = -1;
                double bestGain = 0;
                for (int j = 0; j < loaded.length; j++) {
                    if (loaded[j] || banned[j] || !needles.mayUse(p.needleOfCandidate()[j])) {
                        continue;
                    }
                    double gain = 0;
                    for (int i = 0; i < points; i++) {
                        if (d[i] < rx) {
                            gain += Math.min(rx, d[i] + k[j][i]) - d[i];
                        }
                    }
                    if (gain > bestGain) {
                        bestGain = gain;
                        best = j;
                    }
                }
                if (best < 0) {
                    break;
                }
                loaded[best] = true;
                if (!oarWithinLimits(loaded)) { // a required limit outranks the V100 aim here
                    loaded[best] = false;
                    banned[best] = true;
                    continue;
                }
                needles.use(p.needleOfCandidate()[best]);
                added++;
                covered = 0;
                for (int i = 0; i < points; i++) {
                    d[i] += k[best][i];
                    covered += d[i] >= rx ? 1 : 0;
                }
            }
            return added;
        }

        /** Removes seeds (last candidate first) while V100 on all points keeps the aim; removing dose never breaks a hot-spot or OAR limit. */
        int prune(boolean[] loaded) {
            float[][] k = p.targetKernelGy();
            int points = p.targetPoints();
            double rx = p.rxGy();
            double[] d = doseAtPoints(loaded);
            int need = (int) Math.ceil(p.v100Aim() * points - 1e-9);
            int covered = covered(d);
            int removed = 0;
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int j = loaded.length - 1; j >= 0; j--) {
                    if (!loaded[j]) {
                        continue;
                    }
                    int lost = 0;
                    for (int i = 0; i < points; i++) {
                        if (d[i] >= rx && d[i] - k[j][i] < rx) {
                            lost++;
                        }
                    }
                    if (covered - lost >= need) {
                        loaded[j] = false;
                        covered -= lost;
                        for (int i = 0; i < points; i++) {
                            d[i] -= k[j][i];
                        }
                        removed++;
                        changed = true;
                    }
                }
            }
            return removed;
        }

        private boolean oarWithinLimits(boolean[] loaded) {
            for (SelectionProblem.OarTerm term : p.oars()) {
                float[] od = oarDose(term, loaded);
                for (OarLimit l : term.limits()) {
                    if (l.evaluate(od, p.pointCc()) > l.limitGy()) {
                        return false;
                    }
                }
            }
            return true;
        }

        private static float[] oarDose(SelectionProblem.OarTerm term, boolean[] loaded) {
            int op = term.kernelGy().length == 0 ? 0 : term.kernelGy()[0].length;
            float[] od = new float[op];
            for (int j = 0; j < loaded.length; j++) {
                if (loaded[j]) {
                    for (int i = 0; i < op; i++) {
                        od[i] += term.kernelGy()[j][i];
                    }
                }
            }
            return od;
        }

        /** The loading's seeds, needles and V100/V150/V200 on all target points, and its OAR metrics. */
        String summary(boolean[] loaded, double seconds) {
            float[][] k = p.targetKernelGy();
            int points = p.targetPoints();
            double rx = p.rxGy();
            int seeds = 0;
            boolean[] needles = new boolean[p.needles().count()];
            double[] d = new double[points];
            for (int j = 0; j < loaded.length; j++) {
                if (loaded[j]) {
                    seeds++;
                    needles[p.needleOfCandidate()[j]] = true;
                    for (int i = 0; i < points; i++) {
                        d[i] += k[j][i];
                    }
                }
            }
            int c100 = 0;
            int c150 = 0;
            int c200 = 0;
            for (double v : d) {
                c100 += v >= rx ? 1 : 0;
                c150 += v > 1.5 * rx ? 1 : 0;
                c200 += v > 2 * rx ? 1 : 0;
            }
            int used = 0;
            for (boolean b : needles) {
                used += b ? 1 : 0;
            }
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                    "exact-milp: %d seeds on %d needles; on all %d points V100 %.1f %%, V150 %.1f %%, V200 %.1f %% (%.1f s in all)", seeds, used, points,
                    100.0 * c100 / Math.max(1, points), 100.0 * c150 / Math.max(1, points), 100.0 * c200 / Math.max(1, points), seconds));
            for (SelectionProblem.OarTerm term : p.oars()) {
                float[] od = oarDose(term, loaded);
                for (OarLimit l : term.limits()) {
                    s.append(String.format(Locale.ROOT, "; %s %s %.1f Gy (limit %.1f)", term.name(), l.metric(), l.evaluate(od, p.pointCc()), l.limitGy()));
                }
            }
            return s.toString();
        }
    }

    /** Which needles are in use, and whether another may open (limit, compatibility, inserted needles). */
    static final class NeedleState {
        private final SelectionProblem p;
        private final boolean[] open;
        private int counted;

        NeedleState(SelectionProblem p, boolean[] loaded) {
            this.p = p;
            open = new boolean[p.needles().count()];
            for (int a = 0; a < open.length; a++) {
                if (p.needles().alreadyInserted(a)) {
                    open[a] = true;
                }
            }
            for (int j = 0; j < loaded.length; j++) {
                if (loaded[j]) {
                    use(p.needleOfCandidate()[j]);
                }
            }
        }

        boolean open(int needle) {
            return open[needle];
        }

        boolean mayUse(int needle) {
            if (open[needle]) {
                return true;
            }
            if (p.needles().maxNeedles() > 0 && counted >= p.needles().maxNeedles()) {
                return false;
            }
            for (int a = 0; a < open.length; a++) {
                if (open[a] && !p.needles().compatible(a, needle)) {
                    return false;
                }
            }
            return true;
        }

        void use(int needle) {
            if (!open[needle]) {
                open[needle] = true;
                if (!p.needles().alreadyInserted(needle)) {
                    counted++;
                }
            }
        }
    }
}
