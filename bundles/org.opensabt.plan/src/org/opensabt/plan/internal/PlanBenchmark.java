package org.opensabt.plan.internal;

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
import org.opensabt.dose.internal.Tg43Command;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.model.PatientCase;
import org.opensabt.model.store.CaseStore;
import org.opensabt.phantoms.Phantom;
import org.opensabt.plan.PlanRequest;
import org.opensabt.plan.PlanningException;
import org.opensabt.plan.TemplateGridPlanner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "plan", description = { "Benchmark of template-grid planning: spherical phantom targets (and a real case with --case) planned for",
        "Rx 140 Gy with 0.7 mCi I-125 6711 seeds on AP needles; prints median wall time and plan quality (optimiser grid) against uniform loading." })
public final class PlanBenchmark implements CliCommand {

    @Option(names = "--sizes", split = ",", defaultValue = "30,60,120", paramLabel = "CC", description = "Phantom target volumes (default: ${DEFAULT-VALUE} cc).")
    double[] sizes;

    @Option(names = "--case", paramLabel = "CASE", description = "Also plan this case (it needs a BODY structure).")
    String caseFolder;

    @Option(names = "--target", paramLabel = "ROI", description = "Target of --case.")
    String target;

    @Option(names = "--repeats", defaultValue = "3", description = "Timed runs per target (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        if (repeats < 1 || caseFolder != null && target == null) {
            throw new CommandException("--repeats must be at least 1, and --case needs --target");
        }
        SeedSource seed = Tg43Command.resolveSource("6711", context);
        DoseEngine engine = DoseEngines.find("tg43");
        TemplateGridPlanner planner = new TemplateGridPlanner(engine.kernel(seed, KernelOptions.of(DoseMode.LINE_2D)), seed);
        double strengthU = PermanentImplant.strengthFromApparentActivityU(0.7, seed.uPerMCi());
        List<Object[]> cases = new ArrayList<>();
        for (double cc : sizes) {
            cases.add(new Object[] { String.format(Locale.ROOT, "phantom %.0f cc", cc), new Phantom(cc, Double.NaN, false, 1, 2).build(), "GTV" });
        }
        if (caseFolder != null) {
            try {
                cases.add(new Object[] { caseFolder, new CaseStore(context.productVersion()).load(context.resolve(caseFolder)), target });
            } catch (IOException e) {
                throw new CommandException(e.getMessage(), e);
            }
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-34s %9s %7s %7s %8s %8s %8s %8s | %s%n", "target", "wall s", "needles", "seeds",
                "V100 %", "D90 Gy", "V150 %", "V200 %", "uniform loading: seeds, V100 %, V150 %"));
        Map<String, Object> json = new LinkedHashMap<>();
        for (Object[] c : cases) {
            PlanRequest request = new PlanRequest((String) c[2], 140, strengthU, 10, new double[] { 0, 1, 0 }, 5, 0, List.of(), 0.95);
            double[] wall = new double[repeats];
            TemplateGridPlanner.Result result = null;
            for (int r = 0; r < repeats; r++) {
                long t0 = System.nanoTime();
                try {
                    result = planner.plan((PatientCase) c[1], request, message -> { });
                } catch (PlanningException e) {
                    throw new CommandException(c[0] + ": " + e.getMessage(), e);
                }
                wall[r] = (System.nanoTime() - t0) / 1e9;
            }
            Arrays.sort(wall);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("wallSecondsMedian", wall[repeats / 2]);
            m.put("needles", result.needles().size());
            m.put("seeds", result.seeds().size());
            m.put("v100Percent", 100 * result.v100());
            m.put("d90Gy", result.d90Gy());
            m.put("v150Percent", 100 * result.v150());
            m.put("v200Percent", 100 * result.v200());
            m.put("uniformSeeds", result.baseline().seeds());
            m.put("uniformV100Percent", 100 * result.baseline().v100());
            m.put("uniformV150Percent", 100 * result.baseline().v150());
            json.put((String) c[0], m);
            text.append(String.format(Locale.ROOT, "%-34s %9.2f %7d %7d %8.1f %8.1f %8.1f %8.1f | %d, %.1f, %.1f%n", c[0], wall[repeats / 2],
                    result.needles().size(), result.seeds().size(), 100 * result.v100(), result.d90Gy(), 100 * result.v150(), 100 * result.v200(),
                    result.baseline().seeds(), 100 * result.baseline().v100(), 100 * result.baseline().v150()));
        }
        text.append("Quality on the optimiser's 2–3 mm kernel grid; targets: ≤ 5 s for 60 cc and ≤ 30 s for the 365 cc STS case (2 cores).");
        return CommandResult.of(text.toString(), json);
    }
}
