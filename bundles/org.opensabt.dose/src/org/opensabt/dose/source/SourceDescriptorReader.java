package org.opensabt.dose.source;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Reads a seed descriptor:
 * <pre>
 * {"name", "aliases", "isotope", "lambda_cGy_per_h_per_U", "active_length_cm", "half_life_days",
 *  "U_per_mCi" (optional), "radial_dose_function": {"r_cm", "gL"},
 *  "anisotropy_function": {"r_cm", "theta_deg", "F" (one row per theta)},
 *  "phi_an": {"r_cm", "values"} (optional)}
 * </pre>
 * Extra keys are allowed and ignored (a "citation" key is kept). Every check names the field.
 */
public final class SourceDescriptorReader {

    public SeedSource read(Path file) throws SourceDescriptorException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new SourceDescriptorException(file + ": cannot read the seed descriptor: " + e.getMessage(), e);
        }
    }

    public SeedSource read(Reader reader, String origin) throws SourceDescriptorException {
        JsonElement root;
        try {
            root = JsonParser.parseReader(reader);
        } catch (JsonParseException e) {
            throw new SourceDescriptorException(origin + ": not valid JSON: " + e.getMessage(), e);
        }
        if (!root.isJsonObject()) {
            throw new SourceDescriptorException(origin + ": a seed descriptor is a JSON object");
        }
        Fields f = new Fields(root.getAsJsonObject(), origin);
        String name = f.string("name");
        List<String> aliases = f.has("aliases") ? f.strings("aliases") : List.of();
        String isotope = f.string("isotope");
        double lambda = f.positive("lambda_cGy_per_h_per_U");
        double length = f.number("active_length_cm");
        if (length < 0 || length > 2) {
            throw f.error("active_length_cm", "must be between 0 and 2 cm, is " + length);
        }
        double halfLife = f.positive("half_life_days");
        double uPerMCi = f.has("U_per_mCi") ? f.positive("U_per_mCi") : Double.NaN;

        Fields radial = f.object("radial_dose_function");
        double[] rG = radial.increasingRadii("r_cm");
        double[] gL = radial.numbers("gL");
        radial.sameLength("gL", gL, rG.length, "radial_dose_function.r_cm");
        for (int i = 0; i < gL.length; i++) {
            if (!(gL[i] > 0)) {
                throw radial.error("gL", "entry " + i + " must be positive (exponential extrapolation takes logarithms), is " + gL[i]);
            }
        }

        Fields aniso = f.object("anisotropy_function");
        double[] rF = aniso.increasingRadii("r_cm");
        double[] theta = aniso.numbers("theta_deg");
        for (int i = 0; i < theta.length; i++) {
            if (theta[i] < 0 || theta[i] > 180 || (i > 0 && theta[i] <= theta[i - 1])) {
                throw aniso.error("theta_deg", "must increase within 0..180°, entry " + i + " is " + theta[i]);
            }
        }
        if (theta.length < 2) {
            throw aniso.error("theta_deg", "needs at least two angles");
        }
        double[][] table = aniso.matrix("F", theta.length, rF.length);

        double[] phiR = null;
        double[] phiV = null;
        if (f.has("phi_an")) {
            Fields phi = f.object("phi_an");
            phiR = phi.increasingRadii("r_cm");
            phiV = phi.numbers("values");
            phi.sameLength("values", phiV, phiR.length, "phi_an.r_cm");
            for (int i = 0; i < phiV.length; i++) {
                if (!(phiV[i] > 0)) {
                    throw phi.error("values", "entry " + i + " must be positive, is " + phiV[i]);
                }
            }
        }
        String citation = f.has("citation") && f.json.get("citation").isJsonPrimitive() ? f.json.get("citation").getAsString() : "";
        return new SeedSource(name, List.copyOf(aliases), isotope, lambda, length, halfLife, uPerMCi, rG, gL, rF, theta, table,
                phiR, phiV, citation, origin);
    }

    /** Typed access to one JSON object, with errors that name the field path. */
    private static final class Fields {
        final JsonObject json;
        final String origin;
        final String prefix;

        Fields(JsonObject json, String origin) {
            this(json, origin, "");
        }

        Fields(JsonObject json, String origin, String prefix) {
            this.json = json;
            this.origin = origin;
            this.prefix = prefix;
        }

        SourceDescriptorException error(String field, String message) {
            return new SourceDescriptorException(origin + ": field \"" + prefix + field + "\" " + message);
        }

        boolean has(String field) {
            return json.has(field) && !json.get(field).isJsonNull();
        }

        JsonElement required(String field) throws SourceDescriptorException {
            if (!has(field)) {
                throw error(field, "is missing");
            }
            return json.get(field);
        }

        String string(String field) throws SourceDescriptorException {
            JsonElement e = required(field);
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString() || e.getAsString().isBlank()) {
                throw error(field, "must be a non-empty string");
            }
            return e.getAsString().trim();
        }

        List<String> strings(String field) throws SourceDescriptorException {
            JsonElement e = required(field);
            if (!e.isJsonArray()) {
                throw error(field, "must be an array of strings");
            }
            List<String> out = new ArrayList<>();
            for (JsonElement item : e.getAsJsonArray()) {
                if (!item.isJsonPrimitive() || !item.getAsJsonPrimitive().isString()) {
                    throw error(field, "must be an array of strings");
                }
                out.add(item.getAsString().trim());
            }
            return out;
        }

        double number(String field) throws SourceDescriptorException {
            return toNumber(required(field), field);
        }

        double toNumber(JsonElement e, String field) throws SourceDescriptorException {
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
                throw error(field, "must be a number, is " + e);
            }
            double value = e.getAsDouble();
            if (!Double.isFinite(value)) {
                throw error(field, "must be finite");
            }
            return value;
        }

        double positive(String field) throws SourceDescriptorException {
            double value = number(field);
            if (!(value > 0)) {
                throw error(field, "must be positive, is " + value);
            }
            return value;
        }

        Fields object(String field) throws SourceDescriptorException {
            JsonElement e = required(field);
            if (!e.isJsonObject()) {
                throw error(field, "must be an object");
            }
            return new Fields(e.getAsJsonObject(), origin, prefix + field + ".");
        }

        double[] numbers(String field) throws SourceDescriptorException {
            JsonElement e = required(field);
            if (!e.isJsonArray() || e.getAsJsonArray().isEmpty()) {
                throw error(field, "must be a non-empty array of numbers");
            }
            JsonArray array = e.getAsJsonArray();
            double[] out = new double[array.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = toNumber(array.get(i), field + "[" + i + "]");
            }
            return out;
        }

        double[] increasingRadii(String field) throws SourceDescriptorException {
            double[] r = numbers(field);
            for (int i = 0; i < r.length; i++) {
                if (!(r[i] > 0) || (i > 0 && r[i] <= r[i - 1])) {
                    throw error(field, "must be positive and strictly increasing (cm), entry " + i + " is " + r[i]);
                }
            }
            return r;
        }

        void sameLength(String field, double[] values, int expected, String other) throws SourceDescriptorException {
            if (values.length != expected) {
                throw error(field, "has " + values.length + " entries but " + other + " has " + expected);
            }
        }

        double[][] matrix(String field, int rows, int columns) throws SourceDescriptorException {
            JsonElement e = required(field);
            if (!e.isJsonArray() || e.getAsJsonArray().size() != rows) {
                throw error(field, "must have one row per theta_deg entry (" + rows + " rows)");
            }
            double[][] out = new double[rows][];
            for (int i = 0; i < rows; i++) {
                JsonElement row = e.getAsJsonArray().get(i);
                if (!row.isJsonArray() || row.getAsJsonArray().size() != columns) {
                    throw error(field + "[" + i + "]", "must have one value per r_cm entry (" + columns + " values)");
                }
                out[i] = new double[columns];
                for (int j = 0; j < columns; j++) {
                    out[i][j] = toNumber(row.getAsJsonArray().get(j), field + "[" + i + "][" + j + "]");
                    if (out[i][j] < 0) {
                        throw error(field + "[" + i + "][" + j + "]", "must not be negative, is " + out[i][j]);
                    }
                }
            }
            return out;
        }
    }
}
