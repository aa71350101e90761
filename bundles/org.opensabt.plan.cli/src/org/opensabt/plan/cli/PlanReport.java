package org.opensabt.plan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opensabt.cli.api.CommandResult;
import org.opensabt.dose.DoseEngines;
import org.opensabt.dose.cases.CaseDose;
import org.opensabt.dose.dvh.DoseMetric;
import org.opensabt.outcomes.LocalControlModels;
import org.opensabt.plan.OarLimit;
import org.opensabt.plan.PlanRequest;
import org.opensabt.plan.GoalCheck;
import org.opensabt.plan.NeedleLoading;
import org.opensabt.plan.SeedPlanner;
import org.opensabt.plan.SoughtGoals;

/** The plan command's report: needles, seeds, the dose engine's metrics, each goal met or by how much it gave way, and the baseline. */
final class PlanReport {

    private PlanReport() {
    }

    /** The goals as the JSON report gives them (structure, metric, goal, required, then met and note, or value, unit, met and gaveWayBy). */
    static List<Map<String, Object>> goalsJson(List<GoalCheck> goals) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (GoalCheck check : goals) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("structure", check.structure());
            g.put("metric", check.metric());
            g.put("goal", check.goalText());
            g.put("required", check.required());
            if (!check.evaluated()) {
                g.put("met", null);
                g.put("note", "not evaluated by the dose engine");
            } else {
                g.put("value", check.value());
                g.put("unit", check.unit());
                g.put("met", check.met());
                g.put("gaveWayBy", check.met() ? 0.0 : Math.abs(check.value() - check.goal()));
            }
            out.add(g);
        }
        return out;
    }

    static CommandResult result(Path dir, String planId, PlanRequest request, SeedPlanner.Result result, CaseDose.Outcome outcome,
            List<GoalCheck> checks, double planSeconds, String optimiserId, SoughtGoals sought, LocalControlModels.PlanPrediction prediction) {
        List<Map<String, Object>> goals = goalsJson(checks);
        double u = request.strengthU();
        int seeds = result.seeds().size();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("caseFolder", dir.toString());
        json.put("planId", planId);
        json.put("needleGeometry", request.needles().getClass().getSimpleName());
        json.put("needles", result.needles().size());
        json.put("seeds", seeds);
        json.put("strengthU", u);
        json.put("totalStrengthU", u * seeds);
        json.put("candidateNeedles", result.candidateNeedles());
        json.put("candidateSeeds", result.candidateSeeds());
        json.put("optimiser", optimiserId);
        json.put("randomSeed", request.randomSeed());
        json.put("planSeconds", planSeconds);
        Map<String, Object> metrics = new LinkedHashMap<>();
        for (DoseMetric m : outcome.metrics()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> byName = (Map<String, Object>) metrics.computeIfAbsent(m.structure(), k -> new LinkedHashMap<String, Object>());
            byName.put(m.name(), Map.of("value", m.value(), "unit", m.unit()));
        }
        json.put("metrics", metrics);
        json.put("goals", goals);
        Map<String, Object> baseline = new LinkedHashMap<>();
        baseline.put("seeds", result.baseline().seeds());
        baseline.put("v100Percent", 100 * result.baseline().metrics().v100());
        baseline.put("d90Gy", result.baseline().metrics().d90Gy());
        baseline.put("v150Percent", 100 * result.baseline().metrics().v150());
        json.put("baselineUniformLoading", baseline);
        json.put("optimiserGrid", Map.of("gridMm", result.evaluationGridMm(), "v100Percent", 100 * result.metrics().v100(), "d90Gy", result.metrics().d90Gy(),
                "v150Percent", 100 * result.metrics().v150(), "v200Percent", 100 * result.metrics().v200()));
        json.put("unmet", result.unmet());
        json.put("notes", result.notes());
        double slotMm = NeedleLoading.slotMm(request.seedSpacingMm());
        List<Map<String, Object>> needleList = new ArrayList<>();
        List<NeedleLoading.Loading> loadings = new ArrayList<>();
        for (SeedPlanner.PlannedNeedle n : result.needles()) {
            List<double[]> onNeedle = result.seeds().stream().filter(s -> s.seedId().startsWith(n.id() + "-")).map(s -> s.positionMm()).toList();
            NeedleLoading.Loading loading = NeedleLoading.of(n.tipMm(), n.directionUnit(), onNeedle, slotMm);
            loadings.add(loading);
            Map<String, Object> needle = new LinkedHashMap<>();
            needle.put("id", n.id());
            needle.put("entryMm", n.entryMm());
            needle.put("tipMm", n.tipMm());
            needle.put("directionUnit", n.directionUnit());
            needle.put("seeds", (long) onNeedle.size());
            // the loading a clinician implants, from the tip back towards the skin (NeedleLoading)
            needle.put("insertionDepthMm", Double.isNaN(insertionDepthMm(n)) ? null : insertionDepthMm(n));
            needle.put("loadingPattern", loading.pattern());
            needle.put("spacers", loading.spacers());
            needle.put("deepestSeedFromTipMm", loading.deepestSeedFromTipMm());
            needle.put("seedsFromTipMm", loading.seedsFromTipMm());
            needleList.add(needle);
        }
        json.put("needleList", needleList);
        json.put("loadingSlotMm", slotMm);
        json.put("seedSpacingMm", request.seedSpacingMm());
        json.put("minSkinDistanceMm", request.minSkinDistanceMm());
        json.put("boneMarginMm", request.boneMarginMm());
        if (sought != null) {
            json.put("soughtGoals", soughtJson(sought, request));
        }
        if (prediction != null) {
            json.put("predictedLocalControl", prediction.toJson());
        }

        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Plan %s: %d needles, %d seeds of %.3f U (%.3f U total); planned in %.2f s by %s from %d candidate needles, %d candidate seeds",
                planId, result.needles().size(), seeds, u, u * seeds, planSeconds, optimiserId, result.candidateNeedles(), result.candidateSeeds()));
        text.append("\nGoals (" + (outcome.engineId().equals(DoseEngines.DEFAULT_ENGINE) ? "TG-43" : outcome.engineId()) + " engine, "
                + java.math.BigDecimal.valueOf(outcome.grid().spacingMm()[0]).stripTrailingZeros().toPlainString() + " mm grid):");
        for (Map<String, Object> g : goals) {
            Object met = g.get("met");
            text.append(String.format(Locale.ROOT, "%n  %-14s %-6s %-10s %s", g.get("structure"), g.get("metric"), g.get("goal"),
                    met == null ? "not evaluated" : format((Double) g.get("value"), (String) g.get("unit"))
                            + (Boolean.TRUE.equals(met) ? "  met" : "  gave way by " + format((Double) g.get("gaveWayBy"), (String) g.get("unit"))
                                    + ((Boolean) g.get("required") ? " (required)" : " (sought)"))));
        }
        text.append(String.format(Locale.ROOT, "%nBaseline (uniform loading of every 5 mm template position inside the target): %d seeds, V100 %.1f %%, V150 %.1f %%",
                result.baseline().seeds(), 100 * result.baseline().metrics().v100(), 100 * result.baseline().metrics().v150()));
        text.append(needleTable(result.needles(), loadings, slotMm));
        for (String note : result.notes()) {
            text.append("\nnote: ").append(note);
        }
        for (String unmet : result.unmet()) {
            text.append("\nnot met (kept with --keep-partial): ").append(unmet);
        }
        if (sought != null) {
            text.append(soughtText(sought));
        }
        if (prediction != null) {
            text.append("\n").append(prediction.text());
        }
        return CommandResult.of(text.toString(), json);
    }

    /** Skin entry to tip along the needle (mm); NaN without an entry. */
    static double insertionDepthMm(SeedPlanner.PlannedNeedle n) {
        if (n.entryMm() == null) {
            return Double.NaN;
        }
        double sum = 0;
        for (int k = 0; k < 3; k++) {
            sum += (n.tipMm()[k] - n.entryMm()[k]) * n.directionUnit()[k];
        }
        return sum;
    }

    /** The needle table: per needle its depth from the skin, seeds, spacers and loading pattern from the tip. */
    static String needleTable(List<SeedPlanner.PlannedNeedle> needles, List<NeedleLoading.Loading> loadings, double slotMm) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%nNeedles (loading from the tip: S seed, s spacer, %s mm slots):",
                java.math.BigDecimal.valueOf(slotMm).stripTrailingZeros().toPlainString()));
        for (int i = 0; i < needles.size(); i++) {
            NeedleLoading.Loading l = loadings.get(i);
            b.append(String.format(Locale.ROOT, "%n  %-6s depth %6.1f mm from the skin  %2d seeds %2d spacers  %s%s", needles.get(i).id(),
                    insertionDepthMm(needles.get(i)), l.seeds(), l.spacers(), l.text(),
                    l.deepestSeedFromTipMm() > NeedleLoading.TOLERANCE_MM ? String.format(Locale.ROOT, " (deepest seed %.1f mm behind the tip)",
                            l.deepestSeedFromTipMm()) : ""));
        }
        return b.toString();
    }

    /**
     * The sought goals as text: "Sought goals met" or each goal not met with its amount, then the quick re-plans
     * with alternatives ("Alternatives (quick re-plans on the optimiser's coarse grid; the stored plan is the one asked for):").
     */
    static String soughtText(SoughtGoals sought) {
        StringBuilder text = new StringBuilder();
        if (sought.met()) {
            text.append("\nSought goals met (").append(sought.evaluatedBy()).append(")");
        } else {
            text.append("\nSought goals NOT met (").append(sought.evaluatedBy()).append("): ").append(String.join("; ", sought.notMet()));
        }
        if (!sought.alternatives().isEmpty()) {
            text.append("\nAlternatives (quick re-plans of this case on the optimiser's coarse grid; the stored plan is the one asked for):");
            for (SoughtGoals.Alternative a : sought.alternatives()) {
                text.append("\n  ").append(a.text()).append("  [").append(a.needleSpec()).append("]");
            }
        }
        for (String note : sought.notes()) {
            text.append("\nnote: ").append(note);
        }
        return text.toString();
    }

    /** For a refused plan's error line: " Alternatives: …" (empty when none were computed). */
    static String alternativesLine(SoughtGoals sought) {
        if (sought == null || sought.alternatives().isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (SoughtGoals.Alternative a : sought.alternatives()) {
            parts.add(a.text() + " [" + a.needleSpec() + "]");
        }
        return ". Alternatives (quick re-plans on the optimiser's coarse grid): " + String.join("; ", parts);
    }

    /** The --json soughtGoals block: met, each sought goal with its value and by how much, the seed budget, the alternatives. */
    static Map<String, Object> soughtJson(SoughtGoals sought, PlanRequest request) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("met", sought.met());
        out.put("evaluatedBy", sought.evaluatedBy());
        List<Map<String, Object>> goals = new ArrayList<>();
        for (GoalCheck g : sought.goals()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("structure", g.structure());
            m.put("metric", g.metric());
            m.put("goal", g.goalText());
            m.put("value", g.evaluated() ? g.value() : null);
            m.put("unit", g.unit());
            m.put("met", g.evaluated() ? g.met() : null);
            m.put("exceededBy", g.gaveWayBy());
            goals.add(m);
        }
        out.put("goals", goals);
        out.put("notMet", sought.notMet());
        Map<String, Object> budget = new LinkedHashMap<>();
        budget.put("maxSeeds", request.goals().maxSeeds() > 0 ? request.goals().maxSeeds() : null);
        budget.put("maxTotalStrengthU", request.goals().maxTotalStrengthU() > 0 ? request.goals().maxTotalStrengthU() : null);
        budget.put("seedLimit", sought.seedLimit() > 0 ? sought.seedLimit() : null);
        out.put("seedBudget", budget);
        List<Map<String, Object>> alternatives = new ArrayList<>();
        for (SoughtGoals.Alternative a : sought.alternatives()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", a.label());
            m.put("options", a.needleSpec());
            m.put("strengthU", a.strengthU());
            m.put("seeds", a.seeds());
            m.put("needles", a.needles());
            m.put("v100Percent", a.v100Percent());
            m.put("d90Gy", a.d90Gy());
            m.put("v150Percent", a.v150Percent());
            m.put("v200Percent", a.v200Percent());
            m.put("meetsRequired", a.meetsRequired());
            m.put("meetsSought", a.meetsSought(request.goals()));
            m.put("unmet", a.unmet());
            m.put("gridMm", a.gridMm());
            m.put("seconds", a.seconds());
            alternatives.add(m);
        }
        out.put("alternatives", alternatives);
        out.put("notes", sought.notes());
        return out;
    }

    private static String format(double value, String unit) {
        return String.format(Locale.ROOT, "%.1f %s", value, unit);
    }
}
