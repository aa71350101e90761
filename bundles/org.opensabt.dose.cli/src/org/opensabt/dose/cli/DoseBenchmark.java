package org.opensabt.dose.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.dose.DoseEngine;
import org.opensabt.dose.DoseEngines;
import org.opensabt.dose.DoseRateKernel;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.dose.KernelOptions;
import org.opensabt.dose.MediumDoseEngine;
import org.opensabt.dose.SeedPlacement;
import org.opensabt.dose.source.SeedSource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "dose", description = { "Benchmark of the grid dose calculation: seeds on needles through the middle of a cube,",
        "median wall time of repeated runs, seed×voxel evaluations per second, peak heap, and the largest deviation from the",
        "direct TG-43 formula in every voxel farther than 2 mm from every seed centre." })
public final class DoseBenchmark implements CliCommand {

    /**
     * Operations per evaluation in the inner loop of the table kernel (Tg43GridKernel.accumulate),
     * counted from its source: 7 float ops for z², ρ² and the offset, 2 float→int moves, 6 integer ops
     * for the cell, 4 loads, 3 multiply-adds, load/multiply-add/store of the sum, 2 for the loop and 2
     * for the bounds check.
     */
    static final int OPERATIONS_PER_EVALUATION = 30;
    /** Sustained operations per cycle assumed for one core (x86-64, 4-wide). */
    static final int OPERATIONS_PER_CYCLE = 4;

    @Option(names = "--seeds", description = "Number of seeds (default: 300, 10 per needle; a model-based engine: 60).")
    Integer seedOption;

    int seedCount;

    @Option(names = "--cube-mm", defaultValue = "120", description = "Edge of the cubic grid (default: ${DEFAULT-VALUE} mm).")
    double cubeMm;

    @Option(names = "--grid-mm", defaultValue = "1", description = "Grid spacing (default: ${DEFAULT-VALUE} mm).")
    double gridMm;

    @Option(names = "--repeats", description = "Timed runs after one warm-up (default: 5; a model-based engine: 1, without warm-up).")
    Integer repeatOption;

    int repeats;

    @Option(names = "--threads", description = "Threads (default: all processors).")
    Integer threads;

    @Option(names = "--mode", defaultValue = "2d", description = "1d or 2d (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--source", defaultValue = "6711", description = "Seed model (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--engine", paramLabel = "ID", description = { "Dose engine (default: the preference org.opensabt.dose/engine, else tg43). A model-based engine (mc)",
            "is benchmarked on its own problem: --seeds seeds (default 60 for it) in a spherical target of --target-radius-mm in soft tissue",
            "beside a 10 mm cortical-bone slab, a 1 mm grid over the target + 20 mm; it prints time, histories per second and the mean",
            "uncertainty in the target." })
    String engineId;

    @Option(names = "--mc-histories", paramLabel = "N", description = "Model-based engine: histories (default: the engine's default for the seeds).")
    Long mcHistories;

    @Option(names = "--target-radius-mm", defaultValue = "25", paramLabel = "MM", description = "Model-based engine: target radius (default: ${DEFAULT-VALUE} mm).")
    double targetRadiusMm;

    @Option(names = "--verify", defaultValue = "all", paramLabel = "all|N", description = "Check every voxel (default) or N random voxels against the direct formula.")
    String verify;

    @Override
    public CommandResult run(CommandContext context) throws CommandException, InterruptedException {
        seedCount = seedOption == null ? 300 : seedOption;
        repeats = repeatOption == null ? 5 : repeatOption;
        if (seedCount < 1 || cubeMm <= 0 || gridMm <= 0 || repeats < 1) {
            throw new CommandException("--seeds, --cube-mm, --grid-mm and --repeats must be positive");
        }
        SeedSource seed = Tg43Command.resolveSource(source, context);
        KernelOptions options = KernelOptions.of(Tg43Command.parseMode(mode));
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        DoseEngine chosen;
        try {
            chosen = DoseEngines.find(engineId);
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage(), e);
        }
        if (chosen instanceof MediumDoseEngine model) {
            return ModelBasedBenchmark.run(context, model, seed, seedOption != null ? seedCount : 60, targetRadiusMm, mcHistories, threadCount,
                    repeatOption != null ? repeats : 1);
        }
        int n = (int) Math.round(cubeMm / gridMm) + 1;
        double half = (n - 1) * gridMm / 2;
        GridGeometry grid = GridGeometry.axisAligned(new double[] { -half, -half, -half }, new double[] { gridMm, gridMm, gridMm }, n, n, n);
        List<SeedPlacement> seeds = needles(seedCount, cubeMm);
        DoseEngine engine = chosen;

        context.progress(String.format(Locale.ROOT, "bench dose: %d seeds, %d×%d×%d grid (%d voxels), %s, %d thread(s)", seeds.size(), n, n, n,
                grid.voxelCount(), options.mode().label(), threadCount));
        engine.doseRate(seed, options, seeds, grid, threadCount); // warm-up (JIT)
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        double[] seconds = new double[repeats];
        float[] dose = null;
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            dose = engine.doseRate(seed, options, seeds, grid, threadCount).doseRateCGyPerHour();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        double evaluations = (double) seeds.size() * grid.voxelCount();
        double rate = evaluations / median;

        context.progress("bench dose: checking against the direct formula (" + verify + ")");
        long checkStart = System.nanoTime();
        double[] deviation = deviation(engine.kernel(seed, options), seeds, grid, dose, threadCount);
        double checkSeconds = (System.nanoTime() - checkStart) / 1e9;

        double clockHz = clockHz();
        int cores = Runtime.getRuntime().availableProcessors();
        double limit = Double.isNaN(clockHz) ? Double.NaN : cores * clockHz * OPERATIONS_PER_CYCLE / OPERATIONS_PER_EVALUATION;

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("seeds", seeds.size());
        json.put("voxels", grid.voxelCount());
        json.put("gridMm", gridMm);
        json.put("mode", options.mode().label());
        json.put("threads", threadCount);
        json.put("runs", repeats);
        json.put("wallSecondsMedian", median);
        json.put("wallSecondsAll", seconds);
        json.put("evaluationsPerSecond", rate);
        json.put("peakHeapMiB", peakHeap / 1048576.0);
        json.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / 1048576.0);
        json.put("voxelsChecked", (long) deviation[1]);
        json.put("maxRelativeDeviationBeyond2mm", deviation[0]);
        json.put("checkSeconds", checkSeconds);
        json.put("directEvaluationsPerSecond", deviation[1] * seeds.size() / checkSeconds);
        json.put("clockGHz", clockHz / 1e9);
        json.put("estimatedLimitEvaluationsPerSecond", limit);
        json.put("fractionOfEstimatedLimit", rate / limit);
        String text = String.format(Locale.ROOT, String.join("\n",
                "seeds × voxels      %d × %d = %.3g evaluations (%s, %s, %d thread(s))",
                "wall time           median %.3f s of %d runs (all: %s)",
                "throughput          %.3g seed×voxel evaluations/s",
                "peak heap           %.0f MiB (heap limit %.0f MiB)",
                "largest deviation   %.4f %% from the direct formula over %d voxels > 2 mm from every seed (check took %.1f s: %.3g direct evaluations/s)",
                "machine estimate    %d cores × %.2f GHz × %d ops/cycle ÷ %d ops/evaluation = %.3g evaluations/s; measured/estimate = %.2f",
                "within 2 mm of a seed centre the direct formula is used (r < clamp radius: value at the clamp radius)"),
                seeds.size(), grid.voxelCount(), evaluations, seed.name(), options.mode().label(), threadCount, median, repeats,
                Arrays.toString(Arrays.stream(seconds).map(s -> Math.round(s * 1000) / 1000.0).toArray()), rate, peakHeap / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0, 100 * deviation[0], (long) deviation[1], checkSeconds,
                deviation[1] * seeds.size() / checkSeconds, cores, clockHz / 1e9, OPERATIONS_PER_CYCLE, OPERATIONS_PER_EVALUATION, limit,
                rate / limit);
        return CommandResult.of(text, json);
    }

    /** Needles of 10 seeds 5 mm apart, centres within the middle half of the cube, axes within ~20° of z. */
    static List<SeedPlacement> needles(int count, double cubeMm) {
        Random random = new Random(20261126L);
        List<SeedPlacement> seeds = new ArrayList<>();
        double spread = cubeMm * 0.4;
        while (seeds.size() < count) {
            double[] u = { random.nextGaussian() * 0.3, random.nextGaussian() * 0.3, 1 };
            double norm = Math.sqrt(u[0] * u[0] + u[1] * u[1] + 1);
            for (int k = 0; k < 3; k++) {
                u[k] /= norm;
            }
            double[] centre = { (random.nextDouble() - 0.5) * spread, (random.nextDouble() - 0.5) * spread, (random.nextDouble() - 0.5) * spread / 4 };
            for (int k = 0; k < 10 && seeds.size() < count; k++) {
                double t = (k - 4.5) * 5.0;
                seeds.add(new SeedPlacement("s" + seeds.size(), new double[] { centre[0] + t * u[0], centre[1] + t * u[1], centre[2] + t * u[2] }, u,
                        0.5));
            }
        }
        return seeds;
    }

    /** {max relative deviation, voxels checked} over voxels farther than 2 mm from every seed centre. */
    private double[] deviation(DoseRateKernel kernel, List<SeedPlacement> seeds, GridGeometry grid, float[] dose, int threadCount)
            throws CommandException {
        int[] voxels;
        if (verify.equalsIgnoreCase("all")) {
            voxels = null;
        } else {
            int sample;
            try {
                sample = Integer.parseInt(verify);
            } catch (NumberFormatException e) {
                throw new CommandException("--verify takes all or a number of voxels, not " + verify);
            }
            Random random = new Random(7);
            voxels = random.ints(Math.max(1, sample), 0, grid.voxelCount()).toArray();
        }
        int total = voxels == null ? grid.voxelCount() : voxels.length;
        double[][] local = new double[seeds.size()][];
        for (int i = 0; i < local.length; i++) {
            SeedPlacement s = seeds.get(i);
            local[i] = new double[] { s.positionMm()[0], s.positionMm()[1], s.positionMm()[2], s.directionUnit()[0], s.directionUnit()[1],
                    s.directionUnit()[2], s.airKermaStrengthU() };
        }
        AtomicInteger checked = new AtomicInteger();
        double[] worstPerThread = new double[threadCount];
        AtomicInteger next = new AtomicInteger();
        int chunk = 4096;
        IntStream.range(0, threadCount).parallel().forEach(t -> {
            int from;
            double worst = 0;
            int count = 0;
            while ((from = next.getAndAdd(chunk)) < total) {
                for (int k = from; k < Math.min(total, from + chunk); k++) {
                    int index = voxels == null ? k : voxels[k];
                    int c = index % grid.columns();
                    int r = (index / grid.columns()) % grid.rows();
                    int s = index / (grid.columns() * grid.rows());
                    double[] p = grid.positionMm(c, r, s);
                    double sum = 0;
                    boolean near = false;
                    for (double[] seed : local) {
                        double dx = p[0] - seed[0];
                        double dy = p[1] - seed[1];
                        double dz = p[2] - seed[2];
                        double r2 = dx * dx + dy * dy + dz * dz;
                        if (r2 <= 4.0) {
                            near = true;
                            break;
                        }
                        double along = dx * seed[3] + dy * seed[4] + dz * seed[5];
                        double rho = Math.sqrt(Math.max(0, r2 - along * along));
                        double theta = Math.toDegrees(Math.atan2(rho, along));
                        sum += seed[6] * kernel.doseRateCGyPerHourPerU(Math.sqrt(r2) / 10.0, theta);
                    }
                    if (near) {
                        continue;
                    }
                    count++;
                    worst = Math.max(worst, Math.abs(dose[index] / sum - 1));
                }
            }
            worstPerThread[t] = worst;
            checked.addAndGet(count);
        });
        return new double[] { Arrays.stream(worstPerThread).max().orElse(0), checked.get() };
    }

    private static double clockHz() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("cpu MHz")) {
                    return Double.parseDouble(line.substring(line.indexOf(':') + 1).strip()) * 1e6;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: no estimate
        }
        return Double.NaN;
    }
}
