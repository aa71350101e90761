package org.opensabt.dose.mc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.opensabt.dose.DoseEngines;
import org.opensabt.dose.DoseRateGrid;
import org.opensabt.dose.DoseRateKernel;
import org.opensabt.dose.KernelOptions;
import org.opensabt.dose.MediumDose;
import org.opensabt.dose.MediumDoseEngine;
import org.opensabt.dose.MediumDoseRequest;
import org.opensabt.dose.SeedPlacement;
import org.opensabt.dose.SupplierPreferences;
import org.opensabt.dose.mc.internal.Batches;
import org.opensabt.dose.mc.internal.CtCalibration;
import org.opensabt.dose.mc.internal.MonteCarloRun;
import org.opensabt.dose.mc.internal.PhotonPhysics;
import org.opensabt.dose.mc.internal.SeedEmission;
import org.opensabt.dose.mc.internal.VoxelPhantom;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.model.geometry.GridGeometry;

/**
 * Monte Carlo photon transport for I-125 seeds in the patient's CT, AAPM TG-186's model-based dose (Beaulieu et al.,
 * Med Phys 39:6208, 2012), registered as the dose engine "mc" (OSGI-INF/mc-engine.xml). Seeds are sources from their
 * TG-43 parameters and spectrum, the tissues come from the CT through a calibration, dose is scored with the
 * track-length estimator as dose to medium and dose to water in medium, normalised so that a seed in water gives
 * Λ·S_K at (1 cm, 90°). A request without a CT is transported in water.
 */
public final class MonteCarloDoseEngine implements MediumDoseEngine {

    public static final String ID = "mc";
    /** Preference node and keys of the engine. */
    public static final String PREFERENCE_NODE = "org.opensabt.dose.mc";
    public static final String PREFERENCE_CT_CALIBRATION = "ctCalibration";
    public static final String PREFERENCE_HISTORIES_PER_SEED = "historiesPerSeed";
    /** Histories per seed of a request that gives none. */
    public static final long DEFAULT_HISTORIES_PER_SEED = 250_000;
    /** Histories of the water reference that normalises each seed model. */
    public static final long REFERENCE_HISTORIES = 4_000_000;
    /** Transport reaches this far beyond the dose grid, for the scatter from around it. */
    public static final double SCATTER_MARGIN_MM = 30;

    /** Histories of each of the {@value #FIT_ITERATIONS} passes that fit the emission anisotropy. */
    public static final long FIT_HISTORIES = 3_000_000;
    public static final int FIT_ITERATIONS = 4;

    private static volatile PhotonPhysics physics;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Monte Carlo photon transport in the patient's CT (TG-186): dose to medium and to water in medium, track-length kerma, "
                + "xraylib cross sections";
    }

    /**
     * The planner's kernel: the TG-43 engine's (a Monte Carlo dose has no point kernel; plans are optimised with TG-43
     * and re-evaluated with this engine).
     */
    @Override
    public DoseRateKernel kernel(SeedSource source, KernelOptions options) {
        return DoseEngines.find("tg43").kernel(source, options);
    }

    /** Without a CT: the seeds in liquid water; the dose to water. */
    @Override
    public DoseRateGrid doseRate(SeedSource source, KernelOptions options, List<SeedPlacement> seeds, GridGeometry grid, int threads)
            throws InterruptedException {
        MediumDose dose = compute(new MediumDoseRequest(source, seeds, grid, grid, new short[grid.voxelCount()], threads, 0, 1, null), true, null);
        return dose.doseToWaterInMedium();
    }

    @Override
    public MediumDose doseRate(MediumDoseRequest request, IProgressMonitor monitor) throws InterruptedException {
        return compute(request, false, monitor);
    }

    private MediumDose compute(MediumDoseRequest request, boolean allWater, IProgressMonitor monitor) throws InterruptedException {
        SubMonitor progress = SubMonitor.convert(monitor, "Monte Carlo dose", 100);
        PhotonPhysics tables = physics();
        CtCalibration calibration = calibration(request.ctCalibration(), tables);
        SourceCalibrations.Calibration source = SourceCalibrations.of(request.source(), request.threads(), progress.split(10));
        SeedEmission emission = SourceCalibrations.emission(request.source(), source);
        long histories = request.histories() > 0 ? request.histories() : defaultHistoriesPerSeed() * request.seeds().size();
        MonteCarloRun run = new MonteCarloRun(tables, emission, calibration, SCATTER_MARGIN_MM);
        SubMonitor transport = progress.split(90);
        transport.setWorkRemaining(20);
        VoxelPhantom phantom = allWater ? run.waterPhantom(request.grid()) : run.phantom(request);
        Batches.Result result = run.run(phantom, request, histories, () -> transport.isCanceled(), b -> transport.worked(1));
        double totalStrengthU = request.seeds().stream().mapToDouble(SeedPlacement::airKermaStrengthU).sum();
        double cGyPerHourPerKeVPerG = request.source().lambdaCGyPerHourPerU() * totalStrengthU / source.referenceKeVPerG();
        String notes = String.format(Locale.ROOT,
                "Monte Carlo (TG-186), %,d histories in %.1f s (%,.0f/s, %d threads); %s; spectrum %s%s; emission anisotropy fitted to F(%.2f cm, θ); "
                        + "normalised to Λ = %.4f cGy/h/U at (1 cm, 90°) in water (reference %,d histories, ±%.2f %%, %s); tissues from %s; "
                        + "photons followed %.0f mm beyond the dose grid; tables %s",
                histories, result.seconds(), histories / result.seconds(), request.threads(), "track-length collision kerma", emission.spectrumName(),
                emission.spectrumOfThisSeed() ? "" : " (no spectrum of this seed model: bare 125I lines)", emission.anisotropyRadiusCm(),
                request.source().lambdaCGyPerHourPerU(), source.referenceHistories(), 100 * source.referenceRelativeUncertainty(),
                source.fromFile() ? "calibration file" : "calibrated in this session",
                allWater ? "none (liquid water)" : "the CT, calibration " + calibration.name(),
                SCATTER_MARGIN_MM, tables.provenance());
        return run.result(phantom, request, result, cGyPerHourPerKeVPerG, notes, ID);
    }

    /** The engine's histories per seed: the preference, else {@value #DEFAULT_HISTORIES_PER_SEED}. */
    public static long defaultHistoriesPerSeed() {
        String value = SupplierPreferences.get(PREFERENCE_NODE, PREFERENCE_HISTORIES_PER_SEED, Long.toString(DEFAULT_HISTORIES_PER_SEED));
        try {
            long n = Long.parseLong(value.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new IllegalArgumentException("preference " + PREFERENCE_NODE + "/" + PREFERENCE_HISTORIES_PER_SEED + " must be a positive whole number, is \""
                + value + "\"");
    }

    /** The interaction tables of the bundle (data/photon-interactions-v1.json). */
    static PhotonPhysics physics() {
        PhotonPhysics p = physics;
        if (p == null) {
            synchronized (MonteCarloDoseEngine.class) {
                if (physics == null) {
                    try (InputStream in = resource("/data/photon-interactions-v1.json")) {
                        physics = PhotonPhysics.read(in);
                    } catch (IOException e) {
                        throw new IllegalStateException("the Monte Carlo engine's interaction tables are unreadable: " + e.getMessage(), e);
                    }
                }
                p = physics;
            }
        }
        return p;
    }

    /** The emission model of a seed (spectrum from data/seed-spectra-v1.json). */
    static SeedEmission emission(SeedSource source) {
        try (InputStream in = resource("/data/seed-spectra-v1.json")) {
            return SeedEmission.of(source, in);
        } catch (IOException e) {
            throw new IllegalStateException("the Monte Carlo engine's seed spectra are unreadable: " + e.getMessage(), e);
        }
    }

    /**
     * The CT calibration: {@code file}, else the preference {@value #PREFERENCE_CT_CALIBRATION}, else the built-in one
     * (data/ct-calibration-default.json).
     *
     * @throws IllegalArgumentException one line naming the file and the field
     */
    static CtCalibration calibration(Path file, PhotonPhysics tables) {
        Path chosen = file;
        if (chosen == null) {
            String pref = SupplierPreferences.get(PREFERENCE_NODE, PREFERENCE_CT_CALIBRATION, "");
            chosen = pref.isBlank() ? null : Path.of(pref.strip());
        }
        try {
            if (chosen == null) {
                try (InputStream in = resource("/data/ct-calibration-default.json")) {
                    return CtCalibration.read(in, "ct-calibration-default.json", tables);
                }
            }
            if (!Files.isRegularFile(chosen)) {
                throw new IllegalArgumentException("CT calibration " + chosen + ": no such file");
            }
            try (InputStream in = Files.newInputStream(chosen)) {
                return CtCalibration.read(in, chosen.toString(), tables);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("CT calibration " + chosen + ": " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = MonteCarloDoseEngine.class.getResourceAsStream(path);
        if (in == null) {
            throw new IOException(path + " is missing from the bundle");
        }
        return in;
    }
}
