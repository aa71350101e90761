package org.opensabt.plan.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.opensabt.dose.source.SeedSource;
import org.opensabt.model.PatientCase;
import org.opensabt.model.store.CaseStore;
import org.opensabt.phantoms.Phantom;
import org.opensabt.plan.OarLimit;
import org.opensabt.plan.PlanDefaults;
import org.opensabt.plan.PlanGoals;
import org.opensabt.plan.PlanMonitor;
import org.opensabt.plan.PlanRequest;
import org.opensabt.plan.PlanningException;
import org.opensabt.plan.SeedOptimisers;
import org.opensabt.plan.SeedPlanner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "plan", description = { "Benchmark of needle and seed planning: spherical phantom targets in template-grid (AP) and free needle modes, a 60 cc",
        "target with an OAR 5 mm away and a bone slab in front (free needles from the anterior skin), and a real case with --case; Rx 140 Gy,",
        "0.7 mCi I-125 6711 seeds. Prints the median wall time and plan quality (optimiser grid) against uniform loading of the 5 mm template." })
public final class PlanBenchmark implements CliCommand {

    @Option(names = "--sizes", split = ",", defaultValue = "30,60,120", paramLabel = "CC", description = "Phantom target volumes (default: ${DEFAULT-VALUE} cc).")
    double[] sizes;

    @Option(names = "--modes", split = ",", defaultValue = "grid:ap,free:ap:60", paramLabel = "SPEC", description = "Needle modes of the phantom rows (default: ${DEFAULT-VALUE}).")
    String[] modes;

    @Option(names = "--case", paramLabel = "CASE", description = "Also plan this case (it needs a BODY structure).")
    String caseFolder;

    @Option(names = "--target", paramLabel = "ROI", description = "Target of --case.")
    String target;

    @Option(names = "--case-needles", defaultValue = "grid:ap", paramLabel = "SPEC", description = "Needle mode of the --case row (default: ${DEFAULT-VALUE}).")
    String caseNeedles;

    @Option(names = "--repeats", defaultValue = "3", description = "Timed runs per row (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--no-obstacle-row", description = "Leave out the 60 cc phantom with OAR and bone slab.")
    boolean noObstacleRow;

    @Option(names = "--quality", description = { "Plan quality instead of speed: every row planned once with each optimiser (--optimisers), dosed by the dose engine,",
            "and each optimiser's seed count against the fewest at equal coverage (issue 26's goals: within 5 %%, V150 ≤ 60 %% where feasible)." })
    boolean quality;

    @Option(names = "--optimisers", split = ",", paramLabel = "ID", description = "Optimisers of --quality (default: every installed one).")
    List<String> optimiserIds;

    private record Row(String label, PatientCase patientCase, String target, String needles, List<OarLimit> limits) {
    }

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        if (repeats < 1 || caseFolder != null && target == null) {
            throw new CommandException("--repeats must be at least 1, and --case needs --target");
        }
        SeedSource seed = PlanCommand.resolveSource(PlanDefaults.SOURCE, context);
        SeedPlanner planner;
        try {
            DoseEngine engine = DoseEngines.find(null); // the preferred engine and optimiser
            planner = new SeedPlanner(engine.kernel(seed, KernelOptions.of(DoseMode.LINE_2D)), seed, SeedOptimisers.find(null));
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage(), e);
        }
        double strengthU = PermanentImplant.strengthFromApparentActivityU(PlanDefaults.APPARENT_ACTIVITY_MCI, seed.uPerMCi());
        List<Row> rows = new ArrayList<>();
        for (double cc : sizes) {
            PatientCase phantom = new Phantom(cc, Double.NaN, false, 1, 2).build();
            for (String mode : modes) {
                rows.add(new Row(String.format(Locale.ROOT, "phantom %.0f cc", cc), phantom, "GTV", mode, List.of()));
            }
        }
        if (!noObstacleRow) {
            rows.add(new Row("60 cc, OAR 5 mm, bone slab", new Phantom(60, 5, true, 1, 2).build(), "GTV", "free:ap:60", OarLimit.parse("OAR:D0.1cc<100")));
        }
        if (caseFolder != null) {
            try {
                rows.add(new Row(caseFolder, new CaseStore(context.productVersion()).load(context.resolve(caseFolder)), target, caseNeedles, List.of()));
            } catch (IOException e) {
                throw new CommandException(e.getMessage(), e);
            }
        }
        if (quality) {
            List<String> ids = optimiserIds != null ? optimiserIds : SeedOptimisers.all().stream().map(o -> o.id()).sorted().toList();
            for (String id : ids) {
                try {
                    SeedOptimisers.find(id); // an unknown id: one line listing the installed ones
                } catch (IllegalArgumentException e) {
                    throw new CommandException("--optimisers: " + e.getMessage(), e);
                }
            }
            PlanCommand geometries = modeParser();
            List<PlanQuality.Case> cases = new ArrayList<>();
            for (Row row : rows) {
                cases.add(new PlanQuality.Case(row.label(), row.patientCase(), row.needles(), PlanRequest.of(row.target(), PlanDefaults.RX_GY, strengthU,
                        PlanDefaults.SEED_SPACING_MM, geometries.geometry(row.needles()), 0, row.limits())));
            }
            StringBuilder text = new StringBuilder();
            Map<String, Object> json = PlanQuality.run(context, cases, ids, seed, text);
            return CommandResult.of(text.toString().stripTrailing(), json);
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-28s %-11s %7s %7s %6s %7s %7s %7s %7s | %-22s | %s%n", "target", "needles", "wall s",
                "needles", "seeds", "V100 %", "D90 Gy", "V150 %", "V200 %", "uniform: seeds, V100 %", "optimised to uniform's V100: seeds, V100 %"));
        List<Map<String, Object>> json = new ArrayList<>();
        PlanCommand modeParser = modeParser();
        for (Row row : rows) {
            PlanRequest request = PlanRequest.of(row.target(), PlanDefaults.RX_GY, strengthU, PlanDefaults.SEED_SPACING_MM, modeParser.geometry(row.needles()), 0, row.limits());
            double[] wall = new double[repeats];
            SeedPlanner.Result result = null;
            SeedPlanner.Result matched;
            try {
                for (int r = 0; r < repeats; r++) {
                    long t0 = System.nanoTime();
                    result = planner.plan(row.patientCase(), request, PlanMonitor.SILENT);
                    wall[r] = (System.nanoTime() - t0) / 1e9;
                }
                // equal V100: the optimiser asked for the uniform loading's V100 (its aim is capped at 100 %)
                double uniformV100 = result.baseline().metrics().v100();
                matched = planner.plan(row.patientCase(), request.withGoals(new PlanGoals(Math.max(uniformV100, request.goals().v100Min()),
                        request.goals().v150Max(), request.goals().v200Max())), PlanMonitor.SILENT);
            } catch (PlanningException e) {
                throw new CommandException(row.label() + ", " + row.needles() + ": " + e.getMessage(), e);
            }
            Arrays.sort(wall);
            SeedPlanner.GridMetrics q = result.metrics();
            SeedPlanner.Baseline b = result.baseline();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("target", row.label());
            m.put("needleMode", row.needles());
            m.put("wallSecondsMedian", wall[repeats / 2]);
            m.put("needles", result.needles().size());
            m.put("seeds", result.seeds().size());
            m.put("v100Percent", 100 * q.v100());
            m.put("d90Gy", q.d90Gy());
            m.put("v150Percent", 100 * q.v150());
            m.put("v200Percent", 100 * q.v200());
            m.put("unmet", result.unmet());
            m.put("uniformSeeds", b.seeds());
            m.put("uniformV100Percent", 100 * b.metrics().v100());
            m.put("uniformV150Percent", 100 * b.metrics().v150());
            m.put("matchedSeeds", matched.seeds().size());
            m.put("matchedV100Percent", 100 * matched.metrics().v100());
            json.add(m);
            text.append(String.format(Locale.ROOT, "%-28s %-11s %7.2f %7d %6d %7.1f %7.1f %7.1f %7.1f | %5d, %6.1f          | %5d, %6.1f%s%n", row.label(),
                    row.needles(), wall[repeats / 2], result.needles().size(), result.seeds().size(), 100 * q.v100(), q.d90Gy(), 100 * q.v150(),
                    100 * q.v200(), b.seeds(), 100 * b.metrics().v100(), matched.seeds().size(), 100 * matched.metrics().v100(),
                    result.unmet().isEmpty() ? "" : "  unmet: " + String.join("; ", result.unmet())));
        }
        text.append("Quality on the optimiser's evaluation grid (2–4 mm); targets: ≤ 5 s for 60 cc and ≤ 30 s for the 365 cc STS case (2 cores).");
        return CommandResult.of(text.toString(), Map.of("rows", json));
    }

    /** The plan command's needle-mode parser with its defaults. */
    private static PlanCommand modeParser() {
        PlanCommand modeParser = new PlanCommand();
        modeParser.gridMm = PlanDefaults.TEMPLATE_GRID_MM;
        modeParser.freePitchMm = PlanDefaults.FREE_PITCH_MM;
        modeParser.directionStepDeg = PlanDefaults.DIRECTION_STEP_DEG;
        modeParser.minAngleDeg = PlanDefaults.MIN_ANGLE_DEG;
        modeParser.minSeparationMm = PlanDefaults.MIN_SEPARATION_MM;
        return modeParser;
    }
}
