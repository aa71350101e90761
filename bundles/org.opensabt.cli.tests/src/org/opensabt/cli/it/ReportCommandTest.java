package org.opensabt.cli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * opensabt report: the plan report PDF of a planned phantom with a template (read back with PDFBox), its --json and text
 * output, and bad input refused in one line with no file written. The report is kept as target/it-work/report-P1.pdf.
 */
class ReportCommandTest {

    @TempDir
    static Path dir;
    static Path c;
    static JsonObject plan;

    @BeforeAll
    static void planAndTemplate() {
        c = dir.resolve("phantom");
        Cli.run(dir, "phantom", "--out", c, "--target-cc", 20).ok();
        plan = Cli.json(dir, "plan", "--case", c, "--target", "GTV", "--rx", 140, "--strength-mci", 0.6, "--needles", "grid:ap", "--plan-id", "P1").ok().result();
        Cli.run(dir, "template", "--case", c, "--plan", "P1", "--out", dir.resolve("template")).ok();
    }

    static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void writesTheReportOfAPlanWithItsTemplateDrawing() throws Exception {
        Path pdf = Fixtures.work().resolve("report-P1.pdf"); // kept under target/it-work to be looked at
        JsonObject r = Cli.json(dir, "report", "--case", c, "--plan", "P1", "--out", pdf, "--oar", "GTV:Dmax<10000").ok().result();
        assertEquals(pdf.toString(), r.get("file").getAsString());
        assertEquals("P1", r.get("planId").getAsString());
        assertEquals("DRAFT", r.get("status").getAsString());
        assertEquals(plan.get("needles").getAsInt(), r.get("needles").getAsInt());
        assertEquals(plan.get("seeds").getAsInt(), r.get("seeds").getAsInt());
        assertEquals(0, r.getAsJsonArray("notes").size(), () -> "the template drawing is in: " + r);
        assertEquals(5, r.getAsJsonArray("goals").size(), "D90, V100, V150, V200 and the OAR limit");
        String text = text(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(r.get("pages").getAsInt(), doc.getNumberOfPages());
        }
        assertTrue(text.contains("Needle template P1-template (drawing)"), text);
        assertTrue(text.contains("DRAFT — not for treatment"));
        assertTrue(text.contains("Needle table (" + plan.get("needles").getAsInt() + " needles, " + plan.get("seeds").getAsInt() + " seeds)"), text);
        assertTrue(text.contains("GTV Dmax (Gy) <= 10000.0 Gy"), "the --oar limit is checked");
        // the predicted local control, as the plan command gave it
        assertTrue(text.contains("Predicted local control"), text);
        JsonObject at36 = plan.getAsJsonObject("predictedLocalControl").getAsJsonArray("localControl").get(1).getAsJsonObject();
        assertTrue(text.contains(String.format(java.util.Locale.ROOT, "36 %.1f %.1f - %.1f", at36.get("percent").getAsDouble(),
                at36.get("lower95Percent").getAsDouble(), at36.get("upper95Percent").getAsDouble())), text);
        Path without = dir.resolve("report-no-prediction.pdf");
        Cli.json(dir, "report", "--case", c, "--plan", "P1", "--out", without, "--no-prediction").ok();
        assertFalse(text(without).contains("Predicted local control"));
        // the needle table against the template's own needles.csv (TemplateDesigner's numbers): hole, depth from the guide top, angle, seeds
        List<Map<String, String>> holes = Fixtures.csv(dir.resolve("template/needles.csv"));
        assertEquals(plan.get("needles").getAsInt(), holes.size());
        for (Map<String, String> h : holes) {
            String row = text.lines().filter(l -> l.matches("\\d+ " + Pattern.quote(h.get("hole_label")) + " " + Pattern.quote(h.get("needle_id")) + " .*"))
                    .findFirst().orElseThrow(() -> new AssertionError("no row of hole " + h + " in\n" + text));
            String[] cells = row.split(" ");
            // #, hole, needle, L, P, S, depth, "guide top", angle, seeds, loading from the tip (the shared needle table)
            assertEquals(Double.parseDouble(h.get("depth_from_guide_top_mm")), Double.parseDouble(cells[6]), 0.051, row);
            assertEquals("guide top", cells[7] + " " + cells[8], row);
            assertEquals(Double.parseDouble(h.get("angle_to_template_axis_deg")), Double.parseDouble(cells[9]), 0.051, row);
            assertEquals(Integer.parseInt(h.get("seeds")), Integer.parseInt(cells[10]), row);
            assertEquals(Integer.parseInt(h.get("seeds")), cells[11].chars().filter(ch -> ch == 'S').count(), "loading pattern: " + row);
            assertEquals(Double.parseDouble(h.get("entry_x_mm")), Double.parseDouble(cells[3].replace(",", "")), 0.051, row);
        }

        Cli.Run plain = Cli.run(dir, "report", "--case", c, "--plan", "P1", "--out", "again.pdf").ok();
        assertTrue(plain.out().startsWith("Wrote " + dir.resolve("again.pdf") + ": " + r.get("pages").getAsInt() + " pages, plan P1 (DRAFT)"), plain::toString);
        assertTrue(Files.size(dir.resolve("again.pdf")) > 10_000);
    }

    @Test
    void thePostImplantReportOfAStoredImplantFromTheCommandLine() throws Exception {
        Path pdf = dir.resolve("pi/report.pdf");
        Files.createDirectories(pdf.getParent());
        // no implant yet: one line, no file
        Cli.run(dir, "report", "--case", c, "--implant", "--out", pdf).refused("has no implant");
        Cli.run(dir, "report", "--case", c, "--out", pdf).refused("give --plan PLAN for the plan report, or --implant [ID]");
        // postplan --report into a folder that does not exist: refused before anything is stored
        Cli.run(dir, "postop-synth", "--case", c, "--out", dir.resolve("postop"), "--from-plan", "P1", "--random-seed", 5).ok();
        Cli.run(dir, "postplan", "--case", c, "--postop", dir.resolve("postop"), "--plan", "P1", "--report", dir.resolve("nowhere/r.pdf")).refused("nowhere",
                "does not exist", "nothing stored");
        assertFalse(Cli.run(dir, "info", c).ok().out().contains("implants 1"), "nothing stored");

        // postplan --report: the implant stored and its report written; the report's actual D90 is the evaluation's
        Path first = dir.resolve("pi/first.pdf");
        JsonObject post = Cli.json(dir, "postplan", "--case", c, "--postop", dir.resolve("postop"), "--plan", "P1", "--report", first).ok().result();
        assertEquals(first.toString(), post.getAsJsonObject("report").get("file").getAsString());
        assertTrue(Files.isRegularFile(dir.resolve("pi/first.json")));
        JsonObject firstJson = com.google.gson.JsonParser.parseString(Files.readString(dir.resolve("pi/first.json"))).getAsJsonObject();
        assertEquals(post.get("d90ActualGy").getAsDouble(), firstJson.getAsJsonObject("planVsActual").getAsJsonObject("GTV").getAsJsonObject("d90Gy")
                .get("actual").getAsDouble(), 1e-3);
        assertEquals(0, firstJson.getAsJsonObject("detection").get("missingSeeds").getAsInt(), "every planned seed is in the synthetic CT");
        assertTrue(firstJson.getAsJsonObject("detection").get("otherMetal").isJsonArray(), "the run's other metal is in its report");

        // a seed deleted by hand: its planned partner becomes the missing seed of the stored implant's report
        String deletedPartner = post.getAsJsonArray("seeds").get(0).getAsJsonObject().get("plannedSeedId").getAsString();
        Cli.run(dir, "postplan", "--case", c, "--from-implant", "P1-implant", "--delete-seed", "D001").ok();
        JsonObject r = Cli.json(dir, "report", "--case", c, "--implant", "P1-implant", "--out", pdf, "--oar", "GTV:Dmax<10000").ok().result();
        assertEquals(pdf.toString(), r.get("file").getAsString());
        assertEquals(dir.resolve("pi/report.json").toString(), r.get("jsonFile").getAsString());
        assertEquals("P1", r.get("planId").getAsString());
        assertEquals(1, r.getAsJsonObject("detection").get("missingSeeds").getAsInt());
        assertEquals(deletedPartner, r.getAsJsonObject("detection").getAsJsonArray("missingPlannedSeedIds").get(0).getAsString());
        assertEquals(firstJson.getAsJsonObject("detection").getAsJsonArray("otherMetal"), r.getAsJsonObject("detection").getAsJsonArray("otherMetal"),
                "the detection's other metal is kept with the implant and carried over by the re-evaluation");
        assertTrue(r.getAsJsonObject("detection").getAsJsonArray("edits").toString().contains("deleted D001"), r::toString);
        assertEquals(plan.get("seeds").getAsInt() - 1, r.getAsJsonArray("seeds").size());
        for (var e : r.getAsJsonArray("seeds")) {
            JsonObject s = e.getAsJsonObject();
            var p = s.getAsJsonArray("positionMm");
            var q = s.getAsJsonArray("plannedPositionMm");
            double d2 = 0;
            for (int k = 0; k < 3; k++) {
                d2 += Math.pow(p.get(k).getAsDouble() - q.get(k).getAsDouble(), 2);
            }
            assertEquals(Math.sqrt(d2), s.get("displacementMm").getAsDouble(), 1e-3, s::toString);
        }
        String text = text(pdf);
        assertTrue(text.contains("MISSING " + deletedPartner), text);
        assertTrue(text.contains("POST-IMPLANT, plan DRAFT"), text);
        Cli.Run plain = Cli.run(dir, "report", "--case", c, "--implant", "--out", pdf).ok();
        assertTrue(plain.out().startsWith("Wrote " + pdf + " and report.json: "), plain::toString);
        assertTrue(plain.out().contains("implant P1-implant of plan P1 (DRAFT); D90 planned "), plain::toString);
        assertTrue(plain.out().contains(", 1 missing, " + firstJson.getAsJsonObject("detection").getAsJsonArray("otherMetal").size() + " other metal object(s)"),
                plain::toString);

        Path bad = dir.resolve("pi/bad.pdf");
        Cli.run(dir, "report", "--case", c, "--implant", "NOPE", "--out", bad).refused("no implant 'NOPE'", "implants: P1-implant");
        Cli.run(dir, "report", "--case", c, "--implant", "--out", dir.resolve("missing/bad.pdf")).refused("missing", "does not exist");
        assertFalse(Files.exists(bad));
        assertFalse(Files.exists(dir.resolve("pi/bad.json")));
    }

    @Test
    void badInputIsOneLineAndWritesNothing() {
        Path pdf = dir.resolve("bad.pdf");
        Cli.run(dir, "report", "--case", c, "--plan", "NOPE", "--out", pdf).refused("has no plan 'NOPE'", "plans: P1");
        Cli.run(dir, "report", "--case", c, "--plan", "P1", "--out", dir.resolve("missing/bad.pdf")).refused("missing", "does not exist");
        Cli.run(dir, "report", "--case", c, "--plan", "P1", "--out", pdf, "--oar", "GTV:Dfoo<3").refused("--oar", "Dfoo");
        Cli.run(dir, "report", "--case", dir.resolve("no-case"), "--plan", "P1", "--out", pdf).refused("no-case");
        assertFalse(Files.exists(pdf));
        Cli.run(dir, "report", "--case", c, "--plan", "P1").failed(2, false, "--out");
    }
}
