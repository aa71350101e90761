package org.opensabt.cli.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The study analysis through the command line: the synthetic cohort's results equal R's reference file (R 4.2, survival,
 * rms), its tables recounted here from the CSV, bad rows named, any CSV analysed, a cohort built from follow-ups
 * (formerly tests/product-tests.sh).
 */
class OutcomesCommandsTest {

    private static final List<String> FIGURES = List.of("km-local-control-by-method", "km-overall-survival", "forest-univariate-lct",
            "forest-multivariate-lct", "forest-univariate-os", "forest-multivariate-os", "waterfall-pain", "waterfall-kps", "nomogram-local-control");

    @TempDir
    Path tmp;

    private static Path cohort() {
        return Fixtures.cohorts().resolve("sabt_synthetic_120.csv");
    }

    @Test
    void studyAnalysisEqualsRsHeadlineResultsWithFiguresAndReports() throws Exception {
        Path out = tmp.resolve("outcomes");
        Cli.json(tmp, "outcomes", "--cohort", cohort(), "--out", out, "--adverse-events", Fixtures.cohorts().resolve("sabt_synthetic_120.adverse_events.csv"))
                .ok();
        JsonObject r = JsonParser.parseString(Fixtures.read(out.resolve("outcomes.json"))).getAsJsonObject();
        JsonObject ref = JsonParser.parseString(Fixtures.read(Fixtures.cohorts().resolve("sabt_synthetic_120.reference.json"))).getAsJsonObject();
        for (String k : List.of("ORR", "DCR", "CR_rate")) {
            assertEquals(ref.get(k).getAsDouble(), r.get(k).getAsDouble(), 1e-12, k);
        }
        for (String e : List.of("lct", "os")) {
            JsonArray ours = r.getAsJsonObject("km").getAsJsonObject(e).getAsJsonObject("conf_type_log").getAsJsonArray("surv");
            JsonArray theirs = ref.getAsJsonObject("km").getAsJsonObject(e).getAsJsonObject("conf_type_log").getAsJsonArray("surv");
            for (int i = 0; i < Math.min(ours.size(), theirs.size()); i++) {
                assertEquals(theirs.get(i).getAsDouble(), ours.get(i).getAsDouble(), 1e-9, e + " surv[" + i + "]");
            }
        }
        byte[] pngMagic = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
        for (String f : FIGURES) {
            assertArrayEquals(pngMagic, java.util.Arrays.copyOf(Fixtures.bytes(out.resolve(f + ".png")), 8), f);
            String svg = Fixtures.read(out.resolve(f + ".svg"));
            assertTrue(svg.substring(0, Math.min(200, svg.length())).contains("<svg"), f);
        }
        assertEquals("%PDF-", new String(java.util.Arrays.copyOf(Fixtures.bytes(out.resolve("report.pdf")), 5), java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(Files.size(out.resolve("report.pdf")) > 50000);
        String html = Fixtures.read(out.resolve("report.html"));
        for (String f : FIGURES) {
            assertTrue(html.contains(f + ".png"), f);
        }
        tablesRecounted(r);
    }

    /** Table 1 (characteristics) and Table 2 (worst grade per patient and term) recounted here from the CSV files. */
    private static void tablesRecounted(JsonObject r) {
        List<Map<String, String>> rows = Fixtures.csv(cohort());
        int n = rows.size();
        List<Double> ages = new ArrayList<>(rows.stream().map(x -> Double.parseDouble(x.get("age"))).sorted().toList());
        double median = n % 2 == 1 ? ages.get(n / 2) : (ages.get(n / 2 - 1) + ages.get(n / 2)) / 2;
        JsonObject c = r.getAsJsonObject("characteristics");
        assertEquals(median, c.getAsJsonObject("age").get("median").getAsDouble(), 0.0);
        assertEquals(ages.get(0), c.getAsJsonObject("age").get("min").getAsDouble(), 0.0);
        assertEquals(ages.get(n - 1), c.getAsJsonObject("age").get("max").getAsDouble(), 0.0);
        for (String level : List.of("head_neck", "extremity")) {
            long k = rows.stream().filter(x -> x.get("location").equals(level)).count();
            JsonObject l = c.getAsJsonObject("location").getAsJsonObject("levels").getAsJsonObject(level);
            assertEquals(k, l.get("n").getAsLong(), level);
            assertEquals(100.0 * k / n, l.get("percent").getAsDouble(), 1e-9, level);
        }
        Map<List<String>, Integer> worst = new HashMap<>();
        for (Map<String, String> e : Fixtures.csv(Fixtures.cohorts().resolve("sabt_synthetic_120.adverse_events.csv"))) {
            worst.merge(List.of(e.get("category"), e.get("term"), e.get("patient_id")), Integer.parseInt(e.get("grade")), Math::max);
        }
        JsonObject ae = r.getAsJsonObject("adverse_events");
        int terms = 0;
        for (String cat : ae.keySet()) {
            for (String term : ae.getAsJsonObject(cat).keySet()) {
                terms++;
                JsonObject t = ae.getAsJsonObject(cat).getAsJsonObject(term);
                List<Integer> grades = worst.entrySet().stream().filter(w -> w.getKey().get(0).equals(cat) && w.getKey().get(1).equals(term))
                        .map(Map.Entry::getValue).toList();
                for (int g = 1; g <= 5; g++) {
                    final int grade = g;
                    assertEquals(grades.stream().filter(x -> x == grade).count(), t.getAsJsonObject("grade" + g).get("n").getAsLong(), cat + "/" + term + " G" + g);
                }
                assertEquals(grades.size(), t.getAsJsonObject("any").get("n").getAsInt(), cat + "/" + term);
                assertEquals(grades.stream().filter(x -> x >= 3).count(), t.getAsJsonObject("grade3plus").get("n").getAsLong(), cat + "/" + term);
                assertEquals(100.0 * grades.size() / n, t.getAsJsonObject("any").get("percent").getAsDouble(), 1e-9, cat + "/" + term);
            }
        }
        Set<List<String>> distinct = new HashSet<>();
        worst.keySet().forEach(k -> distinct.add(List.of(k.get(0), k.get(1))));
        assertEquals(distinct.size(), terms);
    }

    @Test
    void tumourResponseWaterfallWhenTheCohortHasTumourChange() {
        List<String> lines = List.of(Fixtures.read(cohort()).split("\\R"));
        String[] header = lines.get(0).split(",", -1);
        int response = List.of(header).indexOf("response");
        Map<String, Double> change = Map.of("CR", -100.0, "PR", -45.0, "SD", -5.0, "PD", 30.0);
        StringBuilder csv = new StringBuilder(lines.get(0) + ",tumor_change_pct\n");
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            csv.append(lines.get(i)).append(',').append(change.get(cells[response]) + ((i - 1) % 7)).append('\n');
        }
        Path withSize = Fixtures.write(tmp.resolve("cohort-with-size.csv"), csv.toString());
        Path out = tmp.resolve("outcomes-size");
        Cli.run(tmp, "outcomes", "--cohort", withSize, "--out", out).ok();
        assertTrue(Fixtures.bytes(out.resolve("waterfall-tumour-response.png")).length > 0);
        assertTrue(Fixtures.read(out.resolve("report.html")).contains("waterfall-tumour-response.png"));
    }

    @Test
    void unknownCategoryCodesAreListedByRowAndNothingWritten() {
        String bad = Fixtures.read(cohort()).replaceAll(",CT_TEMPLATE,(CR|PR|SD|PD),", ",MRI,$1,");
        Path csv = Fixtures.write(tmp.resolve("bad-cohort.csv"), bad);
        Cli.run(tmp, "outcomes", "--cohort", csv, "--out", tmp.resolve("outcomes-bad")).refused("column method: unknown code(s) in row(s) P0", "'MRI'");
        assertFalse(Files.exists(tmp.resolve("outcomes-bad/outcomes.json")));
    }

    @Test
    void anyCsvWithTimeEventModelAndReference() {
        JsonObject r = Cli.json(tmp, "outcomes", "--cohort", cohort(), "--out", tmp.resolve("custom"), "--time", "os_months", "--event", "death", "--model",
                "age + grade", "--ref", "grade=G3").ok().result();
        JsonArray terms = r.getAsJsonObject("cox").getAsJsonObject("efron").getAsJsonArray("terms");
        List<String> names = terms.asList().stream().map(t -> t.getAsJsonObject().get("term").getAsString()).toList();
        assertEquals(List.of("age", "gradeG1", "gradeG2", "gradeGx"), names);
        assertEquals(120, r.get("N").getAsInt());
        assertEquals("G3", terms.get(1).getAsJsonObject().get("reference").getAsString());
    }

    /** Follow-ups recorded with 'followup' in copies of a case, analysed with --cases: first progression, best response, last visit. */
    @Test
    void followUpsMakeACohort() {
        Path cases = tmp.resolve("cohort-cases");
        for (int i = 1; i <= 4; i++) {
            Fixtures.copyCase(Fixtures.stsCase(), cases.resolve("p" + i));
        }
        for (int i = 1; i <= 4; i++) {
            Cli.run(tmp, "followup", "--case", cases.resolve("p" + i), "--months", 3, "--response", "PR", "--kps-before", 80, "--kps-after", 90,
                    "--pain-before", 6, "--pain-after", i).ok();
        }
        Cli.run(tmp, "followup", "--case", cases.resolve("p1"), "--months", 7.5, "--response", "PD", "--local-progression").ok();
        Cli.run(tmp, "followup", "--case", cases.resolve("p2"), "--months", 12, "--response", "CR", "--death").ok();
        Cli.run(tmp, "followup", "--case", cases.resolve("p3"), "--months", 18, "--response", "CR").ok();
        Cli.run(tmp, "followup", "--case", cases.resolve("p4"), "--months", 5, "--response", "XX").failed(1, false, "--response takes CR, PR, SD, PD or NE");

        Path out = tmp.resolve("outcomes-cases");
        JsonObject r = Cli.json(tmp, "outcomes", "--cases", cases, "--out", out).ok().result();
        List<Map<String, String>> rows = Fixtures.csv(out.resolve("cohort.csv"));
        assertEquals(List.of("7.5", "12.0", "18.0", "3.0"), rows.stream().map(x -> x.get("lct_months")).toList());
        assertEquals(List.of("1", "0", "0", "0"), rows.stream().map(x -> x.get("local_progression")).toList());
        assertEquals(List.of("0", "1", "0", "0"), rows.stream().map(x -> x.get("death")).toList());
        assertEquals(List.of("PR", "CR", "CR", "PR"), rows.stream().map(x -> x.get("response")).toList());
        assertEquals(4, r.get("N").getAsInt());
        assertEquals(1, r.getAsJsonObject("km").getAsJsonObject("lct").get("events").getAsInt());
        assertEquals(1, r.getAsJsonObject("km").getAsJsonObject("os").get("events").getAsInt());
        assertEquals(1, r.get("ORR").getAsDouble(), 1e-12);
        assertEquals(4, r.getAsJsonObject("rates").get("n_pain_relieved").getAsInt());
        JsonElement oneLevel = r.getAsJsonObject("meta").get("covariates_with_one_level");
        assertTrue(oneLevel != null && !oneLevel.isJsonNull() && (!oneLevel.isJsonArray() || oneLevel.getAsJsonArray().size() > 0), r::toString);

        // two of those cases are too few for the study's models: an answer or one line of bad input, never an internal error (exit 70)
        Path two = tmp.resolve("two-cases");
        Fixtures.copyCase(cases.resolve("p1"), two.resolve("p1"));
        Fixtures.copyCase(cases.resolve("p2"), two.resolve("p2"));
        Cli.Run small = Cli.run(tmp, "outcomes", "--cases", two, "--out", tmp.resolve("outcomes-two"));
        System.out.println("outcomes --cases on two cases: " + small);
        if (small.code() != 0) {
            small.refused("2 patients");
        }
    }
}
