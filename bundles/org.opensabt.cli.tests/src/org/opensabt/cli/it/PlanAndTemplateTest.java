package org.opensabt.cli.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Inverse planning and 3D-printed needle templates through the command line: the 60 cc phantom with an OAR 5 mm away and a
 * bone slab in both needle modes (needle paths checked here by analytic geometry), impossible requests, re-planning, the
 * STS case; templates checked by admesh and PrusaSlicer (tests/check-stl.sh) and their holes measured on the STL
 * (tests/measure-holes.py) (formerly tests/product-tests.sh).
 */
class PlanAndTemplateTest {

    @TempDir
    static Path dir;
    /** phantom --target-cc 60 --oar-gap-mm 5 --bone-slab, with plans free60 (free:ap:60) and grid60 (grid:rl). */
    static Path phantom;
    static JsonObject free60;
    static JsonObject grid60;

    @BeforeAll
    static void planThePhantom() {
        phantom = Fixtures.copyCase(Fixtures.phantom60(), dir.resolve("phantom60"));
        free60 = Cli.json(dir, "plan", "--case", phantom, "--target", "GTV", "--rx", 140, "--strength-mci", 0.7, "--needles", "free:ap:60", "--oar",
                "OAR:D0.1cc<100", "--plan-id", "free60").ok().result();
        grid60 = Cli.json(dir, "plan", "--case", phantom, "--target", "GTV", "--rx", 140, "--strength-mci", 0.7, "--needles", "grid:rl", "--oar",
                "OAR:D0.1cc<100", "--plan-id", "grid60").ok().result();
    }

    private static Map<String, JsonObject> structures(JsonObject stats) {
        Map<String, JsonObject> out = new HashMap<>();
        for (JsonElement s : stats.getAsJsonArray("structures")) {
            out.put(s.getAsJsonObject().get("name").getAsString(), s.getAsJsonObject());
        }
        return out;
    }

    private static double value(JsonObject plan, String structure, String metric) {
        return plan.getAsJsonObject("metrics").getAsJsonObject(structure).getAsJsonObject(metric).get("value").getAsDouble();
    }

    private static double[] vec(JsonElement a) {
        JsonArray arr = a.getAsJsonArray();
        return new double[] { arr.get(0).getAsDouble(), arr.get(1).getAsDouble(), arr.get(2).getAsDouble() };
    }

    /** The plan's predicted local control is the shipped model's for the plan's own GTV volume and D90 (the numbers against R: LocalControlModelTest). */
    @Test
    void aPlanPredictsLocalControlFromItsGtvAndD90() {
        JsonObject p = free60.getAsJsonObject("predictedLocalControl");
        assertEquals(value(free60, "GTV", "D90"), p.get("d90Gy").getAsDouble(), 1e-9);
        assertEquals(60, p.get("gtvCc").getAsDouble(), 0.6);
        assertEquals("CT_TEMPLATE", p.get("method").getAsString());
        JsonArray points = p.getAsJsonArray("localControl");
        assertEquals(3, points.size());
        for (JsonElement e : points) {
            JsonObject pt = e.getAsJsonObject();
            assertTrue(pt.get("lower95Percent").getAsDouble() <= pt.get("percent").getAsDouble() && pt.get("percent").getAsDouble() <= pt.get("upper95Percent")
                    .getAsDouble(), pt::toString);
        }
        JsonObject same = Cli.json(dir, "lc-model", "--gtv-cc", p.get("gtvCc").getAsDouble(), "--d90-gy", p.get("d90Gy").getAsDouble(), "--method", "CT_TEMPLATE")
                .ok().result();
        assertEquals(same.getAsJsonArray("localControl"), points);
        assertTrue(p.getAsJsonArray("warnings").toString().contains("dichotomised at 60 cc"), p::toString);
        assertTrue(p.getAsJsonObject("at36MonthsWithTemplate").get("percent").getAsDouble() > p.getAsJsonObject("at36MonthsWithoutTemplate").get("percent")
                .getAsDouble());
        Cli.json(dir, "lc-model", "--model", "no-such-model", "--gtv-cc", 30, "--d90-gy", 140).refused("neither a shipped model");
        assertEquals(2, Cli.json(dir, "lc-model").ok().result().getAsJsonArray("models").size());
    }

    @Test
    void phantomHasTheStructuresAskedFor() {
        Map<String, JsonObject> s = structures(Cli.json(dir, "contour", "stats", "--case", Fixtures.phantom60()).ok().result());
        assertEquals(java.util.Set.of("BODY", "GTV", "OAR", "BONE"), s.keySet());
        assertEquals(60, s.get("GTV").get("volumeCc").getAsDouble(), 0.6);
        assertEquals("AVOID", s.get("BONE").get("type").getAsString());
        assertEquals(4.0 / 3 * Math.PI * Math.pow(0.8, 3), s.get("OAR").get("volumeCc").getAsDouble(), 0.1);
        Path rs = dir.resolve("phantom60-RS.dcm");
        Cli.run(dir, "export", "--case", Fixtures.phantom60(), "--what", "rtstruct", "--out", rs).ok();
        // A phantom has no CT images to reference: the export names the frame of reference alone (no empty Type 1
        // Contour Image Sequence); dciodvfy must find no error at all.
        List<String> errors = Fixtures.dciodvfyErrors(rs);
        assertEquals(List.of(), errors);
    }

    /**
     * Independent check of a plan's needles on the 60 cc phantom: none crosses the bone slab's box or the OAR sphere
     * (analytic geometry of the phantom: GTV sphere of radius R at the origin, OAR of radius 8 mm at R + 5 + 8 on x,
     * slab |x|,|z| ≤ 30 mm, −R−15 ≤ y ≤ −R−5); goals met; fewer seeds than uniform loading.
     */
    private static void needlesClearOfBoneAndOar(JsonObject r) {
        double radius = Math.cbrt(3 * 60000 / (4 * Math.PI));
        double[] oar = { radius + 5 + 8, 0, 0 };
        for (JsonElement e : r.getAsJsonArray("needleList")) {
            JsonObject n = e.getAsJsonObject();
            double[] entry = vec(n.get("entryMm"));
            double[] tip = vec(n.get("tipMm"));
            for (int k = 0; k <= 400; k++) {
                double[] p = new double[3];
                for (int i = 0; i < 3; i++) {
                    p[i] = entry[i] + (tip[i] - entry[i]) * k / 400;
                }
                boolean inSlab = -30 <= p[0] && p[0] <= 30 && -radius - 15 <= p[1] && p[1] <= -radius - 5 && -30 <= p[2] && p[2] <= 30;
                assertFalse(inSlab, () -> "needle " + n.get("id") + " crosses the bone slab");
                double d = Math.sqrt(Math.pow(p[0] - oar[0], 2) + Math.pow(p[1] - oar[1], 2) + Math.pow(p[2] - oar[2], 2));
                assertTrue(d > 8, () -> "needle " + n.get("id") + " crosses the OAR");
            }
        }
        assertTrue(value(r, "GTV", "D90") >= 140 && value(r, "GTV", "V100") >= 95, r.getAsJsonObject("metrics")::toString);
        assertTrue(value(r, "OAR", "D0.1cc") < 100, r.getAsJsonObject("metrics")::toString);
        assertTrue(r.get("seeds").getAsInt() < r.getAsJsonObject("baselineUniformLoading").get("seeds").getAsInt());
        assertTrue(r.get("needles").getAsInt() >= 1);
    }

    @Test
    void freeNeedlesFromTheFrontGoAroundTheBoneSlab() {
        needlesClearOfBoneAndOar(free60);
    }

    @Test
    void lateralTemplateNeedlesKeepTheOar() {
        needlesClearOfBoneAndOar(grid60);
    }

    @Test
    void impossibleRequests() {
        Path c = Fixtures.copyCase(Fixtures.phantom60(), dir.resolve("impossible"));
        String before = Fixtures.sha256(c.resolve("case.xmi"));
        Cli.json(dir, "plan", "--case", c, "--target", "GTV", "--rx", 140, "--strength-mci", 0.7, "--needles", "grid:ap", "--oar", "OAR:D0.1cc<100")
                .failed(1, false, "crossing BONE");
        Cli.Run limited = Cli.run(dir, "plan", "--case", c, "--target", "GTV", "--rx", 140, "--strength-mci", 0.7, "--needles", "grid:rl", "--max-needles", 3,
                "--plan-id", "limited").failed(1, false, "needle limit 3 was reached");
        assertTrue(java.util.regex.Pattern.compile("V100 [0-9.]+ % is [0-9.]+ points below the goal").matcher(limited.err()).find(), limited::toString);
        assertEquals(before, Fixtures.sha256(c.resolve("case.xmi")), "nothing stored");
        Cli.run(dir, "plan", "--case", c, "--target", "GTV", "--rx", 140, "--strength-mci", 0.7, "--needles", "grid:rl", "--oar", "GTV:Dmax<50")
                .failed(1, false, "not an OAR structure");
        Cli.run(dir, "plan", "--case", c, "--target", "GTV", "--rx", 140, "--strength-mci", 0.7, "--needles", "sideways")
                .refused("grid:<dir>, free or free:<dir>");
    }

    /** Intra-operative re-plan on the stored plan's needles. */
    @Test
    void replanFromTheStoredPlansNeedles() {
        Path c = Fixtures.copyCase(phantom, dir.resolve("replan"));
        JsonObject b = Cli.json(dir, "plan", "--case", c, "--target", "GTV", "--rx", 140, "--strength-mci", 0.7, "--replan-from", "free60", "--oar",
                "OAR:D0.1cc<100").ok().result();
        List<String> planned = new ArrayList<>();
        free60.getAsJsonArray("needleList").forEach(n -> planned.add(n.getAsJsonObject().get("id").getAsString()));
        assertEquals("free60-replan", b.get("planId").getAsString());
        b.getAsJsonArray("needleList").forEach(n -> assertTrue(planned.contains(n.getAsJsonObject().get("id").getAsString()), n::toString));
        assertTrue(b.get("seeds").getAsInt() <= free60.get("seeds").getAsInt());
        assertTrue(b.getAsJsonArray("notes").asList().stream().anyMatch(n -> n.getAsString().contains("re-plan started from")), b::toString);
        assertTrue(value(b, "GTV", "D90") >= 140 && value(b, "GTV", "V100") >= 95, b.getAsJsonObject("metrics")::toString);
    }

    /** Needles as inserted (1.5 mm off the planned tip): every seed on a needle as inserted, goals met; a bad number named. */
    @Test
    void replanOnInsertedNeedles() {
        Path c = Fixtures.copyCase(phantom, dir.resolve("inserted"));
        StringBuilder csv = new StringBuilder("needle_id,entry_x_mm,entry_y_mm,entry_z_mm,tip_x_mm,tip_y_mm,tip_z_mm\n");
        Map<String, double[][]> inserted = new HashMap<>();
        for (JsonElement e : free60.getAsJsonArray("needleList")) {
            JsonObject n = e.getAsJsonObject();
            double[] en = vec(n.get("entryMm"));
            double[] t = vec(n.get("tipMm"));
            double[] tipInserted = { t[0] + 1.5, t[1], t[2] - 1.0 };
            inserted.put(n.get("id").getAsString(), new double[][] { en, tipInserted });
            csv.append(String.format(Locale.ROOT, "%s,%f,%f,%f,%f,%f,%f%n", n.get("id").getAsString(), en[0], en[1], en[2], tipInserted[0], tipInserted[1],
                    tipInserted[2]));
        }
        Path file = Fixtures.write(dir.resolve("inserted.csv"), csv.toString());
        JsonObject r = Cli.json(dir, "plan", "--case", c, "--target", "GTV", "--rx", 140, "--strength-mci", 0.7, "--inserted-needles", file, "--oar",
                "OAR:D0.1cc<100", "--plan-id", "as-inserted").ok().result();
        assertTrue(value(r, "GTV", "D90") >= 140 && value(r, "GTV", "V100") >= 95, r.getAsJsonObject("metrics")::toString);
        for (JsonElement e : r.getAsJsonArray("needleList")) {
            JsonObject n = e.getAsJsonObject();
            double[][] want = inserted.get(n.get("id").getAsString());
            assertArrayEquals(want[0], vec(n.get("entryMm")), 1e-6);
            assertArrayEquals(want[1], vec(n.get("tipMm")), 1e-6);
        }
        // third line, second field not a number
        List<String> lines = new ArrayList<>(List.of(csv.toString().split("\n")));
        lines.set(2, lines.get(2).replaceFirst("^([^,]*),([^,]*),", "$1,abc,"));
        Path bad = Fixtures.write(dir.resolve("inserted-bad.csv"), String.join("\n", lines) + "\n");
        Cli.run(dir, "plan", "--case", c, "--target", "GTV", "--rx", 140, "--strength-mci", 0.7, "--inserted-needles", bad)
                .refused("inserted-bad.csv:3: entry_x_mm 'abc' is not a number");
    }

    /** The real STS case (BODY, no bone structure) with AP template needles. */
    @Test
    void stsCaseWithTemplateNeedlesFromTheFront() {
        Path c = Fixtures.copyCase(Fixtures.stsBodyCase(), dir.resolve("sts-plan"));
        JsonObject r = Cli.json(dir, "plan", "--case", c, "--target", Fixtures.TARGET, "--rx", 140, "--strength-mci", 0.7, "--needles", "grid:ap").ok().result();
        assertTrue(value(r, Fixtures.TARGET, "D90") >= 140 && value(r, Fixtures.TARGET, "V100") >= 95, r.getAsJsonObject("metrics")::toString);
    }

    static Fixtures.Tool checkStl(Path dir, Path stl) {
        return Fixtures.tool(dir, "bash", Fixtures.repo().resolve("tests/check-stl.sh"), stl, dir.resolve("stl")).ok("admesh/PrusaSlicer on " + stl);
    }

    static void measureHoles(Path dir, Path template) {
        Fixtures.tool(dir, "python3", Fixtures.repo().resolve("tests/measure-holes.py"), template.resolve("template.stl"), template.resolve("needles.json"))
                .ok("hole axes measured on " + template);
    }

    /** Oblique, non-coplanar free needles (60 cc phantom with an OAR, no slab): one printable part, a hole per needle. */
    @Test
    void templateOfFreeObliqueNeedles() {
        Path c = dir.resolve("phantom60o");
        Cli.run(dir, "phantom", "--out", c, "--target-cc", 60, "--oar-gap-mm", 5).ok();
        JsonObject plan = Cli.json(dir, "plan", "--case", c, "--target", "GTV", "--rx", 140, "--strength-mci", 0.7, "--needles", "free:ap:30", "--oar",
                "OAR:D0.1cc<100", "--plan-id", "free30").ok().result();
        Path out = dir.resolve("template-free30");
        JsonObject t = Cli.json(dir, "template", "--case", c, "--plan", "free30", "--out", out).ok().result();
        List<Map<String, String>> rows = Fixtures.csv(out.resolve("needles.csv"));
        assertTrue(t.get("closedOrientedManifold").getAsBoolean());
        assertEquals(1, t.get("parts").getAsInt());
        assertEquals(plan.get("needles").getAsInt(), rows.size());
        assertEquals(rows.size(), t.getAsJsonArray("holes").size());
        List<Double> angles = rows.stream().map(x -> Double.parseDouble(x.get("angle_to_template_axis_deg"))).toList();
        assertTrue(java.util.Collections.max(angles) - java.util.Collections.min(angles) > 5, () -> "needles parallel: " + angles);
        assertTrue(rows.stream().allMatch(x -> Integer.parseInt(x.get("seeds")) >= 1));
        assertEquals(plan.get("seeds").getAsInt(), rows.stream().mapToInt(x -> Integer.parseInt(x.get("seeds"))).sum());
        byte[] png = Fixtures.bytes(out.resolve("drawing.png"));
        assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, java.util.Arrays.copyOf(png, 4), "drawing.png is a PNG");
        checkStl(dir, out.resolve("template.stl"));
        measureHoles(dir, out);
    }

    @Test
    void templatesOfThePhantomPlans() {
        Path c = Fixtures.copyCase(phantom, dir.resolve("templates"));
        Cli.Run refused = Cli.run(dir, "template", "--case", c, "--plan", "free60", "--out", dir.resolve("template-free60")).failed(1, false);
        assertTrue(refused.err().contains("one plate cannot guide it") || refused.err().contains("too different directions"), refused::toString);
        assertFalse(Files.exists(dir.resolve("template-free60/template.stl")), "nothing written");

        Cli.Run grid = Cli.run(dir, "template", "--case", c, "--plan", "grid60", "--out", dir.resolve("template-grid60"), "--needle-gauge", 17, "--thickness-mm", 6)
                .ok();
        assertTrue(grid.out().contains("Ø1.67 mm (17 G), plate 6.0 mm"), grid::toString);
        checkStl(dir, dir.resolve("template-grid60/template.stl"));
        assertTrue(Cli.run(dir, "info", c).ok().out().contains("templates 1"), "template recorded in the case");

        Path oneSeed = Fixtures.write(dir.resolve("one-seed.csv"), "seed_id,needle,x_mm,y_mm,z_mm\n1,A,0,0,0\n");
        Cli.run(dir, "dose", "--case", c, "--seeds", oneSeed, "--strength-U", 0.5, "--prescription-Gy", 100, "--target", "GTV", "--plan-id", "no-needles").ok();
        Cli.Run none = Cli.run(dir, "template", "--case", c, "--plan", "no-needles", "--out", dir.resolve("template-none")).failed(1, false, "has no needles");
        assertEquals(2, none.errLines().size(), none::toString);
        assertFalse(Files.exists(dir.resolve("template-none/template.stl")));
    }
}
