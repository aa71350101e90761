package org.opensabt.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.opensabt.contour.CaseContents;
import org.opensabt.contour.StructureGeometry;
import org.opensabt.contour.StructureRasterizer;
import org.opensabt.contour.VoxelFractions;
import org.opensabt.dose.DoseEngine;
import org.opensabt.dose.DoseMode;
import org.opensabt.dose.KernelOptions;
import org.opensabt.dose.SeedPlacement;
import org.opensabt.dose.cases.CaseDose;
import org.opensabt.dose.cases.DoseInputException;
import org.opensabt.dose.dvh.DoseMetric;
import org.opensabt.dose.dvh.Dvh;
import org.opensabt.dose.dvh.ImplantMetrics;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.Needle;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;
import org.opensabt.model.Structure;
import org.opensabt.model.geometry.GridGeometry;

/**
 * Planning a case, shared by the `plan` command and the workbench: optimise needles and seeds on the
 * planner's grid with the chosen {@link SeedOptimiser}, then compute the plan's dose on the CT with the
 * chosen {@link DoseEngine} (line source), with its metrics, goals and needles, as a model {@link Plan}
 * that {@link #apply} puts into the case. Computing never changes the case.
 */
public final class CasePlanning {

    /**
     * A planning run.
     *
     * @param plan        what to plan (target, prescription, strength, needles, goals, limits)
     * @param source      the seed model
     * @param planId      id of the plan to make (a plan with this id is replaced by {@link #apply})
     * @param engineId    dose engine of the kernel and of the final dose; null: {@link org.opensabt.dose.DoseEngines#preferredId()}
     * @param optimiserId seed optimiser; null: {@link SeedOptimisers#preferredId()}
     * @param doseGridMm  dose grid spacing of the plan (mm)
     * @param keepPartial dose the plan even when the optimiser misses a required goal (else {@link Result#dosed()} is null)
     * @param alternatives when a goal is not met, re-plan quickly with alternatives ({@link SoughtGoals#alternatives()}; since 1.3)
     */
    public record Request(PlanRequest plan, SeedSource source, String planId, String engineId, String optimiserId, double doseGridMm,
            boolean keepPartial, boolean alternatives) {

        /** A request with alternatives when a goal is not met. */
        public Request(PlanRequest plan, SeedSource source, String planId, String engineId, String optimiserId, double doseGridMm, boolean keepPartial) {
            this(plan, source, planId, engineId, optimiserId, doseGridMm, keepPartial, true);
        }

        public Request {
            if (!(doseGridMm > 0) || doseGridMm > 10) {
                throw new IllegalArgumentException("the dose grid spacing must be between 0 and 10 mm, is " + doseGridMm + " mm");
            }
        }

        /** The preferred engine and optimiser, the {@link PlanDefaults#DOSE_GRID_MM} grid, no partial plans. */
        public static Request of(PlanRequest plan, SeedSource source, String planId) {
            return new Request(plan, source, planId, null, null, PlanDefaults.DOSE_GRID_MM, false);
        }

        public Request withEngine(String id) {
            return new Request(plan, source, planId, id, optimiserId, doseGridMm, keepPartial, alternatives);
        }

        public Request withOptimiser(String id) {
            return new Request(plan, source, planId, engineId, id, doseGridMm, keepPartial, alternatives);
        }

        public Request withDoseGridMm(double mm) {
            return new Request(plan, source, planId, engineId, optimiserId, mm, keepPartial, alternatives);
        }

        public Request withKeepPartial(boolean keep) {
            return new Request(plan, source, planId, engineId, optimiserId, doseGridMm, keep, alternatives);
        }

        /**
         * With or without the quick re-plans with alternatives when a goal is not met (a benchmark leaves them out).
         *
         * @since 1.3
         */
        public Request withAlternatives(boolean compute) {
            return new Request(plan, source, planId, engineId, optimiserId, doseGridMm, keepPartial, compute);
        }
    }

    /** The plan with dose, metrics, needles and seeds; the goals as the dose engine finds them, and the required ones it finds unmet. */
    public record DosePlan(Plan plan, CaseDose.Outcome outcome, List<GoalCheck> goals, List<String> engineUnmet) {
    }

    /**
     * The outcome of {@link #plan}.
     *
     * @param optimised   needles and seeds on the optimiser's grid, with the goals it missed ({@code unmet})
     * @param dosed       the plan with the engine's dose; null when the optimiser missed a required goal and
     *                    the request does not keep partial plans
     * @param planSeconds wall time of the optimisation
     * @param soughtGoals the sought goals met or by how much, and quick re-plans with alternatives when a goal is not met (since 1.3)
     */
    public record Result(SeedPlanner.Result optimised, DosePlan dosed, String engineId, String optimiserId, double planSeconds, SoughtGoals soughtGoals) {

        /** A result without the sought goals' check (none made). */
        public Result(SeedPlanner.Result optimised, DosePlan dosed, String engineId, String optimiserId, double planSeconds) {
            this(optimised, dosed, engineId, optimiserId, planSeconds, null);
        }
    }

    /** Strength per seed of the lower-strength alternative, as a fraction of the request's. */
    public static final double ALTERNATIVE_STRENGTH_FACTOR = 0.8;
    /** Evaluation grid of the alternatives' quick re-plans (mm): the optimiser's coarse grid. */
    public static final double ALTERNATIVE_GRID_MM = 4;
    /** No further alternative is started after this many seconds of alternatives. */
    public static final double ALTERNATIVES_BUDGET_SECONDS = 15;

    /** Dose grid spacing of a plan unless asked otherwise (mm). */
    public static final double DEFAULT_DOSE_GRID_MM = PlanDefaults.DOSE_GRID_MM;

    private CasePlanning() {
    }

    /**
     * The facade: optimise, then (unless the optimiser missed a required goal and partial plans are not
     * kept) dose the plan. Progress lines go to {@code monitor.subTask}.
     *
     * @throws PlanningException        the request cannot be planned on this case (one line), or an engine or
     *                                  optimiser id that is not installed (the installed ones listed)
     * @throws DoseInputException       the dose engine refused the plan's input
     * @throws OperationCanceledException cancelled through the monitor; nothing was made
     */
    public static Result plan(PatientCase c, Request request, IProgressMonitor monitor) throws PlanningException, DoseInputException {
        SubMonitor progress = SubMonitor.convert(monitor, "Plan " + request.planId(), 100);
        SeedOptimiser optimiser = optimiser(request.optimiserId());
        DoseEngine engine = engine(request.engineId());
        long t0 = System.nanoTime();
        SeedPlanner.Result optimised = optimise(c, request, engine, optimiser, progress.split(70));
        double planSeconds = (System.nanoTime() - t0) / 1e9;
        DosePlan dosed = null;
        if (optimised.unmet().isEmpty() || request.keepPartial()) {
            dosed = dose(c, request, optimised, progress.split(15));
        }
        progress.setWorkRemaining(15);
        SoughtGoals sought = soughtGoals(c, request, optimised, dosed, engine, optimiser, progress.split(15));
        return new Result(optimised, dosed, engine.id(), optimiser.id(), planSeconds, sought);
    }

    /**
     * The sought goals of a plan (the engine's check when dosed, else the optimiser grid's), and when any goal of
     * the plan is not met (and the request asks for them), quick re-plans with alternatives by the preferred optimiser (bounded by {@link #ALTERNATIVES_BUDGET_SECONDS}; skipped
     * when cancelled: the plan made is kept).
     */
    private static SoughtGoals soughtGoals(PatientCase c, Request request, SeedPlanner.Result optimised, DosePlan dosed, DoseEngine engine,
            SeedOptimiser optimiser, IProgressMonitor monitor) {
        PlanRequest plan = request.plan();
        List<GoalCheck> checks;
        String by;
        if (dosed != null) {
            checks = dosed.goals().stream().filter(g -> !g.required()).toList();
            by = "dose engine";
        } else {
            SeedPlanner.GridMetrics m = optimised.metrics();
            checks = List.of(new GoalCheck(plan.targetName(), "V150", "<=", 100 * plan.goals().v150Max(), "%", false, true, 100 * m.v150()),
                    new GoalCheck(plan.targetName(), "V200", "<=", 100 * plan.goals().v200Max(), "%", false, true, 100 * m.v200()));
            by = "optimiser grid";
        }
        List<String> notMet = SoughtGoals.notMet(checks);
        List<String> notes = new ArrayList<>();
        List<SoughtGoals.Alternative> alternatives = new ArrayList<>();
        boolean requiredMissed = !optimised.unmet().isEmpty() || dosed != null && !dosed.engineUnmet().isEmpty();
        if ((!notMet.isEmpty() || requiredMissed) && request.alternatives()) {
            // quick re-plans with the preferred optimiser (bounded in time; the one asked for may be an exact, slow one)
            SeedOptimiser quick = optimiser;
            try {
                quick = optimiser(null);
            } catch (PlanningException e) {
                // none preferred installed: the one asked for
            }
            alternatives(c, request, engine, quick, alternatives, notes, monitor);
        }
        return new SoughtGoals(checks, by, plan.goals().seedLimit(plan.strengthU()), notMet, alternatives, notes);
    }

    private record Variant(String label, String spec, PlanRequest request) {
    }

    private static void alternatives(PatientCase c, Request request, DoseEngine engine, SeedOptimiser optimiser, List<SoughtGoals.Alternative> out,
            List<String> notes, IProgressMonitor monitor) {
        PlanRequest plan = request.plan();
        List<Variant> variants = new ArrayList<>();
        List<Variant> otherDirections = new ArrayList<>();
        if (plan.needles() instanceof NeedleGeometry.TemplateGrid grid) {
            double[] d = grid.directionUnit();
            variants.add(new Variant("free needles around " + directionName(d) + " (" + PlanDefaults.FREE_CONE_DEG + "° cone)",
                    "--needles free:" + directionSpec(d) + ":" + PlanDefaults.FREE_CONE_DEG,
                    plan.withNeedles(NeedleGeometry.Free.around(d, PlanDefaults.FREE_CONE_DEG))));
            for (double[] axis : new double[][] { { 0, 1, 0 }, { 0, -1, 0 }, { 1, 0, 0 }, { -1, 0, 0 }, { 0, 0, -1 }, { 0, 0, 1 } }) {
                if (Math.abs(axis[0] * d[0] + axis[1] * d[1] + axis[2] * d[2]) < 0.5) {
                    otherDirections.add(new Variant("template grid along " + directionName(axis), "--needles grid:" + directionSpec(axis),
                            plan.withNeedles(new NeedleGeometry.TemplateGrid(axis, grid.gridMm()))));
                }
            }
        } else if (plan.needles() instanceof NeedleGeometry.Free free && free.coneDeg() < 180) {
            variants.add(new Variant("free needles from any direction", "--needles free", plan.withNeedles(NeedleGeometry.Free.around(null, 180))));
        }
        double weaker = ALTERNATIVE_STRENGTH_FACTOR * plan.strengthU();
        PlanRequest weak = new PlanRequest(plan.targetName(), plan.rxGy(), weaker, plan.seedSpacingMm(), plan.needles(), plan.maxNeedles(), plan.oarLimits(),
                plan.goals(), plan.passThroughOars(), plan.maxNeedleLengthMm(), plan.randomSeed(), plan.skinInCtOnly(), plan.noTraverseOars());
        variants.add(new Variant(String.format(Locale.ROOT, "%.1f× the strength per seed (%.3f U)", ALTERNATIVE_STRENGTH_FACTOR, weaker),
                String.format(Locale.ROOT, "--strength-u %.3f", weaker), weak));
        SeedPlanner planner = new SeedPlanner(engine.kernel(request.source(), KernelOptions.of(DoseMode.LINE_2D)), request.source(), optimiser);
        SubMonitor progress = SubMonitor.convert(monitor, variants.size() + otherDirections.size());
        PlanMonitor lines = new PlanMonitor() {
            @Override
            public void progress(String line) {
            }

            @Override
            public boolean isCancelled() {
                return progress.isCanceled();
            }
        };
        long t0 = System.nanoTime();
        SoughtGoals.Alternative bestDirection = null;
        List<Variant> all = new ArrayList<>(variants);
        all.addAll(1, otherDirections);
        for (Variant v : all) {
            if (progress.isCanceled()) {
                notes.add("alternatives skipped: cancelled");
                break;
            }
            if ((System.nanoTime() - t0) / 1e9 > ALTERNATIVES_BUDGET_SECONDS) {
                notes.add(String.format(Locale.ROOT, "alternatives after %.0f s skipped (%s and later)", ALTERNATIVES_BUDGET_SECONDS, v.label()));
                break;
            }
            progress.subTask("plan: quick re-plan with " + v.label());
            long t1 = System.nanoTime();
            try {
                SeedPlanner.Result r = planner.plan(c, v.request(), lines, ALTERNATIVE_GRID_MM);
                SeedPlanner.GridMetrics m = r.metrics();
                SoughtGoals.Alternative a = new SoughtGoals.Alternative(v.label(), v.spec(), v.request().strengthU(), r.seeds().size(), r.needles().size(),
                        100 * m.v100(), m.d90Gy(), 100 * m.v150(), 100 * m.v200(), r.unmet(), r.evaluationGridMm(), (System.nanoTime() - t1) / 1e9);
                if (otherDirections.contains(v)) {
                    if (bestDirection == null || better(a, bestDirection, plan.goals())) {
                        bestDirection = a;
                    }
                } else {
                    out.add(a);
                }
            } catch (PlanningException e) {
                if (progress.isCanceled()) {
                    notes.add("alternatives skipped: cancelled");
                    break;
                }
                if (!otherDirections.contains(v)) {
                    notes.add(v.label() + ": " + e.getMessage());
                }
            }
            progress.worked(1);
        }
        if (bestDirection != null) {
            out.add(Math.min(1, out.size()), bestDirection);
        }
    }

    /** Meets the required goals first, then the lower V150 (rounded to a point), then fewer seeds. */
    private static boolean better(SoughtGoals.Alternative a, SoughtGoals.Alternative b, PlanGoals goals) {
        if (a.meetsRequired() != b.meetsRequired()) {
            return a.meetsRequired();
        }
        if (Math.round(a.v150Percent()) != Math.round(b.v150Percent())) {
            return a.v150Percent() < b.v150Percent();
        }
        return a.seeds() < b.seeds();
    }

    /** AP, PA, RL, LR, SI or IS for an axis (as `plan --needles` names them), else the components. */
    static String directionName(double[] d) {
        String spec = directionSpec(d);
        return spec.contains(",") ? "(" + spec + ")" : spec.toUpperCase(Locale.ROOT);
    }

    private static String directionSpec(double[] d) {
        String[] names = { "ap", "pa", "rl", "lr", "si", "is" };
        double[][] axes = { { 0, 1, 0 }, { 0, -1, 0 }, { 1, 0, 0 }, { -1, 0, 0 }, { 0, 0, -1 }, { 0, 0, 1 } };
        for (int i = 0; i < axes.length; i++) {
            if (axes[i][0] * d[0] + axes[i][1] * d[1] + axes[i][2] * d[2] > 1 - 1e-9) {
                return names[i];
            }
        }
        return String.format(Locale.ROOT, "%.3f,%.3f,%.3f", d[0], d[1], d[2]);
    }

    /** Needles and seeds for the request (the first step of {@link #plan}). */
    public static SeedPlanner.Result optimise(PatientCase c, Request request, IProgressMonitor monitor) throws PlanningException {
        return optimise(c, request, engine(request.engineId()), optimiser(request.optimiserId()), monitor);
    }

    private static SeedPlanner.Result optimise(PatientCase c, Request request, DoseEngine engine, SeedOptimiser optimiser, IProgressMonitor monitor)
            throws PlanningException {
        SubMonitor progress = SubMonitor.convert(monitor);
        PlanMonitor lines = new PlanMonitor() {
            @Override
            public void progress(String line) {
                progress.subTask(line);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCanceled();
            }
        };
        try {
            return new SeedPlanner(engine.kernel(request.source(), KernelOptions.of(DoseMode.LINE_2D)), request.source(), optimiser).plan(c,
                    request.plan(), lines);
        } catch (PlanningException e) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException(e.getMessage());
            }
            throw e;
        }
    }

    /** The dose of an optimised result on the CT, as a plan named {@link Request#planId()} with its needles (the second step of {@link #plan}). */
    public static DosePlan dose(PatientCase c, Request request, SeedPlanner.Result optimised, IProgressMonitor monitor) throws DoseInputException {
        PlanRequest plan = request.plan();
        CaseDose.Outcome outcome = new CaseDose().compute(c, CaseDose.Request.automatic(request.planId(), request.source(), KernelOptions.of(DoseMode.LINE_2D),
                optimised.seeds(), request.doseGridMm(), PlanDefaults.DOSE_MARGIN_MM, plan.rxGy(), plan.targetName(), Runtime.getRuntime().availableProcessors())
                .withEngine(request.engineId()), monitor);
        CheckedGoals checked = goals(c, plan, outcome.metrics(), outcome.grid(), outcome.doseGy());
        if (!checked.outsideTargetMetrics().isEmpty()) {
            outcome = new CaseDose.Outcome(outcome.plan(), outcome.grid(), outcome.doseGy(), checked.metrics(), outcome.dvhs(), outcome.warnings(),
                    outcome.calculationSeconds(), outcome.notes(), outcome.engineId());
        }
        attachNeedles(outcome.plan(), optimised.needles());
        List<String> soughtNotMet = SoughtGoals.notMet(checked.goals());
        if (!soughtNotMet.isEmpty()) { // never silently: the stored plan says so (its label, shown by the report and the workbench)
            String label = outcome.plan().getLabel();
            outcome.plan().setLabel((label == null || label.isBlank() ? "" : label + "; ") + "sought goals not met: " + String.join("; ", soughtNotMet));
        }
        return new DosePlan(outcome.plan(), outcome, checked.goals(), GoalCheck.unmetRequired(checked.goals()));
    }

    /**
     * The goals of a request checked on a dose, as {@link #plan} checks them.
     *
     * @param goals                each goal of the request ({@link GoalCheck#of(PlanRequest, List, java.util.Map)}); the limits
     *                             of an OAR that overlaps the target checked on the organ outside it
     * @param metrics              the metrics given, then {@code outsideTargetMetrics}
     * @param outsideTargetMetrics the metrics of those organs outside the target ("Lung-Left outside GTV-1"); empty when none
     * @param evaluatedOn          limited OAR overlapping the target → the name its limits are checked on ({@link #limitsEvaluatedOn})
     * @since 1.2
     */
    public record CheckedGoals(List<GoalCheck> goals, List<DoseMetric> metrics, List<DoseMetric> outsideTargetMetrics,
            java.util.Map<String, String> evaluatedOn) {
    }

    /**
     * The goals of {@code request} checked against {@code metrics} (the dose engine's, or a stored plan's), the
     * limits of each limited OAR overlapping the target on the organ outside the target, with its metrics from
     * {@code doseGy} on {@code doseGrid}: the one way the plan command, the report and the workbench check a
     * plan's goals. Without such an organ this is {@link GoalCheck#of(PlanRequest, List)} (no dose is read).
     *
     * @since 1.2
     */
    public static CheckedGoals goals(PatientCase c, PlanRequest request, List<DoseMetric> metrics, GridGeometry doseGrid, float[] doseGy) {
        java.util.Map<String, String> evaluatedOn = limitsEvaluatedOn(c, request);
        List<DoseMetric> outside = evaluatedOn.isEmpty() || doseGrid == null || doseGy == null ? List.of()
                : List.copyOf(outsideTargetMetrics(c, request.targetName(), evaluatedOn.keySet(), doseGrid, doseGy));
        List<DoseMetric> all = new ArrayList<>(metrics);
        all.addAll(outside);
        return new CheckedGoals(GoalCheck.of(request, all, evaluatedOn), List.copyOf(all), outside, java.util.Collections.unmodifiableMap(evaluatedOn));
    }

    /**
     * The limited OARs of a request that overlap its target, each with the name its limits are checked on
     * ("Lung-Left" → "Lung-Left outside GTV-1"): the organ outside the target, as the planner optimised it.
     * For {@link GoalCheck#of(PlanRequest, List, java.util.Map)} with {@link #outsideTargetMetrics}.
     *
     * @since 1.2
     */
    public static java.util.Map<String, String> limitsEvaluatedOn(PatientCase c, PlanRequest request) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String oar : PlanningScene.limitedOutsideTarget(c, request)) {
            out.put(oar, PlanningScene.outsideName(oar, request.targetName()));
        }
        return out;
    }

    /**
     * The metrics (volume, D0.1cc, D1cc, D2cc, Dmax, Dmean) of each named OAR outside the target on a dose
     * grid, as "OAR outside TARGET": partial-volume fractions of the organ minus those of the target,
     * rasterised as the dose facade rasterises structures.
     *
     * @since 1.2
     */
    public static List<DoseMetric> outsideTargetMetrics(PatientCase c, String targetName, Set<String> oars, GridGeometry doseGrid, float[] doseGy) {
        double sliceMm = CaseContents.firstSeries(c).map(ct -> GridGeometry.of(ct).spacingMm()[2]).orElse(doseGrid.spacingMm()[2]);
        return outside(CaseContents.structures(c), targetName, s -> oars.contains(s.getName()), false, sliceMm, doseGrid, doseGy);
    }

    /**
     * For a plan's metrics display, where the limits are not known: the metrics (as {@link #outsideTargetMetrics})
     * outside the target of every OAR among {@code structures} that shares a voxel of the dose grid with the
     * target, named "OAR outside TARGET"; empty when no organ overlaps the target.
     *
     * @param structures the case's structures (copies will do: nothing else of the case is read)
     * @param ctSliceMm  the CT's slice spacing, for rasterising the contours as the dose facade does
     * @since 1.2
     */
    public static List<DoseMetric> overlappingOrgansOutsideTarget(List<Structure> structures, String targetName, double ctSliceMm, GridGeometry doseGrid,
            float[] doseGy) {
        return outside(structures, targetName, s -> s.getType() == org.opensabt.model.RoiType.OAR, true, ctSliceMm, doseGrid, doseGy);
    }

    private static List<DoseMetric> outside(List<Structure> structures, String targetName, java.util.function.Predicate<Structure> organs,
            boolean onlyOverlapping, double sliceMm, GridGeometry doseGrid, float[] doseGy) {
        Structure target = structures.stream().filter(s -> s.getName().equals(targetName)).findFirst().orElse(null);
        List<DoseMetric> metrics = new ArrayList<>();
        if (target == null) {
            return metrics;
        }
        StructureRasterizer rasterizer = new StructureRasterizer();
        VoxelFractions t = rasterizer.rasterize(StructureGeometry.contours(target), doseGrid, sliceMm);
        for (Structure s : structures) {
            if (!organs.test(s) || s == target) {
                continue;
            }
            VoxelFractions organ = rasterizer.rasterize(StructureGeometry.contours(s), doseGrid, sliceMm);
            VoxelFractions outside = minus(organ, t);
            if (outside.size() > 0 && (!onlyOverlapping || overlap(organ, t))) {
                metrics.addAll(ImplantMetrics.organAtRisk(PlanningScene.outsideName(s.getName(), targetName), new Dvh(doseGy, outside)));
            }
        }
        return metrics;
    }

    /** Whether a and b (both with increasing indices) share a voxel. */
    static boolean overlap(VoxelFractions a, VoxelFractions b) {
        int j = 0;
        for (int i = 0; i < a.size(); i++) {
            while (j < b.size() && b.index()[j] < a.index()[i]) {
                j++;
            }
            if (j < b.size() && b.index()[j] == a.index()[i]) {
                return true;
            }
        }
        return false;
    }

    /** Voxel fractions of a minus b (both with increasing indices), the empty ones dropped. */
    static VoxelFractions minus(VoxelFractions a, VoxelFractions b) {
        int[] index = new int[a.size()];
        float[] fraction = new float[a.size()];
        int n = 0;
        int j = 0;
        for (int i = 0; i < a.size(); i++) {
            while (j < b.size() && b.index()[j] < a.index()[i]) {
                j++;
            }
            float f = a.fraction()[i] - (j < b.size() && b.index()[j] == a.index()[i] ? b.fraction()[j] : 0f);
            if (f > 1e-6f) {
                index[n] = a.index()[i];
                fraction[n++] = f;
            }
        }
        return new VoxelFractions(java.util.Arrays.copyOf(index, n), java.util.Arrays.copyOf(fraction, n), a.voxelVolumeCc());
    }

    /** Puts the planned dose's plan (and its seed model, if new) into the case, replacing a plan with the same id. */
    public static void apply(PatientCase c, DosePlan dosed) {
        CaseDose.store(c, dosed.plan());
    }

    /**
     * A plan's dose again after manual seed edits: the same id, prescription, target, source model and
     * needles (but {@code removedNeedleIds}), with {@code seeds} in place of its seeds (each seed stays on
     * its needle when its id starts with the needle's). The dose grid spacing is the plan's own. The case
     * is not changed.
     *
     * @param engineId null: the preferred engine
     */
    public static Plan redose(PatientCase c, Plan plan, List<SeedPlacement> seeds, SeedSource source, Set<String> removedNeedleIds, String engineId,
            IProgressMonitor monitor) throws DoseInputException {
        if (plan.getTarget() == null) {
            throw new DoseInputException("plan " + plan.getPlanId() + " has no target structure to evaluate");
        }
        if (seeds.isEmpty()) {
            throw new DoseInputException("plan " + plan.getPlanId() + " would have no seeds left");
        }
        double gridMm = plan.getDoseGrid() == null ? DEFAULT_DOSE_GRID_MM : plan.getDoseGrid().getSpacingMm().get(0);
        CaseDose.Outcome outcome = new CaseDose().compute(c, CaseDose.Request.automatic(plan.getPlanId(), source, KernelOptions.of(DoseMode.LINE_2D), seeds,
                gridMm, PlanDefaults.DOSE_MARGIN_MM, plan.getPrescriptionDoseGy(), plan.getTarget().getName(), Runtime.getRuntime().availableProcessors())
                .withEngine(engineId), monitor);
        Plan redosed = outcome.plan();
        // the goals are not checked here: a note on sought goals from the planning run would be stale
        String label = plan.getLabel() == null ? null : plan.getLabel().replaceFirst("(; )?sought goals not met: .*$", "");
        redosed.setLabel(label == null || label.isEmpty() ? null : label);
        redosed.setStatus(plan.getStatus());
        for (Needle n : plan.getNeedles()) {
            if (removedNeedleIds.contains(n.getNeedleId())) {
                continue;
            }
            Needle copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(n);
            redosed.getNeedles().add(copy);
            for (Seed s : redosed.getSeeds()) {
                if (s.getSeedId().startsWith(n.getNeedleId() + "-")) {
                    s.setNeedle(copy);
                }
            }
        }
        return redosed;
    }

    /** The installed optimiser with this id (null: the preferred one); the message lists the installed ones. */
    public static SeedOptimiser optimiser(String id) throws PlanningException {
        try {
            return SeedOptimisers.find(id);
        } catch (IllegalArgumentException e) {
            throw new PlanningException(e.getMessage());
        }
    }

    private static DoseEngine engine(String id) throws PlanningException {
        try {
            return CaseDose.engine(id);
        } catch (DoseInputException e) {
            throw new PlanningException(e.getMessage());
        }
    }

    private static void attachNeedles(Plan plan, List<SeedPlanner.PlannedNeedle> needles) {
        for (SeedPlanner.PlannedNeedle n : needles) {
            Needle needle = ModelFactory.eINSTANCE.createNeedle();
            needle.setNeedleId(n.id());
            for (int k = 0; k < 3; k++) {
                needle.getEntryPointMm().add(n.entryMm()[k]);
                needle.getTipPointMm().add(n.tipMm()[k]);
                needle.getDirectionUnit().add(n.directionUnit()[k]);
            }
            plan.getNeedles().add(needle);
            for (Seed s : plan.getSeeds()) {
                if (s.getSeedId().startsWith(n.id() + "-")) {
                    s.setNeedle(needle);
                }
            }
        }
    }
}
