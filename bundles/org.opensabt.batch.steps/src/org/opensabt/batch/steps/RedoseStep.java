package org.opensabt.batch.steps;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.opensabt.batch.CaseStep;
import org.opensabt.dose.DoseEngines;
import org.opensabt.dose.cases.CaseDose;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.dose.source.SourceLibraries;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.PlanStatus;
import org.opensabt.plan.CasePlanning;

/**
 * Batch step {@code redose}: the dose of each stored plan's seeds again, with another seed model or dose engine,
 * stored beside it as a draft plan {@code <plan>-<suffix>} (based on the plan; the plan itself is never changed).
 * Its needles, target, prescription and grid spacing are the plan's ({@link CasePlanning#redose}).
 */
public final class RedoseStep implements CaseStep {

    private static final Map<String, String> OPTIONS = Map.of(
            "plan", "id of the plan to re-dose (default: every plan but earlier re-doses, whose id ends in -<suffix>)",
            "source", "seed model name or descriptor file (default: each plan's own)",
            "engine", "dose engine id (default the preferred one)",
            "suffix", "the new plan's id is <plan>-<suffix> (default redose)");

    @Override
    public String id() {
        return "redose";
    }

    @Override
    public String description() {
        return "the dose of every stored plan's seeds again with another seed model or engine, stored as <plan>-<suffix>";
    }

    @Override
    public Map<String, String> options() {
        return OPTIONS;
    }

    @Override
    public Prepared prepare(Map<String, String> given, Path workingDirectory) {
        StepOptions o = new StepOptions(given);
        SeedSource source = o.source("source", null, workingDirectory);
        String engine = o.text("engine", null);
        DoseEngines.find(engine); // an unknown id: one line listing the installed ones
        String suffix = o.text("suffix", "redose");
        if (!suffix.matches("[A-Za-z0-9._-]{1,32}")) {
            throw new IllegalArgumentException("suffix=" + suffix + ": letters, digits, '.', '_' and '-' only (at most 32)");
        }
        String only = o.text("plan", null);
        SeedSource chosen = source;
        return (c, caseDir, monitor) -> run(c, only, chosen, engine, suffix, monitor);
    }

    private static Outcome run(PatientCase c, String only, SeedSource source, String engine, String suffix, IProgressMonitor monitor) throws Exception {
        List<Plan> plans = new ArrayList<>();
        for (Plan p : c.getPlans()) {
            if (only != null ? p.getPlanId().equals(only) : !p.getPlanId().endsWith("-" + suffix)) {
                plans.add(p);
            }
        }
        if (plans.isEmpty()) {
            throw new IllegalArgumentException(only != null ? "no plan " + only + " in the case" : "no plan in the case to re-dose");
        }
        SubMonitor progress = SubMonitor.convert(monitor, plans.size());
        Map<String, Object> columns = new LinkedHashMap<>();
        List<Plan> redosed = new ArrayList<>();
        for (Plan plan : plans) {
            String newId = plan.getPlanId() + "-" + suffix;
            String approved = CaseDose.approvedPlanRefusal(c, newId);
            if (approved != null) {
                throw new IllegalArgumentException(approved + "; give another suffix=");
            }
            SeedSource seeds = source;
            if (seeds == null) {
                String model = plan.getSourceModel() == null ? null : plan.getSourceModel().getModelId();
                if (model == null) {
                    throw new IllegalArgumentException("plan " + plan.getPlanId() + " names no seed model: give source=");
                }
                seeds = SourceLibraries.standard().find(model);
            }
            Plan p = CasePlanning.redose(c, plan, CaseDose.seedsOf(plan), seeds, Set.of(), engine, progress.split(1));
            p.setPlanId(newId);
            p.setStatus(PlanStatus.DRAFT);
            p.setBasedOnPlanId(plan.getPlanId());
            redosed.add(p);
            columns.put(newId + ".source", seeds.name());
            TargetColumns.put(columns, newId + ".", p.getMetrics().stream()
                    .map(m -> org.opensabt.dose.dvh.DoseMetric.of(m.getStructure() == null ? null : m.getStructure().getName(), m.getName(), m.getValue(), m.getUnit())).toList(), plan.getTarget().getName());
        }
        for (Plan p : redosed) { // into the case only when every plan was re-dosed
            CaseDose.store(c, p);
        }
        columns.put("plans", redosed.size());
        return new Outcome(columns, true);
    }
}
