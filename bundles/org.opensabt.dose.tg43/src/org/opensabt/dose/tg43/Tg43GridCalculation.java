package org.opensabt.dose.tg43;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.dose.SeedPlacement;

/**
 * Initial dose rate (cGy/h) of a set of seeds on a voxel grid. Voxels within {@link #nearRadiusMm()}
 * of a seed centre take that seed's contribution from the direct formula ({@link Tg43Formalism});
 * all others from the table kernel ({@link Tg43GridKernel}). The near interval of each grid row is
 * solved exactly from the row's distance to the seed, so the inner loops carry no per-voxel branch.
 * <p>
 * Slices are shared out among threads; every voxel sums its seeds in the same order whatever the
 * thread count, so results are bit-for-bit reproducible.
 */
public final class Tg43GridCalculation {

    private final Tg43Formalism formalism;
    private final double nearRadiusMm;

    public Tg43GridCalculation(Tg43Formalism formalism) {
        this.formalism = formalism;
        this.nearRadiusMm = nearRadiusMm(formalism);
    }

    /** Within this distance of a seed centre (mm) the direct formula is used: 1 mm beyond the clamp radius, at least 3 mm. */
    static double nearRadiusMm(Tg43Formalism formalism) {
        return Math.max(3.0, formalism.clampRadiusCm() * 10.0 + 1.0);
    }

    /** Within this distance of a seed centre (mm) the direct formula is used. */
    public double nearRadiusMm() {
        return nearRadiusMm;
    }

    /** Seeds expressed in the grid frame (mm), as floats for the kernel. */
    private record LocalSeed(double x, double y, double z, double ux, double uy, double uz, double strengthU) {
    }

    /** Statistics of the last run, for benchmarks. */
    public record Statistics(long tableEntries, long nearEvaluations, double tableBuildSeconds) {
    }

    private volatile Statistics statistics;

    public Statistics statistics() {
        return statistics;
    }

    /**
     * Dose rate in cGy/h at every voxel of {@code grid} (column index fastest). Seeds may lie outside
     * the grid; they still contribute.
     */
    public float[] doseRateCGyPerHour(List<SeedPlacement> seeds, GridGeometry grid, int threads) throws InterruptedException {
        long tableStart = System.nanoTime();
        LocalSeed[] local = new LocalSeed[seeds.size()];
        double maxSquared = 1;
        double[] extent = { (grid.columns() - 1) * grid.spacingMm()[0], (grid.rows() - 1) * grid.spacingMm()[1],
                (grid.slices() - 1) * grid.spacingMm()[2] };
        for (int i = 0; i < local.length; i++) {
            SeedPlacement seed = seeds.get(i);
            double[] p = grid.toGridMm(seed.positionMm());
            double[] u = grid.directionToGrid(seed.directionUnit());
            local[i] = new LocalSeed(p[0], p[1], p[2], u[0], u[1], u[2], seed.airKermaStrengthU());
            double far = 0;
            for (int k = 0; k < 3; k++) {
                double d = Math.max(Math.abs(p[k]), Math.abs(p[k] - extent[k]));
                far += d * d;
            }
            maxSquared = Math.max(maxSquared, far);
        }
        Tg43GridKernel kernel = new Tg43GridKernel(formalism, maxSquared * 1.02 + 4.0);
        double buildSeconds = (System.nanoTime() - tableStart) / 1e9;
        float[] out = new float[grid.voxelCount()];
        AtomicInteger nextSlice = new AtomicInteger();
        long[] nearCounts = new long[Math.max(1, threads)];
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(runnable, "opensabt-tg43");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<?>[] futures = new Future<?>[Math.max(1, threads)];
            for (int t = 0; t < futures.length; t++) {
                int worker = t;
                futures[t] = pool.submit(() -> {
                    float[] acc = new float[grid.columns()];
                    int s;
                    while ((s = nextSlice.getAndIncrement()) < grid.slices()) {
                        nearCounts[worker] += slice(kernel, local, grid, s, acc, out);
                        if (Thread.currentThread().isInterrupted()) {
                            return;
                        }
                    }
                });
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("dose calculation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long near = 0;
        for (long count : nearCounts) {
            near += count;
        }
        statistics = new Statistics(kernel.tableEntries(), near, buildSeconds);
        return out;
    }

    private long slice(Tg43GridKernel kernel, LocalSeed[] seeds, GridGeometry grid, int s, float[] acc, float[] out) {
        int columns = grid.columns();
        double sx = grid.spacingMm()[0];
        double sy = grid.spacingMm()[1];
        double sz = grid.spacingMm()[2];
        double nearSquared = nearRadiusMm * nearRadiusMm;
        long nearEvaluations = 0;
        for (int r = 0; r < grid.rows(); r++) {
            java.util.Arrays.fill(acc, 0f);
            for (LocalSeed seed : seeds) {
                double dy = r * sy - seed.y;
                double dz = s * sz - seed.z;
                double offAxisSquared = dy * dy + dz * dz;
                double alongOffset = dy * seed.uy + dz * seed.uz;
                int nearFrom = columns;
                int nearTo = columns;
                if (offAxisSquared < nearSquared) {
                    double half = Math.sqrt(nearSquared - offAxisSquared);
                    nearFrom = Math.max(0, (int) Math.ceil((seed.x - half) / sx));
                    nearTo = Math.min(columns, (int) Math.floor((seed.x + half) / sx) + 1);
                    if (nearFrom >= nearTo) {
                        nearFrom = columns;
                        nearTo = columns;
                    }
                }
                float strength = (float) seed.strengthU;
                kernel.accumulate(acc, 0, Math.min(nearFrom, columns), (float) sx, (float) seed.x, (float) seed.ux,
                        (float) offAxisSquared, (float) alongOffset, strength);
                for (int c = nearFrom; c < nearTo; c++) {
                    double dx = c * sx - seed.x;
                    double along = dx * seed.ux + alongOffset;
                    double rho = Math.sqrt(Math.max(0, dx * dx + offAxisSquared - along * along));
                    acc[c] += (float) (seed.strengthU * formalism.doseRateCylindrical(rho / 10.0, along / 10.0));
                    nearEvaluations++;
                }
                if (nearTo < columns) {
                    kernel.accumulate(acc, nearTo, columns, (float) sx, (float) seed.x, (float) seed.ux, (float) offAxisSquared,
                            (float) alongOffset, strength);
                }
            }
            System.arraycopy(acc, 0, out, grid.index(0, r, s), columns);
        }
        return nearEvaluations;
    }
}
