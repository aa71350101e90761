package org.opensabt.dose.mc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Histories split into a fixed number of batches, each with its own random stream split in order from one seed, run
 * on any number of threads and summed in batch order: the same seed gives the same bits whatever the thread count.
 * The spread of the batch means gives the statistical uncertainty (the batch method; Walters, Kawrakow and Rogers,
 * Med Phys 29:2745, 2002, compare it with history-by-history estimates).
 */
public final class Batches {

    /** One batch's histories, scored into {@code scores} (one array per quantity). */
    public interface Work {
        void run(long histories, SplittableRandom random, double[][] scores, BooleanSupplier cancelled);
    }

    /**
     * Sums per history.
     *
     * @param meanPerHistory        [quantity][bin]: mean score per history
     * @param relativeUncertainty   of quantity 0, one standard deviation of the mean as a fraction (NaN where zero)
     */
    public record Result(double[][] meanPerHistory, double[] relativeUncertainty, long histories, double seconds) {
    }

    private Batches() {
    }

    /**
     * @param onBatch called after each batch is summed (progress), with the number summed so far
     * @throws InterruptedException when {@code cancelled} turns true or the thread is interrupted
     */
    public static Result run(int batches, long histories, long randomSeed, int threads, int quantities, int bins, Work work,
            BooleanSupplier cancelled, IntConsumer onBatch) throws InterruptedException {
        long start = System.nanoTime();
        SplittableRandom root = new SplittableRandom(randomSeed);
        SplittableRandom[] streams = new SplittableRandom[batches];
        long[] perBatch = new long[batches];
        for (int b = 0; b < batches; b++) {
            streams[b] = root.split();
            perBatch[b] = histories / batches + (b < histories % batches ? 1 : 0);
        }
        double[][] sum = new double[quantities][bins];
        double[] sumSq = new double[bins];
        double[][][] done = new double[batches][][];
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        BooleanSupplier halt = () -> stop.get() || cancelled.getAsBoolean() || Thread.currentThread().isInterrupted();
        int[] merged = { 0 };
        Runnable worker = () -> {
            int b;
            while (!halt.getAsBoolean() && (b = next.getAndIncrement()) < batches) {
                double[][] scores = new double[quantities][bins];
                work.run(perBatch[b], streams[b], scores, halt);
                if (halt.getAsBoolean()) {
                    return;
                }
                synchronized (done) {
                    done[b] = scores;
                    while (merged[0] < batches && done[merged[0]] != null) {
                        int k = merged[0];
                        double[][] s = done[k];
                        double n = perBatch[k];
                        for (int q = 0; q < quantities; q++) {
                            double[] target = sum[q];
                            double[] source = s[q];
                            for (int i = 0; i < bins; i++) {
                                target[i] += source[i];
                            }
                        }
                        double[] first = s[0];
                        for (int i = 0; i < bins; i++) {
                            double m = first[i] / n;
                            sumSq[i] += m * m;
                        }
                        done[k] = null;
                        merged[0]++;
                        onBatch.accept(merged[0]);
                    }
                }
            }
        };
        int n = Math.max(1, Math.min(threads, batches));
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "opensabt-mc");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(worker));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            stop.set(true);
            throw e;
        } catch (ExecutionException e) {
            stop.set(true);
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (merged[0] < batches) {
            throw new InterruptedException("Monte Carlo cancelled");
        }
        double[][] mean = new double[quantities][bins];
        double[] rel = new double[bins];
        for (int i = 0; i < bins; i++) {
            for (int q = 0; q < quantities; q++) {
                mean[q][i] = sum[q][i] / histories;
            }
            // batch means m_b = s_b/n_b; their mean is ≈ sum/histories (equal batches up to one history)
            double m = sum[0][i] / histories;
            double variance = (sumSq[i] / batches - m * m) * batches / (batches - 1.0) / batches;
            rel[i] = m > 0 ? Math.sqrt(Math.max(0, variance)) / m : Double.NaN;
        }
        return new Result(mean, rel, histories, (System.nanoTime() - start) / 1e9);
    }
}
