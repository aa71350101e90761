package org.opensabt.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.opensabt.registry.internal.AtomicFiles;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Submission files: a zip holding one {@code submission.json}. Reading is strict, because the file crosses from a
 * centre to the registry: an unknown field (such as {@code patientName} or {@code birthDate}), a value that looks
 * like a date, a pseudonym that is not a keyed hash, a free-text value that is not a code, or a number out of range
 * is refused with the field named ({@code patients[3].followUps[0].response}). The same check runs before a
 * submission is written and before one is stored. The submission's id is the SHA-256 of its canonical JSON, so the
 * same content submitted twice is recognised whatever the file's layout.
 */
public final class SubmissionFiles {

    public static final String ENTRY = "submission.json";
    /** Largest submission.json read (bytes): 100 000 patients with 10 follow-ups each take about 200 MB. */
    public static final long MAX_JSON_BYTES = 1L << 30;

    private static final Set<String> TOP = Set.of("format", "centre", "keyFingerprint", "patients");
    private static final Set<String> PATIENT = Set.of("pseudonym", "ageBand", "sex", "location", "pathology", "grade", "target", "tumourSizeCm", "gtvCc", "rxGy", "d90PlannedGy",
            "v100PlannedPct", "v150PlannedPct", "d90PostGy", "v100PostPct", "v150PostPct", "seeds", "needles", "seedStrengthU", "seedActivityMci", "method",
            "followUps");
    private static final Set<String> FOLLOW_UP = Set.of("monthsSinceImplant", "response", "localProgression", "localControlAssessed", "death", "kpsBefore", "kpsAfter",
            "painNrsBefore", "painNrsAfter", "adverseEvents");
    private static final Set<String> ADVERSE_EVENT = Set.of("category", "term", "grade");

    public static final Pattern CENTRE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
    /** The pseudonym of {@code org.opensabt.dicom.Deidentification#pseudonym}: a 50-bit keyed hash in base 32. */
    public static final Pattern PSEUDONYM = Pattern.compile("OPENSABT-[0-9A-V]{10}");
    private static final Pattern AGE_BAND = Pattern.compile("(\\d{1,2})-(\\d{1,2})|90\\+");
    /** The fingerprint of {@link Submission#keyFingerprint()}: a 30-bit keyed hash in base 32. */
    public static final Pattern KEY_FINGERPRINT = Pattern.compile("KEY-[0-9A-V]{6}");
    /** A code: lower case words joined by underscores, e.g. {@code head_neck}, {@code undifferentiated_pleomorphic_sarcoma}; at most 48 characters. */
    private static final Pattern CODE = Pattern.compile("(?=.{1,48}$)[a-z][a-z0-9]*(_[a-z0-9]+)*");
    /** A run of 5 digits in a code: a record number rather than a term. */
    private static final Pattern DIGITS = Pattern.compile(".*\\d{5}.*");
    /** Dates with any separator (or none: 8 digits from 1900 on), and forms with a month's name ("4_mar_2021", "mar 4"). */
    private static final Pattern DATE = Pattern.compile("(?i).*(\\d{4}[-/._ ]\\d{1,2}[-/._ ]\\d{1,2}|\\d{1,2}[-/._ ]\\d{1,2}[-/._ ]\\d{2,4}|(19|20)\\d{2}[01]\\d[0-3]\\d"
            + "|(^|[^a-z])(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)[-/._ ]?\\d{1,4}([^0-9]|$)"
            + "|\\d{1,2}[-/._ ]?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)([^a-z]|$)).*");
    /** Fields checked against their own patterns, not for dates. */
    private static final Set<String> NOT_FREE_TEXT = Set.of("format", "pseudonym", "keyFingerprint");
    private static final Set<String> SEXES = Set.of("M", "F", "O");
    private static final Set<String> GRADES = Set.of("G1", "G2", "G3", "Gx");
    private static final Set<String> METHODS = Set.of("CT", "CT_TEMPLATE");
    private static final Set<String> RESPONSES = Set.of("CR", "PR", "SD", "PD", "NE");

    private SubmissionFiles() {
    }

    /** Checks a submission (as {@link #read} does) and writes it atomically: a temporary file beside {@code zip}, then a move. */
    public static Path write(Submission submission, Path zip) throws IOException, RegistryInputException {
        byte[] json = canonicalJson(submission);
        fromJson(zip.getFileName().toString(), json); // the same check as the registry's
        AtomicFiles.write(zip, tmp -> {
            try (OutputStream os = Files.newOutputStream(tmp); ZipOutputStream z = new ZipOutputStream(os)) {
                z.putNextEntry(new ZipEntry(ENTRY));
                z.write(json);
                z.closeEntry();
            }
        });
        return zip;
    }

    /** Reads and checks a submission zip; any problem is one line naming the file and the field. */
    public static Submission read(Path zip) throws RegistryInputException {
        byte[] json = null;
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null;) {
                if (!ENTRY.equals(e.getName()) || json != null) {
                    throw new RegistryInputException(zip + ": unexpected entry '" + e.getName() + "' (a submission holds only " + ENTRY + ")");
                }
                json = readLimited(z, zip);
            }
        } catch (IOException e) {
            throw new RegistryInputException(zip + ": not a readable submission zip: " + e.getMessage(), e);
        }
        if (json == null) {
            throw new RegistryInputException(zip + ": no " + ENTRY + " in the zip");
        }
        return fromJson(zip.toString(), json);
    }

    /** The submission id: SHA-256 (hex) of the canonical JSON. */
    public static String id(Submission submission) {
        return sha256(canonicalJson(submission));
    }

    /** SHA-256 (hex) of one patient's canonical JSON: a patient submitted again unchanged is recognised by it. */
    public static String patientSha256(Submission.Patient patient) {
        return sha256(patientJson(patient).toString().getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 (hex) of bytes: of a canonical JSON, the id of a submission or the hash of a patient's record. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The canonical JSON of a submission (fields in declaration order, nulls left out), UTF-8. */
    public static byte[] canonicalJson(Submission s) {
        JsonObject o = new JsonObject();
        o.addProperty("format", Submission.FORMAT);
        o.addProperty("centre", s.centre());
        o.addProperty("keyFingerprint", s.keyFingerprint());
        JsonArray patients = new JsonArray();
        for (Submission.Patient p : s.patients()) {
            patients.add(patientJson(p));
        }
        o.add("patients", patients);
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One patient's canonical JSON (kept in the registry's history when a newer follow-up replaces it). */
    public static JsonObject patientJson(Submission.Patient p) {
        JsonObject o = new JsonObject();
        put(o, "pseudonym", p.pseudonym());
        put(o, "ageBand", p.ageBand());
        put(o, "sex", p.sex());
        put(o, "location", p.location());
        put(o, "pathology", p.pathology());
        put(o, "grade", p.grade());
        put(o, "target", p.target());
        put(o, "tumourSizeCm", p.tumourSizeCm());
        put(o, "gtvCc", p.gtvCc());
        put(o, "rxGy", p.rxGy());
        put(o, "d90PlannedGy", p.d90PlannedGy());
        put(o, "v100PlannedPct", p.v100PlannedPct());
        put(o, "v150PlannedPct", p.v150PlannedPct());
        put(o, "d90PostGy", p.d90PostGy());
        put(o, "v100PostPct", p.v100PostPct());
        put(o, "v150PostPct", p.v150PostPct());
        put(o, "seeds", p.seeds());
        put(o, "needles", p.needles());
        put(o, "seedStrengthU", p.seedStrengthU());
        put(o, "seedActivityMci", p.seedActivityMci());
        put(o, "method", p.method());
        JsonArray fus = new JsonArray();
        for (Submission.FollowUp f : p.followUps()) {
            JsonObject fo = new JsonObject();
            fo.addProperty("monthsSinceImplant", f.monthsSinceImplant());
            put(fo, "response", f.response());
            fo.addProperty("localProgression", f.localProgression());
            if (!f.localControlAssessed()) {
                fo.addProperty("localControlAssessed", false);
            }
            fo.addProperty("death", f.death());
            put(fo, "kpsBefore", f.kpsBefore());
            put(fo, "kpsAfter", f.kpsAfter());
            put(fo, "painNrsBefore", f.painNrsBefore());
            put(fo, "painNrsAfter", f.painNrsAfter());
            JsonArray aes = new JsonArray();
            for (Submission.AdverseEvent a : f.adverseEvents()) {
                JsonObject ao = new JsonObject();
                put(ao, "category", a.category());
                ao.addProperty("term", a.term());
                ao.addProperty("grade", a.grade());
                aes.add(ao);
            }
            fo.add("adverseEvents", aes);
            fus.add(fo);
        }
        o.add("followUps", fus);
        return o;
    }

    /** Parses and checks a submission's JSON; {@code source} names it in messages. */
    public static Submission fromJson(String source, byte[] json) throws RegistryInputException {
        JsonElement root;
        try {
            root = JsonParser.parseString(new String(json, StandardCharsets.UTF_8));
        } catch (JsonParseException e) {
            throw new RegistryInputException(source + ": " + ENTRY + " is not JSON: " + e.getMessage(), e);
        }
        Fields top = new Fields(source, "", object(source, "", root), TOP);
        String format = top.text("format", true);
        if (!Submission.FORMAT.equals(format)) {
            throw new RegistryInputException(source + ": format: expected " + Submission.FORMAT + ", found " + format);
        }
        String centre = top.matching("centre", CENTRE, "a centre code (letters, digits, '_' or '-', at most 32)");
        String fingerprint = top.matching("keyFingerprint", KEY_FINGERPRINT, "a site key fingerprint KEY-XXXXXX");
        List<Submission.Patient> patients = new ArrayList<>();
        JsonArray array = top.array("patients");
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "patients[" + i + "]";
            Fields p = new Fields(source, at + ".", object(source, at, array.get(i)), PATIENT);
            String pseudonym = p.matching("pseudonym", PSEUDONYM, "a keyed-hash pseudonym OPENSABT-XXXXXXXXXX");
            if (!seen.add(pseudonym)) {
                throw new RegistryInputException(source + ": " + at + ".pseudonym: " + pseudonym + " appears twice in the submission");
            }
            String ageBand = p.optionalMatching("ageBand", AGE_BAND, "a five-year band such as 50-54, or 90+");
            if (ageBand != null && !ageBand.equals("90+")) {
                String[] b = ageBand.split("-");
                int lo = Integer.parseInt(b[0]);
                if (lo % 5 != 0 || Integer.parseInt(b[1]) != lo + 4 || lo > 85) {
                    throw new RegistryInputException(source + ": " + at + ".ageBand: " + ageBand + " is not a five-year band (e.g. 50-54; 90+ from 90 on)");
                }
            }
            List<Submission.FollowUp> followUps = new ArrayList<>();
            JsonArray fus = p.array("followUps");
            for (int j = 0; j < fus.size(); j++) {
                String fat = at + ".followUps[" + j + "]";
                Fields f = new Fields(source, fat + ".", object(source, fat, fus.get(j)), FOLLOW_UP);
                List<Submission.AdverseEvent> aes = new ArrayList<>();
                JsonArray aa = f.has("adverseEvents") ? f.array("adverseEvents") : new JsonArray();
                for (int k = 0; k < aa.size(); k++) {
                    String aat = fat + ".adverseEvents[" + k + "]";
                    Fields a = new Fields(source, aat + ".", object(source, aat, aa.get(k)), ADVERSE_EVENT);
                    aes.add(new Submission.AdverseEvent(a.optionalMatching("category", CODE, "a code such as procedure"),
                            a.matching("term", CODE, "a code such as skin_ulceration"), a.integer("grade", 1, 5, true)));
                }
                followUps.add(new Submission.FollowUp(f.number("monthsSinceImplant", 0, 600), f.oneOf("response", RESPONSES),
                        f.bool("localProgression"), !f.has("localControlAssessed") || f.bool("localControlAssessed"), f.bool("death"), f.integer("kpsBefore", 0, 100, false), f.integer("kpsAfter", 0, 100, false),
                        f.integer("painNrsBefore", 0, 10, false), f.integer("painNrsAfter", 0, 10, false), aes));
            }
            patients.add(new Submission.Patient(pseudonym, ageBand, p.oneOf("sex", SEXES), p.optionalMatching("location", CODE, "a code such as head_neck"),
                    p.optionalMatching("pathology", CODE, "a code such as fibrosarcoma"), p.oneOf("grade", GRADES),
                    p.optionalMatching("target", CODE, "a code such as local_recurrence"), p.decimal("tumourSizeCm", 0, 100), p.decimal("gtvCc", 0, 5000),
                    p.decimal("rxGy", 0, 1000), p.decimal("d90PlannedGy", 0, 5000), p.decimal("v100PlannedPct", 0, 100), p.decimal("v150PlannedPct", 0, 100),
                    p.decimal("d90PostGy", 0, 5000), p.decimal("v100PostPct", 0, 100), p.decimal("v150PostPct", 0, 100), p.integer("seeds", 0, 10000, false),
                    p.integer("needles", 0, 1000, false), p.decimal("seedStrengthU", 0, 100), p.decimal("seedActivityMci", 0, 100), p.oneOf("method", METHODS),
                    followUps));
        }
        return new Submission(centre, fingerprint, patients);
    }

    private static byte[] readLimited(InputStream in, Path zip) throws IOException, RegistryInputException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0;) {
            total += n;
            if (total > MAX_JSON_BYTES) {
                throw new RegistryInputException(zip + ": " + ENTRY + " is larger than " + (MAX_JSON_BYTES >> 20) + " MiB");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static JsonObject object(String source, String at, JsonElement e) throws RegistryInputException {
        if (e == null || !e.isJsonObject()) {
            throw new RegistryInputException(source + ": " + (at.isEmpty() ? "the top level" : at) + ": expected a JSON object");
        }
        return e.getAsJsonObject();
    }

    private static void put(JsonObject o, String key, String value) {
        if (value != null) {
            o.addProperty(key, value);
        }
    }

    private static void put(JsonObject o, String key, Number value) {
        if (value != null) {
            o.addProperty(key, value);
        }
    }

    /** One JSON object's fields: unknown ones are refused, each getter checks its field and names it. */
    private static final class Fields {
        private final String source;
        private final String prefix;
        private final JsonObject object;

        Fields(String source, String prefix, JsonObject object, Set<String> allowed) throws RegistryInputException {
            this.source = source;
            this.prefix = prefix;
            this.object = object;
            for (Map.Entry<String, JsonElement> e : object.entrySet()) {
                if (!allowed.contains(e.getKey())) {
                    throw fail(e.getKey(), "is not a field of a registry submission (names, IDs and dates are never submitted)");
                }
                if (!NOT_FREE_TEXT.contains(e.getKey())) { // (a random pseudonym may hold "12MAR4")
                    checkNoDate(e.getKey(), e.getValue());
                }
            }
        }

        private void checkNoDate(String key, JsonElement value) throws RegistryInputException {
            if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() && DATE.matcher(value.getAsString()).matches()) {
                throw fail(key, "'" + value.getAsString() + "' looks like a date (times are submitted as months since the implant)");
            }
        }

        RegistryInputException fail(String key, String why) {
            return new RegistryInputException(source + ": " + prefix + key + ": " + why);
        }

        boolean has(String key) {
            return object.has(key) && !object.get(key).isJsonNull();
        }

        String text(String key, boolean required) throws RegistryInputException {
            if (!has(key)) {
                if (required) {
                    throw fail(key, "is missing");
                }
                return null;
            }
            JsonElement e = object.get(key);
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                throw fail(key, "expected a text");
            }
            return e.getAsString();
        }

        String matching(String key, Pattern pattern, String what) throws RegistryInputException {
            String v = text(key, true);
            if (!pattern.matcher(v).matches()) {
                throw fail(key, "'" + v + "' is not " + what);
            }
            if (pattern == CODE && DIGITS.matcher(v).matches()) {
                throw fail(key, "'" + v + "' holds a run of 5 digits, like a record number (codes are terms)");
            }
            return v;
        }

        String optionalMatching(String key, Pattern pattern, String what) throws RegistryInputException {
            return has(key) ? matching(key, pattern, what) : null;
        }

        String oneOf(String key, Set<String> values) throws RegistryInputException {
            String v = text(key, false);
            if (v != null && !values.contains(v)) {
                throw fail(key, "'" + v + "' is not one of " + new java.util.TreeSet<>(values));
            }
            return v;
        }

        JsonArray array(String key) throws RegistryInputException {
            if (!has(key) || !object.get(key).isJsonArray()) {
                throw fail(key, "expected a list");
            }
            return object.get(key).getAsJsonArray();
        }

        private JsonPrimitive numeric(String key) throws RegistryInputException {
            JsonElement e = object.get(key);
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
                throw fail(key, "expected a number");
            }
            return e.getAsJsonPrimitive();
        }

        Double decimal(String key, double min, double max) throws RegistryInputException {
            if (!has(key)) {
                return null;
            }
            double v = numeric(key).getAsDouble();
            if (!Double.isFinite(v) || v < min || v > max) {
                throw fail(key, v + " is outside " + min + "–" + max);
            }
            return v;
        }

        double number(String key, double min, double max) throws RegistryInputException {
            Double v = decimal(key, min, max);
            if (v == null) {
                throw fail(key, "is missing");
            }
            return v;
        }

        Integer integer(String key, int min, int max, boolean required) throws RegistryInputException {
            if (!has(key)) {
                if (required) {
                    throw fail(key, "is missing");
                }
                return null;
            }
            double v = numeric(key).getAsDouble();
            if (v != Math.rint(v) || v < min || v > max) {
                throw fail(key, numeric(key).getAsString() + " is not a whole number in " + min + "–" + max);
            }
            return (int) v;
        }

        boolean bool(String key) throws RegistryInputException {
            if (!has(key) || !object.get(key).isJsonPrimitive() || !object.get(key).getAsJsonPrimitive().isBoolean()) {
                throw fail(key, "expected true or false");
            }
            return object.get(key).getAsBoolean();
        }
    }
}
