package org.opensabt.demo;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.opensabt.cli.api.CommandResult;
import org.opensabt.dose.DoseEngines;
import org.opensabt.dose.cases.CaseDose;
import org.opensabt.dose.cases.DoseComparison;
import org.opensabt.dose.dvh.DoseMetric;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.outcomes.LocalControlModels;
import org.opensabt.outcomes.OutcomeInputException;
import org.opensabt.plan.CasePlanning;
import org.opensabt.plan.GoalCheck;
import org.opensabt.plan.PlanRequest;
import org.opensabt.plan.SeedPlanner;
import org.opensabt.postplan.DetectionAccuracy;
import org.opensabt.postplan.PostImplant;
import org.opensabt.postplan.PostImplantDosimetry;
import org.opensabt.postplan.SeedDetector;
import org.opensabt.template.CaseTemplates;
import org.opensabt.template.TemplateDesigner;
import org.opensabt.template.TemplateSpec;

/** The demo's report of each step from the facades' typed results, in the words of the corresponding commands. */
final class DemoReports {

    private static final Set<String> SHOWN_METRICS = Set.of("D90", "V100", "V150", "V200", "Dmax", "D0.1cc", "D2cc", "Dmean");

    private DemoReports() {
    }

    static CommandResult plan(String planId, PlanRequest request, CasePlanning.Result planned) {
        SeedPlanner.Result result = planned.optimised();
        CaseDose.Outcome outcome = planned.dosed().outcome();
        double u = request.strengthU();
        int seeds = result.seeds().size();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Plan %s: %d needles, %d seeds of %.3f U (%.3f U total); planned in %.2f s by %s from %d candidate needles, %d candidate seeds",
                planId, result.needles().size(), seeds, u, u * seeds, planned.planSeconds(), planned.optimiserId(), result.candidateNeedles(),
                result.candidateSeeds()));
        text.append("\nGoals (" + (outcome.engineId().equals(DoseEngines.DEFAULT_ENGINE) ? "TG-43" : outcome.engineId()) + " engine, "
                + BigDecimal.valueOf(outcome.grid().spacingMm()[0]).stripTrailingZeros().toPlainString() + " mm grid):");
        List<Map<String, Object>> goals = new ArrayList<>();
        for (GoalCheck g : planned.dosed().goals()) {
            text.append(String.format(Locale.ROOT, "%n  %-14s %-6s %-10s %s", g.structure(), g.metric(), g.goalText(), !g.evaluated() ? "not evaluated"
                    : GoalCheck.format(g.value(), g.unit()) + (g.met() ? "  met"
                            : "  gave way by " + GoalCheck.format(g.gaveWayBy(), g.unit()) + (g.required() ? " (required)" : " (sought)"))));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("structure", g.structure());
            m.put("metric", g.metric());
            m.put("goal", g.goalText());
            m.put("value", g.evaluated() ? g.value() : null);
            m.put("unit", g.unit());
            m.put("met", g.evaluated() ? g.met() : null);
            goals.add(m);
        }
        text.append(String.format(Locale.ROOT, "%nBaseline (uniform loading of every 5 mm template position inside the target): %d seeds, V100 %.1f %%, V150 %.1f %%",
                result.baseline().seeds(), 100 * result.baseline().metrics().v100(), 100 * result.baseline().metrics().v150()));
        for (String note : result.notes()) {
            text.append("\nnote: ").append(note);
        }
        // the plan's predicted local control with the shipped default model (template-assisted, as the demo prints a template)
        LocalControlModels.PlanPrediction prediction = null;
        try {
            prediction = LocalControlModels.predict(LocalControlModels.load(null, null), planned.dosed().plan(), "CT_TEMPLATE", 0.8);
        } catch (OutcomeInputException e) {
            text.append("\nno predicted local control: ").append(e.getMessage());
        }
        if (prediction != null) {
            text.append("\n").append(prediction.text());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("planId", planId);
        json.put("needles", result.needles().size());
        json.put("seeds", seeds);
        json.put("strengthU", u);
        json.put("totalStrengthU", u * seeds);
        json.put("optimiser", planned.optimiserId());
        json.put("engine", outcome.engineId());
        json.put("planSeconds", planned.planSeconds());
        json.put("goals", goals);
        json.put("notes", result.notes());
        if (prediction != null) {
            json.put("predictedLocalControl", prediction.toJson());
        }
        return CommandResult.of(text.toString(), json);
    }

    static CommandResult template(CaseTemplates.Result result, CaseTemplates.Exported files) {
        TemplateDesigner.Design design = result.design();
        TemplateSpec spec = TemplateSpec.DEFAULT;
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Template %s for plan %s: %d guide holes Ø%.2f mm (%d G), plate %.1f mm, %d triangles, %.1f cm³, %d part(s), closed 2-manifold; designed in %.2f s%n"
                        + "Wrote %s, needles.csv, needles.json, drawing.png in %s%nLaser reference (x, z) = (%.0f, %.0f) mm; orientation letters %s",
                result.templateId(), result.planId(), design.holes().size(), design.holeDiameterMm(), spec.needleGauge(), spec.thicknessMm(),
                design.mesh().triangleCount(), design.mesh().volumeMm3() / 1000, design.mesh().parts(), result.designSeconds(), files.stlFile().getFileName(),
                files.folder(), design.laserReferenceMm()[0], design.laserReferenceMm()[2], design.letters().stream().map(TemplateDesigner.Letter::text).toList()));
        for (TemplateDesigner.Hole h : design.holes()) {
            text.append(String.format(Locale.ROOT, "%n  hole %-3s needle %-5s depth %6.1f mm from the guide top, %4.1f° to the plate axis%s, %d seeds", h.label(),
                    h.needleId(), h.depthFromGuideTopMm(), h.angleToAxisDeg(), h.sleeveLengthMm() > 0 ? String.format(Locale.ROOT, ", sleeve %.0f mm",
                            h.sleeveLengthMm()) : "", h.seedsMm().size()));
        }
        for (String note : design.notes()) {
            text.append("\nnote: ").append(note);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("templateId", result.templateId());
        json.put("planId", result.planId());
        json.put("holes", design.holes().size());
        json.put("stlFile", files.stlFile().toString());
        json.put("folder", files.folder().toString());
        json.put("designSeconds", result.designSeconds());
        return CommandResult.of(text.toString(), json);
    }

    /** The model-based re-evaluation: what was computed and the DVH differences from TG-43, as {@code dose --compare-engine} prints them. */
    static CommandResult modelBased(CaseDose.Outcome mc, org.opensabt.dose.cases.EngineComparison comparison) {
        CaseDose.ModelBasedDose mb = mc.modelBased();
        String head = String.format(Locale.ROOT,
                "Model-based dose (TG-186): the plan's %d seeds in the patient's tissues by Monte Carlo, %s, %,d histories in %.0f s, mean uncertainty in %s %.1f %% (1 SD); stored as plan %s",
                mc.plan().getSeeds().size(), mb.quantity(), mb.histories(), mc.calculationSeconds(), DemoCommand.TARGET, mb.meanTargetUncertaintyPercent(),
                mc.plan().getPlanId());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("planId", mc.plan().getPlanId());
        json.put("quantity", mb.quantity());
        json.put("histories", mb.histories());
        json.put("meanTargetUncertaintyPercent", mb.meanTargetUncertaintyPercent());
        json.put("seconds", mc.calculationSeconds());
        json.put("engineComparison", comparison.toMap());
        return CommandResult.of(head + "\n" + comparison.table(), json);
    }

    static CommandResult recheck(CaseDose.Outcome outcome, SeedSource seed, Path rtdose, DoseComparison c, List<String> notes) {
        double strength = outcome.plan().getAirKermaStrengthU() > 0 ? outcome.plan().getAirKermaStrengthU() : Double.NaN;
        var grid = outcome.grid();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Plan %s: %d seeds of %s%s, %s; grid %d×%d×%d at %.2f mm (%.2f s)%n",
                outcome.plan().getPlanId(), outcome.plan().getSeeds().size(), seed.name(),
                Double.isFinite(strength) ? String.format(Locale.ROOT, " at %.3f U (%.3f mCi)", strength, seed.hasUPerMCi() ? strength / seed.uPerMCi() : Double.NaN)
                        : "",
                outcome.notes(), grid.columns(), grid.rows(), grid.slices(), grid.spacingMm()[0], outcome.calculationSeconds()));
        Map<String, List<DoseMetric>> byName = new LinkedHashMap<>();
        for (DoseMetric m : outcome.metrics()) {
            byName.computeIfAbsent(m.structure(), k -> new ArrayList<>()).add(m);
        }
        byName.forEach((structure, metrics) -> text.append("  ").append(structure).append(": ")
                .append(String.join("; ", metrics.stream().map(m -> m.name() + " " + m.formatted()).toList())).append('\n'));
        text.append("Not saved (no case: computed from DICOM objects)");
        text.append(String.format(Locale.ROOT, "%nAgainst %s: %.2f %% of the %d voxels above 10 %% of its maximum within 2 %%; largest difference %.3f Gy, "
                + "mean |difference| %.3f Gy", rtdose, c.within2PercentPercent(), c.voxelsCompared(), c.maxAbsDifferenceGy(), c.meanAbsDifferenceGy()));
        Map<String, Object> comparison = new LinkedHashMap<>();
        comparison.put("rtdose", rtdose.toString());
        comparison.put("voxelsCompared", c.voxelsCompared());
        comparison.put("within2PercentPercent", c.within2PercentPercent());
        comparison.put("maxAbsDifferenceGy", c.maxAbsDifferenceGy());
        comparison.put("meanAbsDifferenceGy", c.meanAbsDifferenceGy());
        comparison.put("referenceMaxGy", c.referenceMaxGy());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("planId", outcome.plan().getPlanId());
        json.put("seeds", outcome.plan().getSeeds().size());
        json.put("engine", outcome.notes());
        json.put("comparison", comparison);
        json.put("warnings", notes);
        return CommandResult.of(text.toString(), json);
    }

    static CommandResult postImplant(Path dir, PostImplant.Result evaluation, DetectionAccuracy accuracy) {
        PostImplantDosimetry.Result r = evaluation.dosimetry();
        SeedDetector.Detection detection = evaluation.detection();
        int planned = evaluation.plan().getSeeds().size();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Implant %s of plan %s (%s)%n", evaluation.implantId(), evaluation.plan().getPlanId(), dir));
        if (detection != null) {
            long split = detection.seeds().stream().filter(s -> s.seedsInObject() > 1).map(SeedDetector.FoundSeed::objectId).distinct().count();
            text.append(String.format(Locale.ROOT, "Seeds found: %d in %d metal object(s) (%s split), planned %d; detection %.2f s (import %.2f s)%n",
                    detection.seeds().size(), detection.objects(), split, planned, detection.seconds(), evaluation.importSeconds()));
            for (SeedDetector.RejectedObject o : detection.rejected()) {
                text.append(String.format(Locale.ROOT, "  rejected metal object %d at (%.1f, %.1f, %.1f) grid: %s%n", o.objectId(), o.centroidMm()[0],
                        o.centroidMm()[1], o.centroidMm()[2], o.reason()));
            }
            detection.notes().forEach(n -> text.append("  note: ").append(n).append('\n'));
        }
        text.append("Frames: ").append(evaluation.transform().description()).append('\n');
        evaluation.edits().forEach(e -> text.append("  edit: ").append(e).append('\n'));
        long matched = r.pairings().stream().filter(p -> p.plannedSeedId() != null).count();
        text.append(String.format(Locale.ROOT, "Matched %d of %d implanted seeds to %d planned (%d implanted and %d planned unmatched); displacement median %.1f mm, "
                + "95th percentile %.1f mm, max %.1f mm%n", matched, r.pairings().size(), planned, r.pairings().size() - matched, r.unmatchedPlanned(),
                r.medianDisplacementMm(), r.p95DisplacementMm(), r.maxDisplacementMm()));
        text.append(String.format(Locale.ROOT, "%-12s %-8s %12s %12s %12s%n", "structure", "metric", "planned", "actual", "difference"));
        List<Map<String, Object>> comparison = new ArrayList<>();
        for (PostImplantDosimetry.Comparison c : r.comparisons()) {
            String unit = c.unit() == null ? "" : c.unit();
            if (SHOWN_METRICS.contains(c.metric())) {
                text.append(String.format(Locale.ROOT, "%-12s %-8s %9.1f %-2s %9.1f %-2s %+9.1f %-2s%n", c.structure(), c.metric(), c.planned(), unit, c.actual(), unit,
                        c.difference(), unit));
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("structure", c.structure());
            row.put("metric", c.metric());
            row.put("unit", c.unit());
            row.put("planned", c.planned());
            row.put("actual", c.actual());
            comparison.add(row);
        }
        if (accuracy != null) {
            text.append("Against the truth: ").append(accuracy.summary()).append('\n');
        }
        evaluation.warnings().forEach(w -> text.append("warning: ").append(w).append('\n'));
        text.append("Stored as implant ").append(evaluation.implantId()).append(" in the case.");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("implantId", evaluation.implantId());
        json.put("planId", evaluation.plan().getPlanId());
        json.put("seedsFound", detection == null ? null : detection.seeds().size());
        json.put("matched", matched);
        json.put("medianDisplacementMm", r.medianDisplacementMm());
        json.put("comparison", comparison);
        json.put("warnings", evaluation.warnings());
        return CommandResult.of(text.toString(), json);
    }
}
