package org.opensabt.dose.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.dose.MediumDose;
import org.opensabt.dose.MediumDoseEngine;
import org.opensabt.dose.MediumDoseRequest;
import org.opensabt.dose.SeedPlacement;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.model.geometry.GridGeometry;

/**
 * bench dose for a model-based engine: seeds in a spherical target in soft tissue (40 HU) beside a 10 mm
 * cortical-bone slab (1200 HU), CT of 1 × 1 × 2 mm voxels, dose on a 1 mm grid over the target + 20 mm; wall time,
 * histories per second and mean statistical uncertainty in the target (TG-186's anchor: egs_brachy, 67 seeds at 2 %
 * in 29 s on one core with (2 mm)³ voxels; Chamberland et al., Phys Med Biol 61:8214, 2016).
 */
final class ModelBasedBenchmark {

    private ModelBasedBenchmark() {
    }

    static CommandResult run(CommandContext context, MediumDoseEngine engine, SeedSource seed, int seedCount, double radiusMm, Long histories,
            int threads, int repeats) throws CommandException, InterruptedException {
        if (seedCount < 1 || !(radiusMm > 2) || repeats < 1 || (histories != null && histories < 1)) {
            throw new CommandException("--seeds, --repeats and --mc-histories must be positive and --target-radius-mm above 2 mm");
        }
        // the CT: 1 x 1 x 2 mm, target radius + 40 mm each way
        double half = radiusMm + 40;
        int nxy = (int) Math.ceil(2 * half) + 1;
        int nz = (int) Math.ceil(half) + 1;
        GridGeometry ct = GridGeometry.axisAligned(new double[] { -half, -half, -half }, new double[] { 1, 1, 2 }, nxy, nxy, nz);
        short[] hu = new short[ct.voxelCount()];
        double slabFrom = radiusMm + 5;
        for (int s = 0; s < nz; s++) {
            for (int r = 0; r < nxy; r++) {
                for (int c = 0; c < nxy; c++) {
                    double x = ct.positionMm(c, r, s)[0];
                    hu[ct.index(c, r, s)] = (short) (x >= slabFrom && x < slabFrom + 10 ? 1200 : 40);
                }
            }
        }
        int n = (int) Math.round(2 * (radiusMm + 20)) + 1;
        double g = (n - 1) / 2.0;
        GridGeometry grid = GridGeometry.axisAligned(new double[] { -g, -g, -g }, new double[] { 1, 1, 1 }, n, n, n);
        boolean[] target = new boolean[grid.voxelCount()];
        for (int i = 0; i < target.length; i++) {
            int c = i % n;
            int r = (i / n) % n;
            int s = i / (n * n);
            double[] p = grid.positionMm(c, r, s);
            target[i] = p[0] * p[0] + p[1] * p[1] + p[2] * p[2] <= radiusMm * radiusMm;
        }
        List<SeedPlacement> seeds = seedsInSphere(seedCount, radiusMm - 3);
        context.progress(String.format(Locale.ROOT, "bench dose: %s, %d seeds in a %.0f mm target, %d×%d×%d dose grid at 1 mm, %d thread(s)", engine.id(),
                seeds.size(), radiusMm, n, n, n, threads));
        double[] seconds = new double[repeats];
        MediumDose dose = null;
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            try {
                dose = engine.doseRate(new MediumDoseRequest(seed, seeds, grid, ct, hu, threads, histories == null ? 0 : histories, 1 + i, null), null);
            } catch (IllegalArgumentException e) {
                throw new CommandException(e.getMessage(), e);
            }
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        double uncertainty = 100 * dose.meanRelativeUncertainty(target);
        // histories for 2 % (uncertainty ∝ 1/√N)
        double historiesFor2 = dose.histories() * Math.pow(uncertainty / 2.0, 2);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("engine", engine.id());
        json.put("seeds", seeds.size());
        json.put("targetRadiusMm", radiusMm);
        long targetVoxels = 0;
        for (boolean b : target) {
            targetVoxels += b ? 1 : 0;
        }
        json.put("targetVoxels", targetVoxels);
        json.put("doseVoxels", grid.voxelCount());
        json.put("threads", threads);
        json.put("runs", repeats);
        json.put("wallSecondsMedian", median);
        json.put("wallSecondsAll", seconds);
        json.put("transportSeconds", dose.seconds());
        json.put("histories", dose.histories());
        json.put("historiesPerSecond", dose.historiesPerSecond());
        json.put("meanTargetUncertaintyPercent", uncertainty);
        json.put("historiesFor2PercentEstimate", historiesFor2);
        json.put("tissueVoxels", dose.tissues());
        String text = String.format(Locale.ROOT, String.join("\n",
                "engine              %s, %d seeds of %s in a %.0f mm-radius target (%d voxels), dose grid %d×%d×%d at 1 mm, %d thread(s)",
                "wall time           median %.1f s of %d run(s) (all: %s), transport %.1f s",
                "histories           %,d (%,.0f per second)",
                "mean uncertainty    %.2f %% (1 SD) over the target's voxels; about %,.0f histories would give 2 %%",
                "tissues             %s"),
                engine.id(), seeds.size(), seed.name(), radiusMm, json.get("targetVoxels"), n, n, n, threads, median, repeats,
                Arrays.toString(Arrays.stream(seconds).map(s -> Math.round(s * 10) / 10.0).toArray()), dose.seconds(), dose.histories(),
                dose.historiesPerSecond(), uncertainty, historiesFor2, dose.tissues());
        return CommandResult.of(text, json);
    }

    /** Seeds on parallel needles (z) 10 mm apart, 10 mm along each, inside a sphere; a fixed pattern. */
    static List<SeedPlacement> seedsInSphere(int count, double radiusMm) {
        List<double[]> candidates = new ArrayList<>();
        for (double spacing = 10; candidates.size() < count && spacing > 1; spacing *= 0.9) {
            candidates.clear();
            for (double x = -radiusMm; x <= radiusMm; x += spacing) {
                for (double y = -radiusMm; y <= radiusMm; y += spacing) {
                    for (double z = -radiusMm; z <= radiusMm; z += spacing) {
                        if (x * x + y * y + z * z <= radiusMm * radiusMm) {
                            candidates.add(new double[] { x, y, z });
                        }
                    }
                }
            }
        }
        Random random = new Random(20261207L);
        java.util.Collections.shuffle(candidates, random);
        List<SeedPlacement> seeds = new ArrayList<>();
        for (int i = 0; i < count && i < candidates.size(); i++) {
            seeds.add(new SeedPlacement("s" + i, candidates.get(i), new double[] { 0, 0, 1 }, 0.6));
        }
        return seeds;
    }
}
