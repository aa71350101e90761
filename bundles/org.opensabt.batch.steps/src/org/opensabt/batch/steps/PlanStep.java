package org.opensabt.batch.steps;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.opensabt.batch.CaseStep;
import org.opensabt.dose.DoseEngines;
import org.opensabt.dose.PermanentImplant;
import org.opensabt.dose.cases.CaseDose;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.model.PatientCase;
import org.opensabt.plan.CasePlanning;
import org.opensabt.plan.NeedleGeometry;
import org.opensabt.plan.OarLimit;
import org.opensabt.plan.PlanDefaults;
import org.opensabt.plan.PlanGoals;
import org.opensabt.plan.PlanRequest;
import org.opensabt.plan.SeedOptimisers;

/**
 * Batch step {@code plan}: inverse planning of each case with {@link CasePlanning}, as {@code opensabt plan} does
 * (same options, same defaults, same refusals), the plan stored in the case. Without {@code keep-partial} a case
 * whose plan misses a required goal fails and keeps its folder as it was.
 */
public final class PlanStep implements CaseStep {

    private static final Map<String, String> OPTIONS = optionTable();

    private static Map<String, String> optionTable() {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("target", "target structure (required)");
        o.put("rx", "prescription dose (Gy, required)");
        o.put("strength-u", "air-kerma strength per seed (U); or strength-mci");
        o.put("strength-mci", "apparent activity per seed (mCi, converted with the seed's U/mCi)");
        o.put("source", "seed model name or descriptor file (default " + PlanDefaults.SOURCE + ")");
        o.put("needles", "grid:<dir>, free or free:<dir>[:<cone deg>] as plan --needles (default grid:ap)");
        o.put("grid-mm", "template grid spacing (mm, default " + PlanDefaults.TEMPLATE_GRID_MM + ")");
        o.put("max-needles", "needle limit (default none)");
        o.put("max-needle-length-mm", "longest path from skin to tip (mm, default " + PlanDefaults.MAX_NEEDLE_LENGTH_MM + ")");
        o.put("seed-spacing-mm", "seed spacing along a needle (mm, default " + PlanDefaults.SEED_SPACING_MM + ")");
        o.put("skin-in-ct", "only needles entering in the CT and, with free needles, entries one plate can hold (default false)");
        o.put("oar", "OAR limits, ROI:Dmax<GY,D2cc<GY, several joined by ';'");
        o.put("v100", "V100 goal, required (%, default " + PlanDefaults.V100_PERCENT + ")");
        o.put("v150", "V150 goal, sought (%, default " + PlanDefaults.V150_PERCENT + ")");
        o.put("v200", "V200 goal, sought (%, default " + PlanDefaults.V200_PERCENT + ")");
        o.put("max-seeds", "seed budget (default none)");
        o.put("random-seed", "seed of the annealing (default " + PlanDefaults.RANDOM_SEED + ")");
        o.put("optimiser", "seed optimiser id (default the preferred one)");
        o.put("engine", "dose engine id (default the preferred one)");
        o.put("plan-id", "id of the stored plan (default plan-1; an approved plan is never replaced)");
        o.put("keep-partial", "store the plan even when a required goal is not met (default false: the case fails)");
        o.put("alternatives", "re-plan quickly with alternatives when a goal is not met (default false)");
        return java.util.Collections.unmodifiableMap(o);
    }

    @Override
    public String id() {
        return "plan";
    }

    @Override
    public String description() {
        return "inverse plan of needles and seeds, dosed by the engine and stored (as opensabt plan)";
    }

    @Override
    public Map<String, String> options() {
        return OPTIONS;
    }

    @Override
    public Prepared prepare(Map<String, String> given, Path workingDirectory) {
        StepOptions o = new StepOptions(given);
        SeedSource source = o.source("source", PlanDefaults.SOURCE, workingDirectory);
        if (o.has("strength-u") == o.has("strength-mci")) {
            throw new IllegalArgumentException("give the seed strength as strength-u= or strength-mci=");
        }
        double u;
        if (o.has("strength-u")) {
            u = o.number("strength-u", Double.NaN);
        } else {
            if (!source.hasUPerMCi()) {
                throw new IllegalArgumentException(source.name() + " has no U/mCi factor: give strength-u=");
            }
            u = PermanentImplant.strengthFromApparentActivityU(o.number("strength-mci", Double.NaN), source.uPerMCi());
        }
        List<OarLimit> limits = new ArrayList<>();
        for (String oar : o.text("oar", "").split(";")) {
            if (!oar.isBlank()) {
                limits.addAll(OarLimit.parse(oar.strip()));
            }
        }
        long maxSeeds = o.integer("max-seeds", 0);
        if (maxSeeds < 0) {
            throw new IllegalArgumentException("max-seeds must be at least 1");
        }
        PlanGoals goals = new PlanGoals(o.number("v100", PlanDefaults.V100_PERCENT) / 100, o.number("v150", PlanDefaults.V150_PERCENT) / 100,
                o.number("v200", PlanDefaults.V200_PERCENT) / 100).withSeedBudget((int) maxSeeds, 0);
        if (!o.has("rx")) {
            throw new IllegalArgumentException("rx= is required (Gy)");
        }
        NeedleGeometry needles = NeedleGeometry.parse(o.text("needles", "grid:ap"), o.number("grid-mm", PlanDefaults.TEMPLATE_GRID_MM), null);
        PlanRequest plan = new PlanRequest(o.required("target"), o.number("rx", Double.NaN), u, o.number("seed-spacing-mm", PlanDefaults.SEED_SPACING_MM),
                needles, (int) o.integer("max-needles", PlanDefaults.MAX_NEEDLES), limits, goals, Set.of(),
                o.number("max-needle-length-mm", PlanDefaults.MAX_NEEDLE_LENGTH_MM), o.integer("random-seed", PlanDefaults.RANDOM_SEED),
                o.flag("skin-in-ct", false), Set.of());
        String optimiser = o.text("optimiser", null);
        String engine = o.text("engine", null);
        SeedOptimisers.find(optimiser); // an unknown id: one line listing the installed ones, before any case
        DoseEngines.find(engine);
        String planId = o.text("plan-id", "plan-1");
        boolean keepPartial = o.flag("keep-partial", false);
        CasePlanning.Request request = CasePlanning.Request.of(plan, source, planId).withOptimiser(optimiser).withEngine(engine)
                .withKeepPartial(keepPartial).withAlternatives(o.flag("alternatives", false));
        return (c, caseDir, monitor) -> run(c, request, monitor);
    }

    private static Outcome run(PatientCase c, CasePlanning.Request request, IProgressMonitor monitor) throws Exception {
        String id = request.planId();
        String approved = CaseDose.approvedPlanRefusal(c, id);
        if (approved != null) {
            throw new IllegalArgumentException(approved + "; give another plan-id=");
        }
        CasePlanning.Result planned = CasePlanning.plan(c, request, monitor);
        var optimised = planned.optimised();
        if (planned.dosed() == null) {
            throw new IllegalArgumentException("no plan meets the request: " + String.join("; ", optimised.unmet()) + " (best found: "
                    + optimised.seeds().size() + " seeds on " + optimised.needles().size() + " needles; keep-partial stores it anyway)");
        }
        CasePlanning.DosePlan dosed = planned.dosed();
        if (!dosed.engineUnmet().isEmpty() && !request.keepPartial()) {
            throw new IllegalArgumentException("the dose engine finds " + String.join("; ", dosed.engineUnmet()) + " (" + optimised.seeds().size()
                    + " seeds; keep-partial stores it anyway)");
        }
        CasePlanning.apply(c, dosed);
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("plan_id", id);
        columns.put("seeds", optimised.seeds().size());
        columns.put("needles", optimised.needles().size());
        columns.put("strength_per_seed_U", TargetColumns.round(request.plan().strengthU()));
        TargetColumns.put(columns, "", dosed.outcome().metrics(), request.plan().targetName());
        columns.put("required_goals_met", optimised.unmet().isEmpty() && dosed.engineUnmet().isEmpty());
        columns.put("sought_goals_not_met", planned.soughtGoals() == null ? "" : String.join("; ", planned.soughtGoals().notMet()));
        columns.put("optimiser", planned.optimiserId());
        columns.put("engine", planned.engineId());
        columns.put("plan_seconds", TargetColumns.round(planned.planSeconds()));
        return new Outcome(columns, true);
    }
}
