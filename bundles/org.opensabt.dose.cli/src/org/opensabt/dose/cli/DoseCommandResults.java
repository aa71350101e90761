package org.opensabt.dose.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opensabt.cli.api.CommandResult;
import org.opensabt.dose.cases.CaseDose;
import org.opensabt.dose.cases.EngineComparison;
import org.opensabt.dose.dvh.DoseMetric;
import org.opensabt.dose.source.SeedSource;

/** The printed and JSON report of a case dose calculation (dose command, demo). */
public final class DoseCommandResults {

    private DoseCommandResults() {
    }

    /** The result with the engine comparison added (text table and "engineComparison" in the JSON). */
    @SuppressWarnings("unchecked")
    public static CommandResult withEngineComparison(CommandResult result, EngineComparison c) {
        Map<String, Object> json = new LinkedHashMap<>((Map<String, Object>) result.toJson());
        json.put("engineComparison", c.toMap());
        return CommandResult.of(result.toText() + "\n" + c.table(), json);
    }

    public static CommandResult of(Path caseDir, CaseDose.Outcome outcome, SeedSource seed, double strength, List<String> notes) {
        StringBuilder text = new StringBuilder();
        var grid = outcome.grid();
        text.append(String.format(Locale.ROOT, "Plan %s: %d seeds of %s%s, %s; grid %d×%d×%d at %.2f mm (%.2f s)%n",
                outcome.plan().getPlanId(), outcome.plan().getSeeds().size(), seed.name(),
                Double.isFinite(strength) ? String.format(Locale.ROOT, " at %.3f U (%.3f mCi)", strength,
                        seed.hasUPerMCi() ? strength / seed.uPerMCi() : Double.NaN) : "",
                outcome.notes(), grid.columns(), grid.rows(), grid.slices(), grid.spacingMm()[0], outcome.calculationSeconds()));
        Map<String, List<DoseMetric>> byName = new LinkedHashMap<>();
        for (DoseMetric m : outcome.metrics()) {
            byName.computeIfAbsent(m.structure(), k -> new java.util.ArrayList<>()).add(m);
        }
        byName.forEach((structure, metrics) -> text.append("  ").append(structure).append(": ")
                .append(String.join("; ", metrics.stream().map(m -> m.name() + " " + m.formatted()).toList())).append('\n'));
        CaseDose.ModelBasedDose mb = outcome.modelBased();
        if (mb != null) {
            text.append(String.format(Locale.ROOT, "  Monte Carlo: %s stored; %,d histories (%,.0f per second); mean uncertainty in the target %.2f %% (1 SD); tissues %s%n",
                    mb.quantity(), mb.histories(), mb.historiesPerSecond(), mb.meanTargetUncertaintyPercent(), mb.tissues()));
        }
        text.append(caseDir == null ? "Not saved (no case: computed from DICOM objects)" : "Saved in " + caseDir);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("caseFolder", caseDir == null ? null : caseDir.toString());
        json.put("planId", outcome.plan().getPlanId());
        json.put("source", seed.name());
        json.put("seeds", outcome.plan().getSeeds().size());
        json.put("airKermaStrengthU", Double.isFinite(strength) ? strength : null);
        json.put("apparentActivityMCi", Double.isFinite(strength) && seed.hasUPerMCi() ? strength / seed.uPerMCi() : null);
        json.put("doseUnit", "Gy");
        json.put("grid", Map.of("columns", grid.columns(), "rows", grid.rows(), "slices", grid.slices(), "spacingMm",
                List.of(grid.spacingMm()[0], grid.spacingMm()[1], grid.spacingMm()[2]), "originMm",
                List.of(grid.originMm()[0], grid.originMm()[1], grid.originMm()[2])));
        json.put("calculationSeconds", outcome.calculationSeconds());
        json.put("engine", outcome.notes());
        Map<String, Map<String, Object>> byStructure = new LinkedHashMap<>();
        for (DoseMetric m : outcome.metrics()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("value", m.hasValue() ? m.value() : null);
            entry.put("unit", m.unit());
            if (!m.hasValue()) {
                entry.put("note", m.note());
            }
            byStructure.computeIfAbsent(m.structure(), s -> new LinkedHashMap<>()).put(m.name(), entry);
        }
        json.put("metrics", byStructure);
        if (mb != null) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("quantity", mb.quantity());
            m.put("histories", mb.histories());
            m.put("historiesPerSecond", mb.historiesPerSecond());
            m.put("meanTargetUncertaintyPercent", Double.isFinite(mb.meanTargetUncertaintyPercent()) ? mb.meanTargetUncertaintyPercent() : null);
            m.put("tissueVoxels", mb.tissues());
            json.put("modelBased", m);
        }
        json.put("warnings", notes);
        return CommandResult.of(text.toString(), json);
    }
}
