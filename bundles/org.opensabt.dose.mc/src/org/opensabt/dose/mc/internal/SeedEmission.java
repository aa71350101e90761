package org.opensabt.dose.mc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.opensabt.dose.source.SeedSource;

/**
 * A seed as a source of photons outside its capsule, built from its TG-43 parameters (the "phase space from TG-43
 * parameters" of TG-186 §IV): photons start uniformly along the active length L (a line source, as TG-43's
 * geometry function), in directions weighted by the anisotropy function F(r₀, θ) at the smallest tabulated radius of
 * at least 1 cm (TG-43's reference distance), corrected by {@code SourceCalibrations} until the engine reproduces it
 * in water, with the seed's emitted spectrum from {@code data/seed-spectra-v1.json} (see {@code releng/mc-tables/make_tables.py}).
 */
public final class SeedEmission {

    private static final int COS_POINTS = 2001;

    private final double activeLengthCm;
    private final double[] lineEnergyKeV;
    private final double[] lineCumulative;
    private final double[] cosGrid = new double[COS_POINTS];
    private final double[] cosCumulative = new double[COS_POINTS];
    private final double anisotropyRadiusCm;
    private final String spectrumName;
    private final boolean spectrumOfThisSeed;
    private final SeedSource source;
    private final double[] lineWeights;
    private final double[] correctionThetaDeg;
    private final double[] correction;

    private SeedEmission(SeedSource source, String spectrumName, boolean spectrumOfThisSeed, double[] energies, double[] weights,
            double[] correctionThetaDeg, double[] correction) {
        this.source = source;
        this.correctionThetaDeg = correctionThetaDeg;
        this.correction = correction;
        this.lineWeights = weights;
        this.activeLengthCm = source.activeLengthCm();
        this.spectrumName = spectrumName;
        this.spectrumOfThisSeed = spectrumOfThisSeed;
        lineEnergyKeV = energies;
        lineCumulative = cumulative(weights);
        double[] radii = source.anisotropyRCm();
        int column = 0;
        while (column < radii.length - 1 && radii[column] < 1.0 - 1e-9) {
            column++;
        }
        anisotropyRadiusCm = radii[column];
        double[] weight = new double[COS_POINTS];
        double[] f = anisotropyColumn(source, column);
        for (int j = 0; j < COS_POINTS; j++) {
            cosGrid[j] = -1 + 2.0 * j / (COS_POINTS - 1);
            double theta = Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cosGrid[j]))));
            double folded = theta > 90 ? 180 - theta : theta;
            weight[j] = Tables.linear(source.anisotropyThetaDeg(), f, folded) * (correction == null ? 1 : Tables.linear(correctionThetaDeg, correction, folded));
        }
        for (int j = 1; j < COS_POINTS; j++) {
            cosCumulative[j] = cosCumulative[j - 1] + 0.5 * (weight[j - 1] + weight[j]) * (cosGrid[j] - cosGrid[j - 1]);
        }
        double total = cosCumulative[COS_POINTS - 1];
        for (int j = 0; j < COS_POINTS; j++) {
            cosCumulative[j] /= total;
        }
    }

    /**
     * The emission of {@code source}: its own spectrum when the spectra file has one under its name or an alias, else
     * the bare 125I lines ({@link #spectrumOfThisSeed()} false).
     */
    public static SeedEmission of(SeedSource source, InputStream spectra) throws IOException {
        if (!"I-125".equalsIgnoreCase(source.isotope().replace(" ", ""))) {
            throw new IllegalArgumentException("the Monte Carlo engine has the spectrum of I-125 seeds only; " + source.name() + " is " + source.isotope());
        }
        JsonObject doc;
        try (InputStreamReader reader = new InputStreamReader(spectra, StandardCharsets.UTF_8)) {
            doc = JsonParser.parseReader(reader).getAsJsonObject();
        } catch (RuntimeException e) {
            throw new IOException("seed spectra unreadable: " + e.getMessage(), e);
        }
        JsonObject fallback = null;
        for (JsonElement e : doc.getAsJsonArray("spectra")) {
            JsonObject spectrum = e.getAsJsonObject();
            String name = spectrum.get("seed").getAsString();
            if (source.answersTo(name)) {
                return fromJson(source, spectrum, true);
            }
            if (name.equals("I-125 bare decay lines")) {
                fallback = spectrum;
            }
        }
        if (fallback == null) {
            throw new IOException("seed spectra have no \"I-125 bare decay lines\"");
        }
        return fromJson(source, fallback, false);
    }

    private static SeedEmission fromJson(SeedSource source, JsonObject spectrum, boolean own) {
        JsonArray lines = spectrum.getAsJsonArray("lines");
        double[] e = new double[lines.size()];
        double[] w = new double[lines.size()];
        for (int i = 0; i < e.length; i++) {
            e[i] = lines.get(i).getAsJsonObject().get("energyKeV").getAsDouble();
            w[i] = lines.get(i).getAsJsonObject().get("relativePhotons").getAsDouble();
        }
        return new SeedEmission(source, spectrum.get("seed").getAsString(), own, e, w, null, null);
    }

    /**
     * The same emission with its angular weights multiplied by {@code factor(θ)} (linear in θ between the given
     * angles, 0–90°, mirrored about 90°), on top of any earlier correction.
     */
    public SeedEmission corrected(double[] thetaDeg, double[] factor) {
        double[] combined = factor.clone();
        if (correction != null) {
            for (int i = 0; i < combined.length; i++) {
                combined[i] *= Tables.linear(correctionThetaDeg, correction, thetaDeg[i]);
            }
        }
        return new SeedEmission(source, spectrumName, spectrumOfThisSeed, lineEnergyKeV, lineWeights, thetaDeg.clone(), combined);
    }

    /** The angular correction (factor per angle of {@link #correctionAnglesDeg()}), or null. */
    public double[] correction() {
        return correction == null ? null : correction.clone();
    }

    public double[] correctionAnglesDeg() {
        return correctionThetaDeg == null ? null : correctionThetaDeg.clone();
    }


    /** The descriptor's F(r, θ) at one tabulated radius (column), one value per tabulated angle. */
    public static double[] anisotropyColumn(SeedSource source, int column) {
        double[] f = new double[source.anisotropyThetaDeg().length];
        for (int i = 0; i < f.length; i++) {
            f[i] = source.anisotropyF()[i][column];
        }
        return f;
    }

    private static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= sum;
        }
        return c;
    }

    public double activeLengthCm() {
        return activeLengthCm;
    }

    public String spectrumName() {
        return spectrumName;
    }

    public boolean spectrumOfThisSeed() {
        return spectrumOfThisSeed;
    }

    public double anisotropyRadiusCm() {
        return anisotropyRadiusCm;
    }

    public double maxEnergyKeV() {
        double max = 0;
        for (double e : lineEnergyKeV) {
            max = Math.max(max, e);
        }
        return max;
    }

    double sampleEnergyKeV(SplittableRandom random) {
        double u = random.nextDouble();
        for (int i = 0; i < lineCumulative.length; i++) {
            if (u < lineCumulative[i]) {
                return lineEnergyKeV[i];
            }
        }
        return lineEnergyKeV[lineEnergyKeV.length - 1];
    }

    /** cos θ from the seed axis of an emitted photon. */
    double sampleCosTheta(SplittableRandom random) {
        double u = random.nextDouble();
        int lo = Tables.interval(cosCumulative, u);
        int hi = lo + 1;
        double span = cosCumulative[hi] - cosCumulative[lo];
        double w = span > 0 ? (u - cosCumulative[lo]) / span : 0;
        return cosGrid[lo] + w * (cosGrid[hi] - cosGrid[lo]);
    }

    /** Position along the axis (cm from the centre) of an emission. */
    double sampleAlongCm(SplittableRandom random) {
        return (random.nextDouble() - 0.5) * activeLengthCm;
    }
}
