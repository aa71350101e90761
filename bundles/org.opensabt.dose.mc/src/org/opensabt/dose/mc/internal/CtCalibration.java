package org.opensabt.dose.mc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * CT number → mass density and tissue (TG-186 §III.B): a piecewise-linear HU-to-density curve and HU bins of the
 * tissues of the interaction tables, read from a JSON file (format opensabt-ct-calibration/1), so that a centre can
 * put in its own scanner's curve. CT numbers above {@code metalAboveHu} (seeds and their streaks in a post-implant CT)
 * are given a fixed tissue and density, as TG-186 recommends for artefacts.
 */
public final class CtCalibration {

    private final String name;
    private final double[] curveHu;
    private final double[] curveDensity;
    private final double[] binUpToHu; // exclusive upper bound of each bin; the last is +∞
    private final byte[] binMaterial;
    private final double metalAboveHu;
    private final byte metalMaterial;
    private final double metalDensity;
    private final List<String> binNames = new ArrayList<>();

    private CtCalibration(String name, double[] curveHu, double[] curveDensity, double[] binUpToHu, byte[] binMaterial, List<String> binNames,
            double metalAboveHu, byte metalMaterial, double metalDensity) {
        this.name = name;
        this.curveHu = curveHu;
        this.curveDensity = curveDensity;
        this.binUpToHu = binUpToHu;
        this.binMaterial = binMaterial;
        this.binNames.addAll(binNames);
        this.metalAboveHu = metalAboveHu;
        this.metalMaterial = metalMaterial;
        this.metalDensity = metalDensity;
    }

    /**
     * Reads a calibration.
     *
     * @param origin the file's name, for messages
     * @throws IllegalArgumentException one line naming the file and the field that is wrong
     */
    public static CtCalibration read(InputStream in, String origin, PhotonPhysics physics) throws IOException {
        JsonObject doc;
        try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            JsonElement root = JsonParser.parseReader(reader);
            if (!root.isJsonObject()) {
                throw new IllegalArgumentException(origin + ": not a JSON object");
            }
            doc = root.getAsJsonObject();
        } catch (com.google.gson.JsonParseException e) {
            throw new IllegalArgumentException(origin + ": not JSON (" + e.getMessage() + ")");
        }
        try {
            if (!doc.has("format") || !"opensabt-ct-calibration/1".equals(doc.get("format").getAsString())) {
                throw new IllegalArgumentException("format: must be \"opensabt-ct-calibration/1\"");
            }
            JsonArray curve = array(doc, "densityCurve");
            if (curve.size() < 2) {
                throw new IllegalArgumentException("densityCurve: needs at least two [HU, g/cm³] points");
            }
            double[] hu = new double[curve.size()];
            double[] rho = new double[curve.size()];
            for (int i = 0; i < hu.length; i++) {
                JsonArray point = curve.get(i).getAsJsonArray();
                if (point.size() != 2) {
                    throw new IllegalArgumentException("densityCurve[" + i + "]: must be [HU, g/cm³]");
                }
                hu[i] = point.get(0).getAsDouble();
                rho[i] = point.get(1).getAsDouble();
                if (!(rho[i] > 0) || rho[i] > 25) {
                    throw new IllegalArgumentException("densityCurve[" + i + "]: density must be in (0, 25] g/cm³, is " + rho[i]);
                }
                if (i > 0 && !(hu[i] > hu[i - 1])) {
                    throw new IllegalArgumentException("densityCurve[" + i + "]: CT numbers must increase (" + hu[i] + " after " + hu[i - 1] + ")");
                }
            }
            JsonArray bins = array(doc, "tissues");
            if (bins.size() < 1) {
                throw new IllegalArgumentException("tissues: needs at least one bin");
            }
            double[] upTo = new double[bins.size()];
            byte[] material = new byte[bins.size()];
            List<String> names = new ArrayList<>();
            for (int i = 0; i < upTo.length; i++) {
                JsonObject bin = bins.get(i).getAsJsonObject();
                String tissue = bin.has("tissue") ? bin.get("tissue").getAsString() : null;
                if (tissue == null || !physics.materialKeys().contains(tissue)) {
                    throw new IllegalArgumentException("tissues[" + i + "].tissue: must be one of " + physics.materialKeys() + ", is " + tissue);
                }
                material[i] = (byte) physics.materialIndex(tissue);
                names.add(tissue);
                boolean last = i == upTo.length - 1;
                if (last) {
                    if (bin.has("belowHu") && !bin.get("belowHu").isJsonNull()) {
                        throw new IllegalArgumentException("tissues[" + i + "].belowHu: the last bin takes every higher CT number; leave it out");
                    }
                    upTo[i] = Double.POSITIVE_INFINITY;
                } else {
                    if (!bin.has("belowHu")) {
                        throw new IllegalArgumentException("tissues[" + i + "].belowHu: missing (the bin's upper CT number, exclusive)");
                    }
                    upTo[i] = bin.get("belowHu").getAsDouble();
                    if (i > 0 && !(upTo[i] > upTo[i - 1])) {
                        throw new IllegalArgumentException("tissues[" + i + "].belowHu: must be above the previous bin's (" + upTo[i - 1] + ")");
                    }
                }
            }
            JsonObject metal = doc.has("metal") ? doc.getAsJsonObject("metal") : null;
            if (metal == null) {
                throw new IllegalArgumentException("metal: missing ({\"aboveHu\": …, \"tissue\": …, \"densityGPerCm3\": …})");
            }
            String metalTissue = metal.get("tissue").getAsString();
            if (!physics.materialKeys().contains(metalTissue)) {
                throw new IllegalArgumentException("metal.tissue: must be one of " + physics.materialKeys() + ", is " + metalTissue);
            }
            double metalDensity = metal.get("densityGPerCm3").getAsDouble();
            if (!(metalDensity > 0) || metalDensity > 25) {
                throw new IllegalArgumentException("metal.densityGPerCm3: must be in (0, 25], is " + metalDensity);
            }
            String name = doc.has("name") ? doc.get("name").getAsString() : origin;
            return new CtCalibration(name, hu, rho, upTo, material, names, metal.get("aboveHu").getAsDouble(),
                    (byte) physics.materialIndex(metalTissue), metalDensity);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(origin + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(origin + ": " + e.getMessage() + " (see docs/user/monte-carlo.md for the format)", e);
        }
    }

    private static JsonArray array(JsonObject doc, String key) {
        if (!doc.has(key) || !doc.get(key).isJsonArray()) {
            throw new IllegalArgumentException(key + ": missing or not a list");
        }
        return doc.getAsJsonArray(key);
    }

    public String name() {
        return name;
    }

    public byte material(double hu) {
        if (hu > metalAboveHu) {
            return metalMaterial;
        }
        for (int i = 0; i < binUpToHu.length; i++) {
            if (hu < binUpToHu[i]) {
                return binMaterial[i];
            }
        }
        return binMaterial[binMaterial.length - 1];
    }

    public float density(double hu) {
        if (hu > metalAboveHu) {
            return (float) metalDensity;
        }
        if (hu <= curveHu[0]) {
            return (float) curveDensity[0];
        }
        for (int i = 1; i < curveHu.length; i++) {
            if (hu <= curveHu[i]) {
                double w = (hu - curveHu[i - 1]) / (curveHu[i] - curveHu[i - 1]);
                return (float) (curveDensity[i - 1] + w * (curveDensity[i] - curveDensity[i - 1]));
            }
        }
        return (float) curveDensity[curveHu.length - 1];
    }
}
