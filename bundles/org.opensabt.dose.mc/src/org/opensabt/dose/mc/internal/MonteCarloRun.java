package org.opensabt.dose.mc.internal;

import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import org.opensabt.dose.DoseRateGrid;
import org.opensabt.dose.MediumDose;
import org.opensabt.dose.MediumDoseRequest;
import org.opensabt.dose.SeedPlacement;
import org.opensabt.model.geometry.GridGeometry;

/**
 * One Monte Carlo dose: the transport box (the dose grid plus a scatter margin), its tissues, the histories in
 * batches, and the dose grids cut back to the dose grid.
 */
public final class MonteCarloRun {

    /** Batches of every run (the uncertainty estimate has 19 degrees of freedom). */
    public static final int BATCHES = 20;

    private final PhotonPhysics physics;
    private final SeedEmission emission;
    private final CtCalibration calibration;
    private final double marginMm;

    public MonteCarloRun(PhotonPhysics physics, SeedEmission emission, CtCalibration calibration, double marginMm) {
        this.physics = physics;
        this.emission = emission;
        this.calibration = calibration;
        this.marginMm = marginMm;
    }

    private int[] margins(GridGeometry grid) {
        int[] m = new int[3];
        for (int k = 0; k < 3; k++) {
            m[k] = (int) Math.ceil(marginMm / grid.spacingMm()[k]);
        }
        return m;
    }

    private GridGeometry transportGrid(GridGeometry grid) {
        int[] m = margins(grid);
        return grid.box(-m[0], -m[1], -m[2], grid.columns() + 2 * m[0], grid.rows() + 2 * m[1], grid.slices() + 2 * m[2]);
    }

    /** The tissues of the request's CT on the transport box. */
    public VoxelPhantom phantom(MediumDoseRequest request) {
        int air = physics.materialIndex("air");
        return VoxelPhantom.fromCt(transportGrid(request.grid()), request.ctGrid(), request.ctHu(), calibration, air, physics.nominalDensity(air));
    }

    /** Liquid water (1 g/cm³) on the transport box. */
    public VoxelPhantom waterPhantom(GridGeometry grid) {
        return VoxelPhantom.uniform(transportGrid(grid), physics.materialIndex("water"), 1.0);
    }

    /** Transports the histories. */
    public Batches.Result run(VoxelPhantom phantom, MediumDoseRequest request, long histories, BooleanSupplier cancelled, IntConsumer onBatch)
            throws InterruptedException {
        GridGeometry box = phantom.grid();
        if (request.seeds().isEmpty()) {
            throw new IllegalArgumentException("no seeds to transport");
        }
        if (histories < BATCHES) {
            throw new IllegalArgumentException("histories must be at least " + BATCHES + " (one per batch), is " + histories);
        }
        for (SeedPlacement seed : request.seeds()) {
            if (!box.contains(seed.positionMm())) {
                double[] p = seed.positionMm();
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "seed %s at (%.1f, %.1f, %.1f) mm lies outside the Monte Carlo transport box (the dose grid and %.0f mm around it); "
                                + "use a dose grid that covers the seeds",
                        seed.seedId(), p[0], p[1], p[2], marginMm));
            }
        }
        if (emission.maxEnergyKeV() > physics.maxEnergyKeV()) {
            throw new IllegalArgumentException("the seed emits up to " + emission.maxEnergyKeV() + " keV, the tables reach " + physics.maxEnergyKeV() + " keV");
        }
        return Batches.run(BATCHES, histories, request.randomSeed(), request.threads(), 2, box.voxelCount(),
                (n, random, scores, halt) -> new VoxelTransport(physics, phantom, request.seeds(), emission).run(n, random, scores[0], scores[1], halt),
                cancelled, onBatch);
    }

    /** The dose grids (cGy/h) of a run, scaled by {@code cGyPerHourPerKeVPerG} per history score. */
    public MediumDose result(VoxelPhantom phantom, MediumDoseRequest request, Batches.Result run, double cGyPerHourPerKeVPerG, String notes, String engineId) {
        GridGeometry grid = request.grid();
        GridGeometry box = phantom.grid();
        int[] m = margins(grid);
        double volumeCm3 = grid.voxelVolumeCc();
        int n = grid.voxelCount();
        float[] medium = new float[n];
        float[] water = new float[n];
        float[] uncertainty = new float[n];
        long[] tissueCounts = new long[physics.materialKeys().size()];
        for (int s = 0; s < grid.slices(); s++) {
            for (int r = 0; r < grid.rows(); r++) {
                for (int c = 0; c < grid.columns(); c++) {
                    int i = grid.index(c, r, s);
                    int j = box.index(c + m[0], r + m[1], s + m[2]);
                    medium[i] = (float) (run.meanPerHistory()[0][j] / volumeCm3 * cGyPerHourPerKeVPerG);
                    water[i] = (float) (run.meanPerHistory()[1][j] / volumeCm3 * cGyPerHourPerKeVPerG);
                    uncertainty[i] = (float) run.relativeUncertainty()[j];
                    tissueCounts[phantom.material[j]]++;
                }
            }
        }
        StringJoiner tissues = new StringJoiner(", ");
        for (int t = 0; t < tissueCounts.length; t++) {
            if (tissueCounts[t] > 0) {
                tissues.add(physics.materialKeys().get(t) + "=" + tissueCounts[t]);
            }
        }
        return new MediumDose(new DoseRateGrid(grid, medium, engineId, "D(m,m): " + notes), new DoseRateGrid(grid, water, engineId, "D(w,m): " + notes),
                uncertainty, run.histories(), run.seconds(), run.histories() / run.seconds(), tissues.toString());
    }
}
