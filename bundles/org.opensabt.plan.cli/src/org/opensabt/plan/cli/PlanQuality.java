package org.opensabt.plan.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.dose.cases.DoseInputException;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.dose.dvh.DoseMetric;
import org.opensabt.model.PatientCase;
import org.opensabt.plan.CasePlanning;
import org.opensabt.plan.PlanDefaults;
import org.opensabt.plan.PlanRequest;
import org.opensabt.plan.PlanningException;

/**
 * {@code bench plan --quality}: every case planned with every optimiser asked for (all installed by default), the plan dosed
 * by the dose engine as {@code opensabt plan} does, and per case and optimiser the seeds, needles, D90, V100, V150, V200,
 * OAR doses and time; then each optimiser's seed count against the one with the fewest seeds at equal coverage (V100 within
 * 1 point), and whether its V150 stays ≤ 60 % where the other's does (issue 26's goals: within 5 % of the exact optimum's
 * seed count, V150 ≤ 60 % wherever the exact optimiser finds it feasible).
 */
final class PlanQuality {

    /** One case to plan: its label, the case, its target and needle mode, the request (target, Rx, strength, needles, limits). */
    record Case(String label, PatientCase patientCase, String needles, PlanRequest request) {
    }

    private PlanQuality() {
    }

    static Map<String, Object> run(CommandContext context, List<Case> cases, List<String> optimiserIds, SeedSource seed, StringBuilder text) throws CommandException {
        text.append(String.format(Locale.ROOT, "Plan quality on the dose engine's grid (%.1f mm), Rx %d Gy: each case with each optimiser%n", CasePlanning.DEFAULT_DOSE_GRID_MM,
                PlanDefaults.RX_GY));
        text.append(String.format(Locale.ROOT, "%-30s %-11s %-18s %6s %7s %7s %7s %7s %7s %8s  %s%n", "case", "needles", "optimiser", "seeds", "needles", "D90 Gy",
                "V100 %", "V150 %", "V200 %", "time s", "OAR doses (Gy) / notes"));
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> comparisons = new ArrayList<>();
        for (Case c : cases) {
            List<Map<String, Object>> perCase = new ArrayList<>();
            for (String id : optimiserIds) {
                context.progress("bench plan --quality: " + c.label() + ", " + c.needles() + ", " + id);
                CasePlanning.Request request = CasePlanning.Request.of(c.request(), seed, "quality-" + id).withOptimiser(id).withKeepPartial(true).withAlternatives(false);
                CasePlanning.Result r;
                long t0 = System.nanoTime();
                try {
                    r = CasePlanning.plan(c.patientCase(), request, null);
                } catch (PlanningException | DoseInputException e) {
                    throw new CommandException(c.label() + ", " + c.needles() + ", optimiser " + id + ": " + e.getMessage(), e);
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("case", c.label());
                row.put("needleMode", c.needles());
                row.put("optimiser", r.optimiserId());
                row.put("seeds", r.optimised().seeds().size());
                row.put("needles", r.optimised().needles().size());
                Map<String, Double> target = new LinkedHashMap<>();
                Map<String, Map<String, Double>> oars = new LinkedHashMap<>();
                if (r.dosed() != null) {
                    for (DoseMetric m : r.dosed().outcome().metrics()) {
                        String structure = m.structure() == null ? "" : m.structure();
                        if (structure.equalsIgnoreCase(c.request().targetName())) {
                            target.put(m.name(), m.value());
                        } else if (List.of("D2cc", "D0.1cc", "Dmax").contains(m.name())) {
                            oars.computeIfAbsent(structure, k -> new LinkedHashMap<>()).put(m.name(), m.value());
                        }
                    }
                }
                oars.keySet().removeIf(k -> c.request().oarLimits().stream().noneMatch(l -> l.structure().equalsIgnoreCase(k)) && !k.equalsIgnoreCase("OAR"));
                row.put("d90Gy", target.getOrDefault("D90", Double.NaN));
                row.put("v100Percent", target.getOrDefault("V100", Double.NaN));
                row.put("v150Percent", target.getOrDefault("V150", Double.NaN));
                row.put("v200Percent", target.getOrDefault("V200", Double.NaN));
                row.put("oarDosesGy", oars);
                row.put("seconds", seconds);
                row.put("unmet", r.optimised().unmet());
                row.put("gaveWay", r.optimised().gaveWay());
                row.put("notes", r.optimised().notes());
                rows.add(row);
                perCase.add(row);
                StringBuilder oarText = new StringBuilder();
                oars.forEach((k, v) -> v.forEach((metric, gy) -> oarText.append(Double.isFinite(gy) ? String.format(Locale.ROOT, "%s %s %.1f  ", k, metric, gy) : "")));
                if (!r.optimised().unmet().isEmpty()) {
                    oarText.append("unmet: ").append(String.join("; ", r.optimised().unmet()));
                }
                text.append(String.format(Locale.ROOT, "%-30s %-11s %-18s %6d %7d %7.1f %7.1f %7.1f %7.1f %8.1f  %s%n", c.label(), c.needles(), r.optimiserId(),
                        r.optimised().seeds().size(), r.optimised().needles().size(), (double) row.get("d90Gy"), (double) row.get("v100Percent"),
                        (double) row.get("v150Percent"), (double) row.get("v200Percent"), seconds, oarText.toString().strip()));
            }
            if (perCase.size() >= 2) {
                comparisons.add(compare(perCase, text));
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rows", rows);
        json.put("comparisons", comparisons);
        return json;
    }

    /**
     * Each optimiser against the one with the fewest seeds among those with equal coverage (V100 within 1 point of the best):
     * the seed gap in %, and whether V150 ≤ 60 % where that one has it.
     */
    private static Map<String, Object> compare(List<Map<String, Object>> perCase, StringBuilder text) {
        double bestV100 = perCase.stream().mapToDouble(r -> (double) r.get("v100Percent")).max().orElse(Double.NaN);
        Map<String, Object> reference = perCase.stream().filter(r -> (double) r.get("v100Percent") >= bestV100 - 1)
                .min((a, b) -> Integer.compare((int) a.get("seeds"), (int) b.get("seeds"))).orElse(perCase.get(0));
        int refSeeds = (int) reference.get("seeds");
        boolean refV150 = (double) reference.get("v150Percent") <= PlanDefaults.V150_PERCENT;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("case", reference.get("case"));
        out.put("needleMode", reference.get("needleMode"));
        out.put("reference", reference.get("optimiser"));
        List<Map<String, Object>> gaps = new ArrayList<>();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  against %s (%d seeds, V150 %.1f %%):", reference.get("optimiser"), refSeeds,
                (double) reference.get("v150Percent")));
        for (Map<String, Object> r : perCase) {
            if (r == reference) {
                continue;
            }
            double gapPercent = 100.0 * ((int) r.get("seeds") - refSeeds) / refSeeds;
            boolean v150Ok = !refV150 || (double) r.get("v150Percent") <= PlanDefaults.V150_PERCENT;
            boolean within = gapPercent <= 5 && Math.abs((double) r.get("v100Percent") - (double) reference.get("v100Percent")) <= 1 && v150Ok;
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("optimiser", r.get("optimiser"));
            g.put("seedGapPercent", gapPercent);
            g.put("v150WhereFeasible", v150Ok);
            g.put("goalMet", within);
            gaps.add(g);
            line.append(String.format(Locale.ROOT, " %s %+.1f %% seeds%s%s", r.get("optimiser"), gapPercent, v150Ok ? "" : ", V150 above 60 % where it is feasible",
                    within ? " (goal met)" : " (goal NOT met)"));
        }
        out.put("gaps", gaps);
        text.append(line).append(System.lineSeparator());
        return out;
    }
}
