package org.opensabt.plan;

import java.util.List;
import java.util.Map;

import org.opensabt.dose.DoseEngine;
import org.opensabt.dose.DoseEngines;
import org.opensabt.dose.DoseMode;
import org.opensabt.dose.KernelOptions;
import org.opensabt.dose.SeedPlacement;
import org.opensabt.dose.cases.CaseDose;
import org.opensabt.dose.cases.DoseInputException;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.Needle;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Seed;
import org.opensabt.plan.internal.PlanReport;

/**
 * Planning a case in two steps, shared by the `plan` command and the workbench: optimise needles and
 * seeds on the planner's grid, then compute the plan's TG-43 dose on the CT (2 mm grid, line source)
 * with its metrics and needles as a model {@link org.opensabt.model.Plan}, not yet stored in the case.
 */
public final class CasePlanning {

    /** The plan with dose, metrics, needles and seeds; the goals as the dose engine finds them, and the required ones it finds unmet. */
    public record DosePlan(org.opensabt.model.Plan plan, CaseDose.Outcome outcome, List<Map<String, Object>> goals, List<String> engineUnmet) {
    }

    private CasePlanning() {
    }

    /** Needles and seeds for the request (cancellable through the monitor). */
    public static SeedPlanner.Result optimise(PatientCase c, PlanRequest request, SeedSource seed, SeedOptimiser optimiser, PlanMonitor monitor)
            throws PlanningException {
        DoseEngine engine = DoseEngines.find("tg43");
        return new SeedPlanner(engine.kernel(seed, KernelOptions.of(DoseMode.LINE_2D)), seed, optimiser).plan(c, request, monitor);
    }

    /** Dose grid spacing of a plan unless asked otherwise (mm). */
    public static final double DEFAULT_DOSE_GRID_MM = 2;

    /** The dose of an optimised result on the CT ({@link #DEFAULT_DOSE_GRID_MM} grid), as a plan named {@code planId}. */
    public static DosePlan dose(PatientCase c, PlanRequest request, SeedSource seed, SeedPlanner.Result result, String planId)
            throws DoseInputException, InterruptedException {
        return dose(c, request, seed, result, planId, DEFAULT_DOSE_GRID_MM);
    }

    /** The dose of an optimised result on the CT on a grid of {@code gridMm}, as a plan named {@code planId}. */
    public static DosePlan dose(PatientCase c, PlanRequest request, SeedSource seed, SeedPlanner.Result result, String planId, double gridMm)
            throws DoseInputException, InterruptedException {
        DoseEngine engine = DoseEngines.find("tg43");
        CaseDose.Outcome outcome = new CaseDose().compute(c, engine, CaseDose.Request.automatic(planId, seed, KernelOptions.of(DoseMode.LINE_2D), result.seeds(),
                gridMm, 15, request.rxGy(), request.targetName(), Runtime.getRuntime().availableProcessors()));
        List<Map<String, Object>> goals = PlanReport.goals(request, outcome.metrics());
        attachNeedles(outcome.plan(), result.needles());
        return new DosePlan(outcome.plan(), outcome, goals, PlanReport.unmetRequired(goals));
    }

    /**
     * A plan's dose again after manual seed edits: the same id, prescription, target, source model and
     * needles, with {@code seeds} in place of its seeds (each seed stays on its needle when its id starts
     * with the needle's). The dose grid spacing is the plan's own.
     */
    public static org.opensabt.model.Plan redose(PatientCase c, org.opensabt.model.Plan plan, List<SeedPlacement> seeds, SeedSource source)
            throws DoseInputException, InterruptedException {
        return redose(c, plan, seeds, source, java.util.Set.of());
    }

    /** As {@link #redose(PatientCase, org.opensabt.model.Plan, List, SeedSource)}, with some of the plan's needles removed. */
    public static org.opensabt.model.Plan redose(PatientCase c, org.opensabt.model.Plan plan, List<SeedPlacement> seeds, SeedSource source,
            java.util.Set<String> removedNeedleIds) throws DoseInputException, InterruptedException {
        if (plan.getTarget() == null) {
            throw new DoseInputException("plan " + plan.getPlanId() + " has no target structure to evaluate");
        }
        if (seeds.isEmpty()) {
            throw new DoseInputException("plan " + plan.getPlanId() + " would have no seeds left");
        }
        double gridMm = plan.getDoseGrid() == null ? DEFAULT_DOSE_GRID_MM : plan.getDoseGrid().getSpacingMm().get(0);
        DoseEngine engine = DoseEngines.find("tg43");
        CaseDose.Outcome outcome = new CaseDose().compute(c, engine, CaseDose.Request.automatic(plan.getPlanId(), source, KernelOptions.of(DoseMode.LINE_2D), seeds,
                gridMm, 15, plan.getPrescriptionDoseGy(), plan.getTarget().getName(), Runtime.getRuntime().availableProcessors()));
        org.opensabt.model.Plan redosed = outcome.plan();
        redosed.setLabel(plan.getLabel());
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

    private static void attachNeedles(org.opensabt.model.Plan plan, List<SeedPlanner.PlannedNeedle> needles) {
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
