package org.opensabt.contour.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.phantoms.TrunkCt;
import org.opensabt.contour.AutoStructures;
import org.opensabt.contour.Margins;
import org.opensabt.contour.Mask;
import org.opensabt.model.geometry.GridGeometry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "contour", description = { "Benchmark of BODY and margins on a synthetic 512×512×134 CT (0.98 × 0.98 × 3 mm): an elliptic",
        "trunk with lungs, spine and a couch below it. Prints median wall times; the 10 mm margin is applied to a 6 cm tumour and to the whole BODY." })
public final class ContourBenchmark implements CliCommand {

    @Option(names = "--repeats", defaultValue = "5", description = "Timed runs after one warm-up (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        if (repeats < 1) {
            throw new CommandException("--repeats must be positive");
        }
        int n = 512;
        int slices = 134;
        GridGeometry grid = GridGeometry.axisAligned(new double[] { -250, -250, -200 }, new double[] { 500.0 / 512, 500.0 / 512, 3.0 }, n, n, slices);
        short[] hu = TrunkCt.hounsfieldUnits(grid);
        Mask tumour = new Mask(grid);
        for (int s = 0; s < slices; s++) {
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < n; c++) {
                    double[] p = grid.positionMm(c, r, s);
                    double dx = p[0] - 40, dy = p[1] + 20, dz = p[2];
                    if (dx * dx + dy * dy + dz * dz <= 30 * 30) {
                        tumour.set(grid.index(c, r, s), true);
                    }
                }
            }
        }
        context.progress("bench contour: synthetic CT 512×512×134, warm-up");
        Mask body = AutoStructures.body(hu, grid, AutoStructures.BODY_THRESHOLD_HU);
        Margins.expand(tumour, 10, 10, 10);
        double[] bodySeconds = new double[repeats];
        double[] tumourSeconds = new double[repeats];
        double[] bodyMarginSeconds = new double[repeats];
        Mask tumourPtv = null;
        Mask bodyPlus = null;
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            body = AutoStructures.body(hu, grid, AutoStructures.BODY_THRESHOLD_HU);
            long t1 = System.nanoTime();
            tumourPtv = Margins.expand(tumour, 10, 10, 10);
            long t2 = System.nanoTime();
            bodyPlus = Margins.expand(body, 10, 10, 10);
            long t3 = System.nanoTime();
            bodySeconds[i] = (t1 - t0) / 1e9;
            tumourSeconds[i] = (t2 - t1) / 1e9;
            bodyMarginSeconds[i] = (t3 - t2) / 1e9;
        }
        double rTumour = Math.cbrt(3 * tumourPtv.volumeCc() * 1000 / (4 * Math.PI));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("grid", "512x512x134");
        json.put("threads", Runtime.getRuntime().availableProcessors());
        json.put("bodySecondsMedian", median(bodySeconds));
        json.put("bodyVolumeCc", body.volumeCc());
        json.put("tumourMarginSecondsMedian", median(tumourSeconds));
        json.put("tumourPlus10mmEquivalentRadiusMm", rTumour);
        json.put("bodyMarginSecondsMedian", median(bodyMarginSeconds));
        json.put("bodyPlus10mmVolumeCc", bodyPlus.volumeCc());
        String text = String.format(Locale.ROOT, String.join("\n",
                "grid                 512 × 512 × 134 voxels (0.98 × 0.98 × 3 mm), %d thread(s), %d runs",
                "BODY                 median %.3f s (all %s), %.0f cc",
                "10 mm margin, tumour median %.3f s (all %s); 30 mm sphere → equivalent radius %.2f mm",
                "10 mm margin, BODY   median %.3f s (all %s), %.0f cc"),
                Runtime.getRuntime().availableProcessors(), repeats, median(bodySeconds), rounded(bodySeconds), body.volumeCc(),
                median(tumourSeconds), rounded(tumourSeconds), rTumour, median(bodyMarginSeconds), rounded(bodyMarginSeconds), bodyPlus.volumeCc());
        return CommandResult.of(text, json);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String rounded(double[] values) {
        return Arrays.toString(Arrays.stream(values).map(v -> Math.round(v * 1000) / 1000.0).toArray());
    }
}
