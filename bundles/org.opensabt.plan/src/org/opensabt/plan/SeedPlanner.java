package org.opensabt.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.opensabt.contour.Mask;
import org.opensabt.contour.StructureGeometry;
import org.opensabt.dose.DoseRateKernel;
import org.opensabt.dose.PermanentImplant;
import org.opensabt.dose.SeedPlacement;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Structure;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.model.geometry.Vec3;

/**
 * Inverse planning of needles and seeds:
 * <ol>
 * <li>candidate needles from the request's {@link NeedleGeometry} (template grid, free or inserted)
 * that enter through the skin and cross no no-pass structure ({@link CandidateNeedles});</li>
 * <li>the total dose (Gy, Ḋ₀·τ, TG-43 line source along each needle) of every candidate seed at
 * every evaluation point of the target and the limited OARs, on a 2–4 mm grid chosen so the kernel
 * matrix stays within memory and the target within {@link #MAX_POINTS} points;</li>
 * <li>seed selection by a {@link SeedOptimiser} service;</li>
 * <li>the plan's metrics on the evaluation grid, and which goal gave way, if any.</li>
 * </ol>
 * The plan is then evaluated on the dose engine's finer grid by the caller (the plan command).
 */
public final class SeedPlanner {

    /** A needle of the plan: skin entry, tip at its deepest seed (mm, LPS), insertion direction. */
    public record PlannedNeedle(String id, double[] entryMm, double[] tipMm, double[] directionUnit) {
    }

    /** V100, D90, V150, V200 of a loading on the evaluation grid (fractions and Gy). */
    public record GridMetrics(double v100, double d90Gy, double v150, double v200) {
    }

    /**
     * The plan. {@code unmet} lists required goals missed (D90, V100, OAR limits), {@code gaveWay} the
     * sought goals exceeded (V150, V200), each with the amount.
     */
    public record Result(List<PlannedNeedle> needles, List<SeedPlacement> seeds, int candidateSeeds, int candidateNeedles, GridMetrics metrics,
            List<String> unmet, List<String> gaveWay, List<String> notes, Baseline baseline, double evaluationGridMm) {
    }

    /** Uniform loading of every template-lattice position inside the target: the simple baseline. */
    public record Baseline(int seeds, GridMetrics metrics) {
    }

    /**
     * How far above the V100 goal the optimiser aims on its 2 mm (or coarser) point grid, so that the dose
     * engine's partial-volume DVH on its own grid meets the goal: at 1 % the engine fell short by up to
     * 0.3 points on the phantoms.
     */
    static final double V100_MARGIN = 0.02;
    static final double V100_MARGIN_COARSE = 0.03;

    /** Most target evaluation points: finer grids than this add time, not plan quality. */
    static final double MAX_POINTS = 20_000;

    /** Most kernel entries (candidates × points) held at once: 4 bytes each. */
    static final long KERNEL_BUDGET = 60_000_000L;

    private final DoseRateKernel kernel;
    private final SeedSource source;
    private final SeedOptimiser optimiser;

    public SeedPlanner(DoseRateKernel kernel, SeedSource source, SeedOptimiser optimiser) {
        this.kernel = kernel;
        this.source = source;
        this.optimiser = optimiser;
    }

    public Result plan(PatientCase c, PlanRequest request, PlanMonitor monitor) throws PlanningException {
        return plan(c, request, monitor, 2);
    }

    /**
     * As {@link #plan(PatientCase, PlanRequest, PlanMonitor)} on an evaluation grid of at least
     * {@code minEvaluationGridMm} (2–4 mm): 4 mm makes a quick re-plan (the alternatives of {@link SoughtGoals}).
     *
     * @since 1.3
     */
    public Result plan(PatientCase c, PlanRequest request, PlanMonitor monitor, double minEvaluationGridMm) throws PlanningException {
        long t0 = System.nanoTime();
        PlanningScene scene = new PlanningScene(c, request);
        CandidateNeedles candidates = CandidateNeedles.generate(scene, request);
        List<String> notes = new ArrayList<>(scene.notes);
        notes.addAll(candidates.notes);
        if (!candidates.leftOut.isEmpty()) {
            notes.add("candidate needles " + candidates.leftOutText());
        }
        int n = candidates.seedCount();
        // evaluation grid: 2 mm when the kernel matrix fits the budget, else coarser
        double evalMm = Math.max(2, Math.min(4, minEvaluationGridMm));
        while (evalMm < 4 && (n * (scene.targetCc * 1000 / Math.pow(evalMm, 3)) > KERNEL_BUDGET || scene.targetCc * 1000 / Math.pow(evalMm, 3) > MAX_POINTS)) {
            evalMm += 1;
        }
        GridGeometry eval = evaluationGrid(scene, evalMm);
        List<double[]> targetPoints = points(StructureGeometry.mask(scene.target, eval));
        if ((long) n * targetPoints.size() > 2 * KERNEL_BUDGET) {
            throw new PlanningException(String.format(Locale.ROOT, "%d candidate seeds × %d target points exceed the planner's memory budget: "
                    + "narrow the entry region (free:<dir>:<cone>), widen the pitch or the seed spacing", n, targetPoints.size()));
        }
        monitor.progress(String.format(Locale.ROOT, "plan: %d candidate needles, %d candidate seeds, %d target points on a %.0f mm grid (%.1f s)",
                candidates.lines.size(), n, targetPoints.size(), evalMm, (System.nanoTime() - t0) / 1e9));
        checkCancelled(monitor);

        // candidate seeds, their needles and neighbours along the needle
        List<double[]> seedPositions = new ArrayList<>();
        List<double[]> seedAxes = new ArrayList<>();
        int[] needleOf = new int[n];
        int[] previous = new int[n];
        int[] next = new int[n];
        for (int line = 0, j = 0; line < candidates.lines.size(); line++) {
            CandidateNeedles.Line l = candidates.lines.get(line);
            for (int k = 0; k < l.seedsMm().size(); k++, j++) {
                seedPositions.add(l.seedsMm().get(k));
                seedAxes.add(l.directionUnit());
                needleOf[j] = line;
                previous[j] = k == 0 ? -1 : j - 1;
                next[j] = k == l.seedsMm().size() - 1 ? -1 : j + 1;
            }
        }
        double gyPerU = request.strengthU() * PermanentImplant.totalDoseGy(1.0, source.halfLifeDays());
        long kernelStart = System.nanoTime();
        long evaluations = (long) n * targetPoints.size();
        float[][] targetKernel = kernels(seedPositions, seedAxes, targetPoints, gyPerU);
        List<SelectionProblem.OarTerm> oarTerms = new ArrayList<>();
        for (Structure oar : scene.oars) {
            List<OarLimit> limits = request.oarLimits().stream().filter(l -> l.structure().equals(oar.getName())).toList();
            if (!limits.isEmpty()) {
                Mask where = StructureGeometry.mask(oar, eval);
                if (scene.limitedOutsideTarget.contains(oar.getName())) { // limits apply to the organ outside the target
                    where = where.subtraction(StructureGeometry.mask(scene.target, eval));
                }
                List<double[]> oarPoints = points(where);
                evaluations += (long) n * oarPoints.size();
                oarTerms.add(new SelectionProblem.OarTerm(oar.getName(), kernels(seedPositions, seedAxes, oarPoints, gyPerU), limits));
            }
        }
        double kernelSeconds = (System.nanoTime() - kernelStart) / 1e9;
        monitor.progress(String.format(Locale.ROOT, "plan: dose kernels computed, %d evaluations in %.2f s (%.2g per second; %.1f s)", evaluations, kernelSeconds,
                evaluations / Math.max(kernelSeconds, 1e-9), (System.nanoTime() - t0) / 1e9));
        checkCancelled(monitor);
        // the optimiser sees the seed budget as a seed count (a total strength limit at this strength per seed)
        int seedLimit = request.goals().seedLimit(request.strengthU());
        SelectionProblem problem = new SelectionProblem(targetKernel, oarTerms, needleOf, previous, next, rules(candidates, request), request.rxGy(),
                request.goals().withSeedBudget(seedLimit, 0), Math.min(1, request.goals().v100Min() + (evalMm > 2 ? V100_MARGIN_COARSE : V100_MARGIN)), eval.voxelVolumeCc(), request.randomSeed(),
                initialLoading(request, seedPositions, notes));
        Selection selection = optimiser.optimise(problem, monitor);
        notes.addAll(selection.notes());
        boolean[] loaded = selection.loaded();

        // the plan's needles (numbered in order) and seeds
        List<PlannedNeedle> needles = new ArrayList<>();
        List<SeedPlacement> seeds = new ArrayList<>();
        int[] planNeedle = new int[candidates.lines.size()];
        Arrays.fill(planNeedle, -1);
        for (int j = 0; j < n; j++) {
            if (!loaded[j]) {
                continue;
            }
            int line = needleOf[j];
            CandidateNeedles.Line l = candidates.lines.get(line);
            if (planNeedle[line] < 0) {
                planNeedle[line] = needles.size();
                double[] deepest = l.seedsMm().get(0);
                for (int k = j; k < n && needleOf[k] == line; k++) {
                    if (loaded[k]) {
                        deepest = seedPositions.get(k);
                    }
                }
                needles.add(new PlannedNeedle(l.insertedId() != null ? l.insertedId() : "N" + (needles.size() + 1), l.entryMm(),
                        l.insertedId() != null ? l.tipMm() : deepest, l.directionUnit()));
            }
            seeds.add(new SeedPlacement(needles.get(planNeedle[line]).id() + "-S" + (seeds.size() + 1), seedPositions.get(j), l.directionUnit(),
                    request.strengthU()));
        }
        double[] dose = doseOf(loaded, targetKernel);
        GridMetrics metrics = metrics(dose, request.rxGy());
        List<String> unmet = new ArrayList<>();
        PlanGoals goals = request.goals();
        if (metrics.d90Gy() < request.rxGy()) {
            unmet.add(String.format(Locale.ROOT, "D90 %.1f Gy is %.1f Gy below Rx %.1f Gy", metrics.d90Gy(), request.rxGy() - metrics.d90Gy(), request.rxGy()));
        }
        if (metrics.v100() < goals.v100Min()) {
            unmet.add(String.format(Locale.ROOT, "V100 %.1f %% is %.1f points below the goal %.1f %%", 100 * metrics.v100(),
                    100 * (goals.v100Min() - metrics.v100()), 100 * goals.v100Min()));
        }
        for (SelectionProblem.OarTerm oar : oarTerms) {
            float[] od = toFloat(doseOf(loaded, oar.kernelGy()));
            for (OarLimit l : oar.limits()) {
                double value = l.evaluate(od, eval.voxelVolumeCc());
                if (value > l.limitGy()) {
                    unmet.add(String.format(Locale.ROOT, "OAR limit %s%s: %.1f Gy, %.1f Gy over", l,
                            scene.limitedOutsideTarget.contains(oar.name()) ? " (outside " + scene.target.getName() + ")" : "", value, value - l.limitGy()));
                }
            }
        }
        if (!unmet.isEmpty() && request.maxNeedles() > 0 && needles.size() >= request.maxNeedles()) {
            unmet.add("the needle limit " + request.maxNeedles() + " was reached");
        }
        if (!unmet.isEmpty() && seedLimit > 0 && seeds.size() >= seedLimit) {
            unmet.add("the seed limit " + seedLimit + " was reached" + (request.goals().maxTotalStrengthU() > 0 ? String.format(Locale.ROOT,
                    " (%.2f U in total at %.3f U per seed)", request.goals().maxTotalStrengthU(), request.strengthU()) : ""));
        }
        List<String> gaveWay = new ArrayList<>();
        if (metrics.v150() > goals.v150Max()) {
            gaveWay.add(String.format(Locale.ROOT, "V150 %.1f %% is %.1f points above the goal %.1f %%", 100 * metrics.v150(),
                    100 * (metrics.v150() - goals.v150Max()), 100 * goals.v150Max()));
        }
        if (metrics.v200() > goals.v200Max()) {
            gaveWay.add(String.format(Locale.ROOT, "V200 %.1f %% is %.1f points above the goal %.1f %%", 100 * metrics.v200(),
                    100 * (metrics.v200() - goals.v200Max()), 100 * goals.v200Max()));
        }
        Baseline baseline = baseline(scene, request, targetPoints, gyPerU);
        return new Result(needles, seeds, n, candidates.lines.size(), metrics, unmet, gaveWay, notes, baseline, evalMm);
    }

    /** For a re-plan from a stored plan: each planned seed moved to the nearest candidate position (within half the seed spacing). */
    private static boolean[] initialLoading(PlanRequest request, List<double[]> candidates, List<String> notes) {
        if (!(request.needles() instanceof NeedleGeometry.Inserted inserted) || inserted.plannedSeedsMm().isEmpty()) {
            return null;
        }
        boolean[] loaded = new boolean[candidates.size()];
        int placed = 0;
        for (double[] seed : inserted.plannedSeedsMm()) {
            int best = -1;
            double bestDistance = request.seedSpacingMm() / 2;
            for (int j = 0; j < candidates.size(); j++) {
                double d = Vec3.distance(seed, candidates.get(j));
                if (d < bestDistance && !loaded[j]) {
                    bestDistance = d;
                    best = j;
                }
            }
            if (best >= 0) {
                loaded[best] = true;
                placed++;
            }
        }
        notes.add(String.format(Locale.ROOT, "re-plan started from %d of the %d planned seeds%s", placed, inserted.plannedSeedsMm().size(),
                placed < inserted.plannedSeedsMm().size() ? String.format(Locale.ROOT, " (the others lie more than %.0f mm from any position on the "
                        + "needles as inserted)", request.seedSpacingMm() / 2) : ""));
        return loaded;
    }

    private static SelectionProblem.NeedleRules rules(CandidateNeedles candidates, PlanRequest request) {
        List<CandidateNeedles.Line> lines = candidates.lines;
        NeedleGeometry.Free free = request.needles() instanceof NeedleGeometry.Free f ? f : null;
        return new SelectionProblem.NeedleRules() {
            @Override
            public int count() {
                return lines.size();
            }

            @Override
            public boolean alreadyInserted(int needle) {
                return lines.get(needle).insertedId() != null;
            }

            @Override
            public int maxNeedles() {
                return request.maxNeedles();
            }

            @Override
            public boolean compatible(int a, int b) {
                return free == null || a == b || CandidateNeedles.compatible(lines.get(a), lines.get(b), free);
            }
        };
    }

    /** Uniform loading of the 5 mm template lattice along the request's direction (AP for free needles in any direction). */
    private Baseline baseline(PlanningScene scene, PlanRequest request, List<double[]> targetPoints, double gyPerU) {
        NeedleGeometry g = request.needles();
        double[] direction = new double[] { 0, 1, 0 };
        if (g instanceof NeedleGeometry.TemplateGrid grid) {
            direction = grid.directionUnit();
        } else if (g instanceof NeedleGeometry.Free free && free.entryDirectionUnit() != null) {
            direction = free.entryDirectionUnit();
        } else if (g instanceof NeedleGeometry.Inserted inserted) {
            direction = inserted.needles().get(0).directionUnit();
        }
        double[] axis = direction;
        List<double[]> lattice = CandidateNeedles.uniformLattice(scene, axis, 5, request.seedSpacingMm());
        double[] dose = new double[targetPoints.size()];
        for (int from = 0; from < lattice.size(); from += 64) { // 64 seeds' kernels at a time: a few MB, not the whole lattice's
            List<double[]> chunk = lattice.subList(from, Math.min(lattice.size(), from + 64));
            for (float[] k : kernels(chunk, java.util.Collections.nCopies(chunk.size(), axis), targetPoints, gyPerU)) {
                for (int i = 0; i < dose.length; i++) {
                    dose[i] += k[i];
                }
            }
        }
        return new Baseline(lattice.size(), metrics(dose, request.rxGy()));
    }

    static GridMetrics metrics(double[] dose, double rx) {
        return new GridMetrics(coverage(dose, rx), d90(dose), coverage(dose, 1.5 * rx), coverage(dose, 2 * rx));
    }

    private static GridGeometry evaluationGrid(PlanningScene scene, double evalMm) {
        double[] e = scene.targetExtentMm;
        double margin = 15;
        return GridGeometry.axisAligned(new double[] { e[0] - margin, e[1] - margin, e[2] - margin }, new double[] { evalMm, evalMm, evalMm },
                (int) ((e[3] - e[0] + 2 * margin) / evalMm) + 1, (int) ((e[4] - e[1] + 2 * margin) / evalMm) + 1,
                (int) ((e[5] - e[2] + 2 * margin) / evalMm) + 1);
    }

    private static void checkCancelled(PlanMonitor monitor) throws PlanningException {
        if (monitor.isCancelled()) {
            throw new PlanningException("planning cancelled; no plan was made");
        }
    }

    static double[] doseOf(boolean[] loaded, float[][] kernel) {
        double[] dose = new double[kernel.length == 0 ? 0 : kernel[0].length];
        for (int j = 0; j < loaded.length; j++) {
            if (loaded[j]) {
                for (int i = 0; i < dose.length; i++) {
                    dose[i] += kernel[j][i];
                }
            }
        }
        return dose;
    }

    private static float[] toFloat(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }

    /** Fraction of points with dose ≥ level. */
    static double coverage(double[] dose, double level) {
        int c = 0;
        for (double v : dose) {
            if (v >= level) {
                c++;
            }
        }
        return dose.length == 0 ? 0 : (double) c / dose.length;
    }

    /** Dose covering 90 % of the points. */
    static double d90(double[] dose) {
        double[] sorted = dose.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[(int) Math.floor(0.1 * sorted.length)];
    }

    /**
     * Dose (Gy) per candidate seed at each point: the engine's own code for many points
     * ({@link DoseRateKernel#doseRatesPerU}), the grid engine's values for the TG-43 engine.
     */
    private float[][] kernels(List<double[]> seeds, List<double[]> axes, List<double[]> points, double gyPerU) {
        int m = points.size();
        double[] px = new double[m]; // structure of arrays: one pass over three arrays per seed, not over m small objects
        double[] py = new double[m];
        double[] pz = new double[m];
        for (int i = 0; i < m; i++) {
            double[] p = points.get(i);
            px[i] = p[0];
            py[i] = p[1];
            pz[i] = p[2];
        }
        float[][] k = new float[seeds.size()][];
        IntStream.range(0, seeds.size()).parallel().forEach(j -> {
            double[] s = seeds.get(j);
            double[] a = axes.get(j);
            float[] rhoSquared = new float[m];
            float[] along = new float[m];
            for (int i = 0; i < m; i++) {
                double dx = px[i] - s[0];
                double dy = py[i] - s[1];
                double dz = pz[i] - s[2];
                double z = dx * a[0] + dy * a[1] + dz * a[2];
                along[i] = (float) z;
                rhoSquared[i] = (float) Math.max(0, dx * dx + dy * dy + dz * dz - z * z);
            }
            float[] row = new float[m];
            kernel.doseRatesPerU(rhoSquared, along, m, row);
            float scale = (float) gyPerU;
            for (int i = 0; i < m; i++) {
                row[i] *= scale;
            }
            k[j] = row;
        });
        return k;
    }

    private static List<double[]> points(Mask mask) {
        List<double[]> out = new ArrayList<>();
        GridGeometry g = mask.grid();
        for (int s = 0; s < g.slices(); s++) {
            for (int r = 0; r < g.rows(); r++) {
                for (int c = 0; c < g.columns(); c++) {
                    if (mask.get(c, r, s)) {
                        out.add(g.positionMm(c, r, s));
                    }
                }
            }
        }
        return out;
    }
}
