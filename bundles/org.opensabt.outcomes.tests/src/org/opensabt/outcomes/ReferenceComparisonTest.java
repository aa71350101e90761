package org.opensabt.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Every number of R's reference results for the synthetic cohort (survival 3.5-3, stats 4.2.2) that
 * the module computes, compared key by key: relative difference ≤ 1e-6. Reference keys the module
 * does not compute are listed explicitly; any other missing key fails.
 */
class ReferenceComparisonTest {

    static final Path COHORTS = Path.of("../../demo-data/cohorts").toAbsolutePath().normalize();

    /** Reference keys that are descriptive meta data, not results. */
    static final Set<String> NOT_COMPUTED = Set.of("meta", "km_std_err");

    @TempDir
    Path tmp;

    private final List<String> mismatches = new ArrayList<>();
    private final Set<String> missing = new TreeSet<>();
    private int compared;

    @Test
    void everyReferenceNumberMatchesR() throws Exception {
        Map<String, Object> ours = SabtStudy.run(CohortTable.read(COHORTS.resolve("sabt_synthetic_120.csv")), Map.of());
        Gson gson = new GsonBuilder().serializeNulls().serializeSpecialFloatingPointValues().create();
        JsonElement mine = JsonParser.parseString(gson.toJson(ours));
        JsonElement reference = JsonParser.parseString(Files.readString(COHORTS.resolve("sabt_synthetic_120.reference.json")));
        compare("", reference, mine);
        assertTrue(mismatches.isEmpty(), mismatches.size() + " mismatches of " + compared + ":\n" + String.join("\n", mismatches.subList(0,
                Math.min(60, mismatches.size()))));
        for (String key : missing) {
            String last = key.substring(key.lastIndexOf('/') + 1);
            assertTrue(NOT_COMPUTED.contains(last), "reference key not computed: " + key);
        }
        assertTrue(compared > 2000, "only " + compared + " numbers compared");
    }

    private void compare(String path, JsonElement ref, JsonElement mine) {
        if (path.equals("/meta")) {
            return;
        }
        if (mine == null) {
            missing.add(path);
            return;
        }
        if (ref.isJsonObject()) {
            if (!mine.isJsonObject()) {
                mismatches.add(path + ": object expected");
                return;
            }
            JsonObject m = mine.getAsJsonObject();
            for (Map.Entry<String, JsonElement> e : ref.getAsJsonObject().entrySet()) {
                compare(path + "/" + e.getKey(), e.getValue(), m.get(e.getKey()));
            }
        } else if (ref.isJsonArray()) {
            JsonArray r = ref.getAsJsonArray();
            JsonArray m = mine.isJsonArray() ? mine.getAsJsonArray() : null;
            if (m == null || m.size() != r.size()) {
                mismatches.add(path + ": " + r.size() + " items in R, " + (m == null ? "none" : m.size()) + " here");
                return;
            }
            boolean terms = path.endsWith("/terms");
            for (int i = 0; i < r.size(); i++) {
                JsonElement counterpart = m.get(i);
                if (terms) { // model terms: matched by name (factor level order may differ)
                    String name = r.get(i).getAsJsonObject().get("term").getAsString();
                    counterpart = null;
                    for (JsonElement t : m) {
                        if (t.getAsJsonObject().get("term").getAsString().equals(name)) {
                            counterpart = t;
                        }
                    }
                    if (counterpart == null) {
                        mismatches.add(path + ": no term " + name);
                        continue;
                    }
                }
                compare(path + "[" + i + "]", r.get(i), counterpart);
            }
        } else if (ref.isJsonNull()) {
            if (!mine.isJsonNull()) {
                mismatches.add(path + ": R has NA, here " + mine);
            }
        } else if (ref.getAsJsonPrimitive().isNumber()) {
            compared++;
            if (!mine.isJsonPrimitive() || !mine.getAsJsonPrimitive().isNumber()) {
                mismatches.add(path + ": R " + ref + ", here " + mine);
                return;
            }
            double a = ref.getAsDouble();
            double b = mine.getAsDouble();
            // summary.coxph prints the Wald statistic rounded to 2 decimals
            double tolerance = path.endsWith("wald_test/chisq") ? 0.005 + 1e-9 : 1e-6 * Math.max(Math.abs(a), Math.abs(b)) + 1e-300;
            if (!(Math.abs(a - b) <= tolerance)) {
                mismatches.add(String.format(java.util.Locale.ROOT, "%s: R %.15g, here %.15g (relative %.2g)", path, a, b, Math.abs(a - b) / Math.abs(a)));
            }
        } else if (ref.getAsJsonPrimitive().isBoolean()) {
            compared++;
            if (!ref.equals(mine)) {
                mismatches.add(path + ": R " + ref + ", here " + mine);
            }
        } else if (!path.endsWith("formula") && !ref.equals(mine)) {
            mismatches.add(path + ": R \"" + ref.getAsString() + "\", here " + mine);
        }
    }

    @Test
    void badRowsAreListedNotDropped() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(COHORTS.resolve("sabt_synthetic_120.csv")));
        lines.set(3, lines.get(3).replaceFirst(",(CT|CT_TEMPLATE),(CR|PR|SD|PD),", ",CT,XX,"));
        lines.set(7, lines.get(7).replaceFirst(",CT(_TEMPLATE)?,", ",MRI,"));
        Path bad = tmp.resolve("bad.csv");
        Files.write(bad, lines);
        OutcomeInputException e = assertThrows(OutcomeInputException.class, () -> SabtStudy.run(CohortTable.read(bad), Map.of()));
        assertTrue(e.getMessage().contains("method") && e.getMessage().contains("P00007") && e.getMessage().contains("'MRI'"), e.getMessage());

        List<String> times = new ArrayList<>(Files.readAllLines(COHORTS.resolve("sabt_synthetic_120.csv")));
        String[] cells = times.get(5).split(",", -1);
        cells[cells.length - 3] = "2";   // local_progression
        times.set(5, String.join(",", cells));
        String[] zero = times.get(9).split(",", -1);
        zero[zero.length - 4] = "0";     // lct_months
        times.set(9, String.join(",", zero));
        Path badTimes = tmp.resolve("times.csv");
        Files.write(badTimes, times);
        OutcomeInputException t = assertThrows(OutcomeInputException.class, () -> SabtStudy.run(CohortTable.read(badTimes), Map.of()));
        assertTrue(t.getMessage().contains("lct_months must be a positive time") && t.getMessage().contains("P00009"), t.getMessage());

        List<String> gaps = new ArrayList<>(Files.readAllLines(COHORTS.resolve("sabt_synthetic_120.csv")));
        String[] g = gaps.get(2).split(",", -1);
        g[2] = "NA"; // age
        gaps.set(2, String.join(",", g));
        Path missingAge = tmp.resolve("gaps.csv");
        Files.write(missingAge, gaps);
        Map<String, Object> r = SabtStudy.run(CohortTable.read(missingAge), Map.of());
        assertEquals(119, r.get("N"));
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) r.get("meta");
        assertEquals(Map.of("age_ge55", 1), meta.get("rows_dropped_missing"));
        assertEquals(java.util.List.of("P00002"), meta.get("rows_dropped_ids"));
    }
}
