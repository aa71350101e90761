package org.opensabt.template.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.store.CaseStore;
import org.opensabt.phantoms.Phantom;
import org.opensabt.template.SyntheticPlans;
import org.opensabt.template.TemplateDesigner;
import org.opensabt.template.TemplateException;
import org.opensabt.template.TemplateSpec;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "template", description = { "Benchmark of template design: plans of 15, 30 and 60 needles (every 4th tilted 20°, non-coplanar) on the",
        "synthetic phantom, and a case's plan with --case/--plan; prints the median design + STL write time, triangles and the manifold check." })
public final class TemplateBenchmark implements CliCommand {

    @Option(names = "--needles", split = ",", defaultValue = "15,30,60", paramLabel = "N", description = "Needle counts (default: ${DEFAULT-VALUE}).")
    int[] needles;

    @Option(names = "--case", paramLabel = "CASE") String caseFolder;
    @Option(names = "--plan", paramLabel = "PLAN") String planId;
    @Option(names = "--repeats", defaultValue = "3", description = "Timed runs per row (default: ${DEFAULT-VALUE}).") int repeats;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        if (repeats < 1 || (caseFolder == null) != (planId == null)) {
            throw new CommandException("--repeats must be at least 1; --case and --plan go together");
        }
        List<Object[]> rows = new ArrayList<>();
        for (int n : needles) {
            PatientCase phantom = new Phantom(120, Double.NaN, false, 1, 2).build();
            rows.add(new Object[] { n + " needles (phantom)", phantom, SyntheticPlans.anteriorGrid(phantom, "bench", n, 4, 20) });
        }
        if (caseFolder != null) {
            try {
                PatientCase c = new CaseStore(context.productVersion()).load(context.resolve(caseFolder));
                Plan plan = c.getPlans().stream().filter(p -> p.getPlanId().equals(planId)).findFirst()
                        .orElseThrow(() -> new CommandException("no plan " + planId + " in " + caseFolder));
                rows.add(new Object[] { caseFolder + " " + planId, c, plan });
            } catch (IOException e) {
                throw new CommandException(e.getMessage(), e);
            }
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-40s %7s %9s %11s %9s %s%n", "plan", "holes", "wall s", "triangles", "STL MB",
                "closed 2-manifold, parts"));
        List<Map<String, Object>> json = new ArrayList<>();
        TemplateDesigner designer = new TemplateDesigner(TemplateSpec.DEFAULT);
        Path scratch;
        try {
            scratch = Files.createTempDirectory("opensabt-bench-template");
        } catch (IOException e) {
            throw new CommandException(e.getMessage(), e);
        }
        try {
            for (Object[] row : rows) {
                double[] wall = new double[repeats];
                TemplateDesigner.Design design = null;
                long bytes = 0;
                for (int r = 0; r < repeats; r++) {
                    long t0 = System.nanoTime();
                    design = designer.design((PatientCase) row[1], (Plan) row[2]);
                    Path stl = scratch.resolve("t.stl");
                    design.mesh().writeStl(stl, "bench");
                    wall[r] = (System.nanoTime() - t0) / 1e9;
                    bytes = Files.size(stl);
                }
                Arrays.sort(wall);
                boolean manifold = design.mesh().isClosedOrientedManifold();
                int parts = design.mesh().parts();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("plan", row[0]);
                m.put("holes", design.holes().size());
                m.put("wallSecondsMedian", wall[repeats / 2]);
                m.put("triangles", design.mesh().triangleCount());
                m.put("stlBytes", bytes);
                m.put("closedOrientedManifold", manifold);
                m.put("parts", parts);
                json.add(m);
                text.append(String.format(Locale.ROOT, "%-40s %7d %9.2f %11d %9.1f %s, %d%n", row[0], design.holes().size(), wall[repeats / 2],
                        design.mesh().triangleCount(), bytes / 1e6, manifold ? "yes" : "NO", parts));
            }
        } catch (TemplateException | IOException e) {
            throw new CommandException(e.getMessage(), e);
        } finally {
            try (var files = Files.list(scratch)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
                Files.deleteIfExists(scratch);
            } catch (IOException e) {
                context.progress("warning: " + scratch + " not removed: " + e.getMessage());
            }
        }
        text.append("Design + binary STL write, 0.4 mm sampling; target: ≤ 10 s for 60 needles (2 cores).");
        return CommandResult.of(text.toString(), Map.of("rows", json));
    }
}
