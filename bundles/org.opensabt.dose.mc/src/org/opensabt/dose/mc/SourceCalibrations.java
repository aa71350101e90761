package org.opensabt.dose.mc;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.opensabt.dose.mc.internal.SeedEmission;
import org.opensabt.dose.mc.internal.WaterReference;
import org.opensabt.dose.source.SeedSource;

/**
 * A seed model's calibration for the engine, as egs_brachy keeps the air kerma per history of its sources: the
 * emission anisotropy fitted so the engine reproduces the consensus F(1 cm, θ) in water, and the dose to water per
 * history at (1 cm, 90°) that turns Λ·S_K into a dose. The built-in seeds' calibrations are in
 * {@code data/seed-calibration-v1.json}, made by {@code opensabt mc-calibrate}; each records a SHA-256 of everything
 * it depends on (tables, spectra, the descriptor, the fit settings), and one whose inputs changed, or a seed that has
 * none, is fitted when first used (a few seconds) and kept for the session.
 */
public final class SourceCalibrations {

    /** Raise when the transport changes in a way that changes calibrations. */
    public static final int CALIBRATION_VERSION = 1;

    /**
     * @param thetaDeg          angles of the emission correction (0–90°)
     * @param emissionFactor    correction of the emission weights F(r₀, θ) at those angles
     * @param referenceKeVPerG  dose to water per history at (1 cm, 90°) in the TG-43 water phantom
     * @param fromFile          true: read from the bundle's calibration file; false: fitted in this session
     */
    public record Calibration(String seed, String inputsSha256, double[] thetaDeg, double[] emissionFactor, double referenceKeVPerG,
            double referenceRelativeUncertainty, long referenceHistories, boolean fromFile) {
    }

    private static final Map<String, Calibration> SESSION = new ConcurrentHashMap<>();
    private static volatile String dataHash;

    private SourceCalibrations() {
    }

    /** The calibration of {@code source}: the file's when current, else one fitted now (and kept for the session). */
    public static Calibration of(SeedSource source, int threads, IProgressMonitor monitor) throws InterruptedException {
        String hash = inputsHash(source);
        Calibration cached = SESSION.get(hash);
        if (cached != null) {
            return cached;
        }
        Calibration stored = fromFile(source.name(), hash);
        Calibration c = stored != null ? stored : fit(source, threads, monitor);
        SESSION.put(hash, c);
        return c;
    }

    /**
     * Fits the calibration now: {@value MonteCarloDoseEngine#FIT_ITERATIONS} passes that multiply the emission weights
     * by consensus/engine F(r₀, θ), then the reference run, all with fixed random seeds.
     */
    public static Calibration fit(SeedSource source, int threads, IProgressMonitor monitor) throws InterruptedException {
        SubMonitor progress = SubMonitor.convert(monitor, "Calibrating " + source.name() + " in water", MonteCarloDoseEngine.FIT_ITERATIONS + 2);
        SeedEmission start = MonteCarloDoseEngine.emission(source);
        double[] thetas = WaterReference.THETAS_DEG;
        int k = -1;
        for (int i = 0; i < WaterReference.RADII_CM.length; i++) {
            if (Math.abs(WaterReference.RADII_CM[i] - start.anisotropyRadiusCm()) < 1e-6) {
                k = i;
            }
        }
        if (k < 0) {
            throw new IllegalArgumentException(source.name() + ": the emission anisotropy is taken at r = " + start.anisotropyRadiusCm()
                    + " cm, where the water reference scores no shell (" + java.util.Arrays.toString(WaterReference.RADII_CM) + " cm)");
        }
        SeedEmission e = start;
        for (int pass = 0; pass < MonteCarloDoseEngine.FIT_ITERATIONS; pass++) {
            WaterReference.Result r = new WaterReference(MonteCarloDoseEngine.physics(), e).run(MonteCarloDoseEngine.FIT_HISTORIES, 9001 + pass, threads,
                    progress::isCanceled);
            double[] passFactor = new double[thetas.length];
            for (int j = 0; j < thetas.length; j++) {
                double mc = j == thetas.length - 1 ? 1 : WaterReference.anisotropy(r, k, j, source.activeLengthCm());
                double consensus = WaterValidation.consensusF(source, start.anisotropyRadiusCm(), thetas[j]);
                passFactor[j] = mc > 0 && consensus > 0 ? consensus / mc : 1;
            }
            e = e.corrected(thetas, passFactor);
            progress.worked(1);
        }
        // the factors as the calibration file keeps them (6 decimals), so that a fit in a session equals the file's bit for bit
        double[] factor = round(e.correction());
        e = start.corrected(thetas, factor);
        WaterReference.Result ref = new WaterReference(MonteCarloDoseEngine.physics(), e).run(MonteCarloDoseEngine.REFERENCE_HISTORIES, 20041, threads,
                progress::isCanceled);
        return new Calibration(source.name(), inputsHash(source), thetas.clone(), factor, ref.referenceKeVPerG(), ref.referenceRelativeUncertainty(),
                ref.histories(), false);
    }

    /** The emission of {@code source} with its calibration applied. */
    static SeedEmission emission(SeedSource source, Calibration c) {
        return MonteCarloDoseEngine.emission(source).corrected(c.thetaDeg(), c.emissionFactor());
    }

    /** The calibration file's JSON for these calibrations. */
    public static String toJson(List<Calibration> calibrations) {
        JsonObject doc = new JsonObject();
        doc.addProperty("format", "opensabt-seed-calibration/1");
        doc.addProperty("generatedBy", "opensabt mc-calibrate");
        doc.addProperty("calibrationVersion", CALIBRATION_VERSION);
        JsonArray list = new JsonArray();
        Gson gson = new Gson();
        for (Calibration c : calibrations) {
            JsonObject o = new JsonObject();
            o.addProperty("seed", c.seed());
            o.addProperty("inputsSha256", c.inputsSha256());
            o.add("thetaDeg", gson.toJsonTree(c.thetaDeg()));
            o.add("emissionFactor", gson.toJsonTree(round(c.emissionFactor())));
            o.addProperty("referenceKeVPerGPerHistory", c.referenceKeVPerG());
            o.addProperty("referenceRelativeUncertainty", c.referenceRelativeUncertainty());
            o.addProperty("referenceHistories", c.referenceHistories());
            list.add(o);
        }
        doc.add("seeds", list);
        return new GsonBuilder().setPrettyPrinting().create().toJson(doc) + "\n";
    }

    private static double[] round(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.round(v[i] * 1e6) / 1e6;
        }
        return out;
    }

    private static Calibration fromFile(String seed, String hash) {
        InputStream in = SourceCalibrations.class.getResourceAsStream("/data/seed-calibration-v1.json");
        if (in == null) {
            return null;
        }
        try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            JsonObject doc = JsonParser.parseReader(reader).getAsJsonObject();
            for (JsonElement e : doc.getAsJsonArray("seeds")) {
                JsonObject o = e.getAsJsonObject();
                if (o.get("seed").getAsString().equals(seed) && o.get("inputsSha256").getAsString().equals(hash)) {
                    Gson gson = new Gson();
                    return new Calibration(seed, hash, gson.fromJson(o.get("thetaDeg"), double[].class), gson.fromJson(o.get("emissionFactor"), double[].class),
                            o.get("referenceKeVPerGPerHistory").getAsDouble(), o.get("referenceRelativeUncertainty").getAsDouble(),
                            o.get("referenceHistories").getAsLong(), true);
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null; // an unreadable file: fit instead
        }
    }

    /** SHA-256 of what a calibration depends on. */
    public static String inputsHash(SeedSource source) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(dataHash().getBytes(StandardCharsets.UTF_8));
            StringBuilder s = new StringBuilder();
            s.append(CALIBRATION_VERSION).append('|').append(MonteCarloDoseEngine.FIT_ITERATIONS).append('|').append(MonteCarloDoseEngine.FIT_HISTORIES)
                    .append('|').append(MonteCarloDoseEngine.REFERENCE_HISTORIES).append('|').append(source.name()).append('|')
                    .append(source.activeLengthCm()).append('|').append(java.util.Arrays.toString(source.anisotropyRCm())).append('|')
                    .append(java.util.Arrays.toString(source.anisotropyThetaDeg())).append('|').append(java.util.Arrays.deepToString(source.anisotropyF()));
            d.update(s.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String dataHash() {
        String h = dataHash;
        if (h == null) {
            try {
                MessageDigest d = MessageDigest.getInstance("SHA-256");
                for (String path : List.of("/data/photon-interactions-v1.json", "/data/seed-spectra-v1.json")) {
                    try (InputStream in = SourceCalibrations.class.getResourceAsStream(path)) {
                        if (in == null) {
                            throw new IllegalStateException(path + " is missing from the bundle");
                        }
                        d.update(in.readAllBytes());
                    }
                }
                h = HexFormat.of().formatHex(d.digest());
                dataHash = h;
            } catch (IOException | NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return h;
    }
}
