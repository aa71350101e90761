package org.opensabt.plan.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.dose.DoseEngine;
import org.opensabt.dose.DoseEngines;
import org.opensabt.dose.DoseMode;
import org.opensabt.dose.KernelOptions;
import org.opensabt.dose.PermanentImplant;
import org.opensabt.dose.cases.CaseDose;
import org.opensabt.dose.cases.DoseInputException;
import org.opensabt.dose.dvh.DoseMetric;
import org.opensabt.dose.internal.Tg43Command;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.Needle;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Seed;
import org.opensabt.model.store.CaseStore;
import org.opensabt.plan.OarLimit;
import org.opensabt.plan.PlanRequest;
import org.opensabt.plan.PlanningException;
import org.opensabt.plan.TemplateGridPlanner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "plan", description = { "Inverse planning of parallel template-grid needles and I-125 seeds for a target: D90 ≥ Rx and V100 ≥ the goal",
        "with as few seeds as found, OAR limits respected; evaluated with the TG-43 engine and stored in the case." })
public final class PlanCommand implements CliCommand {

    @Option(names = "--case", required = true, paramLabel = "CASE") String caseFolder;
    @Option(names = "--target", required = true, paramLabel = "ROI") String target;
    @Option(names = "--rx", required = true, paramLabel = "GY", description = "Prescription dose (Gy).") double rxGy;
    @Option(names = "--strength-mci", paramLabel = "MCI", description = "Apparent activity per seed (mCi; converted with the seed's U/mCi).") Double strengthMCi;
    @Option(names = "--strength-u", paramLabel = "U", description = "Air-kerma strength per seed (U).") Double strengthU;
    @Option(names = "--needles", defaultValue = "grid:ap", paramLabel = "grid:DIR", description = "grid:ap|pa|lr|rl|si|is or grid:x,y,z (insertion direction, patient LPS; default: ${DEFAULT-VALUE}).") String needles;
    @Option(names = "--grid-mm", defaultValue = "5", paramLabel = "MM", description = "Template grid spacing (default: ${DEFAULT-VALUE} mm).") double gridMm;
    @Option(names = "--max-needles", defaultValue = "0", paramLabel = "N", description = "Needle limit (default: none).") int maxNeedles;
    @Option(names = "--seed-spacing-mm", defaultValue = "10", paramLabel = "MM", description = "Seed spacing along a needle (default: ${DEFAULT-VALUE} mm, at least 5).") double seedSpacingMm;
    @Option(names = "--oar", paramLabel = "ROI:Dmax<GY,D2cc<GY", description = "OAR limits (repeatable).") List<String> oar = new ArrayList<>();
    @Option(names = "--v100", defaultValue = "95", paramLabel = "PERCENT", description = "V100 goal (default: ${DEFAULT-VALUE} %).") double v100;
    @Option(names = "--source", defaultValue = "6711", paramLabel = "NAME|FILE") String source;
    @Option(names = "--plan-id", defaultValue = "plan-1", paramLabel = "ID") String planId;
    @Option(names = "--keep-partial", description = "Store the plan even when a goal or an OAR limit is not met (default: exit 1 and store nothing).") boolean keepPartial;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        SeedSource seed = Tg43Command.resolveSource(source, context);
        if ((strengthMCi == null) == (strengthU == null)) {
            throw new CommandException("give the seed strength as --strength-mci or --strength-u");
        }
        if (strengthMCi != null && !seed.hasUPerMCi()) {
            throw new CommandException(seed.name() + " has no U/mCi factor: give --strength-u");
        }
        double u = strengthU != null ? strengthU : PermanentImplant.strengthFromApparentActivityU(strengthMCi, seed.uPerMCi());
        List<OarLimit> limits = new ArrayList<>();
        PlanRequest request;
        try {
            for (String o : oar) {
                limits.addAll(OarLimit.parse(o));
            }
            request = new PlanRequest(target, rxGy, u, seedSpacingMm, direction(needles), gridMm, maxNeedles, limits, v100 / 100);
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage(), e);
        }
        Path dir = context.resolve(caseFolder);
        CaseStore store = new CaseStore(context.productVersion());
        PatientCase c;
        try {
            c = store.load(dir);
        } catch (IOException e) {
            throw new CommandException(e.getMessage(), e);
        }
        DoseEngine engine = DoseEngines.find("tg43");
        long t0 = System.nanoTime();
        TemplateGridPlanner.Result result;
        try {
            result = new TemplateGridPlanner(engine.kernel(seed, KernelOptions.of(DoseMode.LINE_2D)), seed).plan(c, request, context::progress);
        } catch (PlanningException e) {
            throw new CommandException(dir + ": " + e.getMessage(), e);
        }
        double planSeconds = (System.nanoTime() - t0) / 1e9;
        List<String> unmet = result.notes().stream().filter(n -> n.startsWith("goal not met") || n.startsWith("OAR limit not met")).toList();
        if (!unmet.isEmpty() && !keepPartial) {
            throw new CommandException(dir + ": no plan meets the request: " + String.join("; ", unmet) + " (" + result.seeds().size() + " seeds on "
                    + result.needles().size() + " needles tried; nothing stored; --keep-partial stores it anyway)");
        }
        CaseDose.Outcome outcome;
        try {
            outcome = new CaseDose().compute(c, engine, CaseDose.Request.automatic(planId, seed, KernelOptions.of(DoseMode.LINE_2D), result.seeds(), 2, 15, rxGy,
                    target, Runtime.getRuntime().availableProcessors()));
        } catch (DoseInputException e) {
            throw new CommandException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandException("interrupted", e);
        }
        for (TemplateGridPlanner.PlannedNeedle n : result.needles()) {
            Needle needle = ModelFactory.eINSTANCE.createNeedle();
            needle.setNeedleId(n.id());
            for (int k = 0; k < 3; k++) {
                needle.getEntryPointMm().add(n.entryMm()[k]);
                needle.getTipPointMm().add(n.tipMm()[k]);
                needle.getDirectionUnit().add(n.directionUnit()[k]);
            }
            outcome.plan().getNeedles().add(needle);
            for (Seed s : outcome.plan().getSeeds()) {
                if (s.getSeedId().startsWith(n.id() + "-")) {
                    s.setNeedle(needle);
                }
            }
        }
        CaseDose.store(c, outcome.plan());
        try {
            store.save(c, dir);
        } catch (IOException e) {
            throw new CommandException(e.getMessage(), e);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("caseFolder", dir.toString());
        json.put("planId", planId);
        json.put("needles", result.needles().size());
        json.put("seeds", result.seeds().size());
        json.put("strengthU", u);
        json.put("totalStrengthU", u * result.seeds().size());
        json.put("candidateNeedles", result.candidateNeedles());
        json.put("candidateSeeds", result.candidates());
        json.put("planSeconds", planSeconds);
        Map<String, Object> metrics = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Plan %s: %d needles, %d seeds of %.3f U (%.3f U total); planned in %.2f s from %d candidate needles, %d candidate seeds",
                planId, result.needles().size(), result.seeds().size(), u, u * result.seeds().size(), planSeconds, result.candidateNeedles(), result.candidates()));
        for (DoseMetric m : outcome.metrics()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("value", m.value());
            v.put("unit", m.unit());
            metrics.computeIfAbsent(m.structure(), k -> new LinkedHashMap<String, Object>());
            @SuppressWarnings("unchecked")
            Map<String, Object> byName = (Map<String, Object>) metrics.get(m.structure());
            byName.put(m.name(), v);
        }
        json.put("metrics", metrics);
        Map<String, Object> baseline = new LinkedHashMap<>();
        baseline.put("seeds", result.baseline().seeds());
        baseline.put("v100Percent", 100 * result.baseline().v100());
        baseline.put("d90Gy", result.baseline().d90Gy());
        baseline.put("v150Percent", 100 * result.baseline().v150());
        json.put("baselineUniformLoading", baseline);
        json.put("optimiserGrid", Map.of("v100Percent", 100 * result.v100(), "d90Gy", result.d90Gy(), "v150Percent", 100 * result.v150(), "v200Percent", 100 * result.v200()));
        json.put("notes", result.notes());
        List<Map<String, Object>> needleList = new ArrayList<>();
        for (TemplateGridPlanner.PlannedNeedle n : result.needles()) {
            needleList.add(Map.of("id", n.id(), "entryMm", n.entryMm(), "tipMm", n.tipMm(), "directionUnit", n.directionUnit()));
        }
        json.put("needleList", needleList);
        for (DoseMetric m : outcome.metrics()) {
            if (m.structure().equals(target) && List.of("D90", "V100", "V150", "V200").contains(m.name())) {
                text.append(String.format(Locale.ROOT, "%n  %s %s %s", m.structure(), m.name(), m.formatted()));
            }
        }
        text.append(String.format(Locale.ROOT, "%nBaseline (every candidate position loaded): %d seeds, V100 %.1f %%, V150 %.1f %%", result.baseline().seeds(),
                100 * result.baseline().v100(), 100 * result.baseline().v150()));
        for (String note : result.notes()) {
            text.append("\nnote: ").append(note);
        }
        return CommandResult.of(text.toString(), json);
    }

    static double[] direction(String spec) {
        if (!spec.startsWith("grid:")) {
            throw new IllegalArgumentException("--needles takes grid:<direction> (free needles are not available yet), not " + spec);
        }
        String d = spec.substring(5).toLowerCase(Locale.ROOT);
        return switch (d) {
        case "ap" -> new double[] { 0, 1, 0 };   // from the anterior skin towards posterior (+y in LPS)
        case "pa" -> new double[] { 0, -1, 0 };
        case "rl" -> new double[] { 1, 0, 0 };   // from the patient's right towards left (+x)
        case "lr" -> new double[] { -1, 0, 0 };
        case "si" -> new double[] { 0, 0, -1 };  // from superior towards inferior (-z)
        case "is" -> new double[] { 0, 0, 1 };
        default -> {
            String[] p = d.split(",");
            if (p.length != 3) {
                throw new IllegalArgumentException("--needles grid:<ap|pa|rl|lr|is|si|x,y,z>, not " + spec);
            }
            yield new double[] { Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2]) };
        }
        };
    }
}
