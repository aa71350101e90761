package org.opensabt.cli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Post-implant dosimetry through the command line: synthetic post-operative CTs written as DICOM from the STS CT with 30,
 * 80 and 200 seeds (10 % in touching pairs), seeds found by 'postplan' and measured against the generator's truth (also
 * by brute force here); frames, edits, refusals (formerly tests/product-tests.sh).
 */
class PostplanCommandsTest {

    @TempDir
    static Path dir;
    /** The STS case with the demo's plan; the implants of the tests are added to it. */
    static Path postCase;

    @BeforeAll
    static void plannedCase() {
        postCase = Fixtures.copyCase(Fixtures.plannedCase(), dir.resolve("post-case"));
    }

    private static double[] vec(JsonElement a) {
        JsonArray arr = a.getAsJsonArray();
        return new double[] { arr.get(0).getAsDouble(), arr.get(1).getAsDouble(), arr.get(2).getAsDouble() };
    }

    @ParameterizedTest
    @ValueSource(ints = { 30, 80, 200 })
    void seedsFoundOnASyntheticPostopCt(int n) {
        Path ct = dir.resolve("postop-" + n);
        Path truthCsv = dir.resolve("postop-" + n + ".truth.csv");
        Cli.run(dir, "postop-synth", "--case", postCase, "--out", ct, "--seeds", n, "--touching-pairs", n / 10, "--random-seed", n).ok();
        if (n == 30) { // a synthetic slice is a valid CT Image (dciodvfy)
            try (var files = java.nio.file.Files.list(ct)) {
                Path slice = files.filter(f -> f.toString().endsWith(".dcm")).sorted().findFirst().orElseThrow();
                assertEquals(List.of(), Fixtures.dciodvfyErrors(slice));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        JsonObject doc = Cli.json(dir, "postplan", "--case", postCase, "--postop", ct, "--plan", Fixtures.DEMO_PLAN, "--truth", truthCsv, "--implant-id",
                "synth-" + n, "--expected-seeds", n).ok().result();
        List<Map<String, String>> truth = Fixtures.csv(truthCsv);
        JsonObject a = doc.getAsJsonObject("accuracy");
        assertEquals(n, truth.size());
        assertEquals(n, a.get("trueSeeds").getAsInt());
        assertTrue(a.get("sensitivity").getAsDouble() >= 0.98 && a.get("falsePer100").getAsDouble() <= 1 && a.get("medianErrorMm").getAsDouble() <= 0.5
                && a.get("p95ErrorMm").getAsDouble() <= 1.0, a::toString);
        // independent of the Java pairing: nearest true seed of every found seed, by brute force
        List<double[]> pts = truth.stream().map(r -> new double[] { Double.parseDouble(r.get("x_mm")), Double.parseDouble(r.get("y_mm")),
                Double.parseDouble(r.get("z_mm")) }).toList();
        List<Double> near = new ArrayList<>();
        for (JsonElement s : doc.getAsJsonArray("seeds")) {
            double[] f = vec(s.getAsJsonObject().get("positionMm"));
            near.add(pts.stream().mapToDouble(p -> Math.sqrt(Math.pow(f[0] - p[0], 2) + Math.pow(f[1] - p[1], 2) + Math.pow(f[2] - p[2], 2))).min()
                    .orElseThrow());
        }
        Collections.sort(near);
        assertTrue(near.get(near.size() / 2) <= 0.5 && near.get((int) (0.95 * (near.size() - 1))) <= 1.0, near::toString);
        assertTrue(doc.getAsJsonObject("detection").get("objectsSplit").getAsInt() >= (n >= 80 ? 1 : 0), doc.getAsJsonObject("detection")::toString);
        for (JsonElement c : doc.getAsJsonArray("comparison")) {
            assertTrue(List.of("Gy", "%", "cc", "1").contains(c.getAsJsonObject().get("unit").getAsString()), c::toString);
        }
    }

    /** No seeds, the planning CT itself, another frame without a transform: one clear error each, nothing stored. */
    @Test
    void refusals() {
        Path c = Fixtures.copyCase(Fixtures.plannedCase(), dir.resolve("refusals"));
        String before = Fixtures.sha256(c.resolve("case.xmi"));
        Cli.run(dir, "postop-synth", "--case", c, "--out", dir.resolve("postop-0"), "--seeds", 0).ok();
        Cli.Run none = Cli.run(dir, "postplan", "--case", c, "--postop", dir.resolve("postop-0"))
                .failed(1, false, "no seeds found on the post-operative CT: no voxel reaches 2000 HU");
        assertEquals(1, none.errLines().stream().filter(l -> l.contains("error:")).count(), none::toString);
        assertEquals(before, Fixtures.sha256(c.resolve("case.xmi")));
        Cli.run(dir, "postplan", "--case", c, "--postop", Fixtures.ct()).failed(1, false, "this is the planning CT itself");
        Cli.run(dir, "postop-synth", "--case", c, "--out", dir.resolve("postop-moved0"), "--from-plan", Fixtures.DEMO_PLAN, "--random-seed", 3, "--new-frame",
                "--shift-mm", "12,-8,5").ok();
        Cli.run(dir, "postplan", "--case", c, "--postop", dir.resolve("postop-moved0"), "--plan", Fixtures.DEMO_PLAN, "--no-auto-register")
                .refused("another frame of reference", "--transform");
        assertEquals(before, Fixtures.sha256(c.resolve("case.xmi")), "nothing stored");
    }

    /** Post-op CT in a frame shifted by (12, −8, 5) mm: with the true transform (file or 4 landmarks) the same result as in one frame. */
    @Test
    void anotherFrameRelatedByATransformFileOrLandmarks() {
        Path c = Fixtures.copyCase(Fixtures.plannedCase(), dir.resolve("frames"));
        Cli.run(dir, "postop-synth", "--case", c, "--out", dir.resolve("postop-same"), "--from-plan", Fixtures.DEMO_PLAN, "--random-seed", 3).ok();
        Cli.run(dir, "postop-synth", "--case", c, "--out", dir.resolve("postop-moved"), "--from-plan", Fixtures.DEMO_PLAN, "--random-seed", 3, "--new-frame",
                "--shift-mm", "12,-8,5", "--transform-out", dir.resolve("moved-transform.txt")).ok();
        JsonObject same = Cli.json(dir, "postplan", "--case", c, "--postop", dir.resolve("postop-same"), "--plan", Fixtures.DEMO_PLAN, "--implant-id", "same")
                .ok().result();
        JsonObject moved = Cli.json(dir, "postplan", "--case", c, "--postop", dir.resolve("postop-moved"), "--plan", Fixtures.DEMO_PLAN, "--implant-id",
                "moved", "--transform", dir.resolve("moved-transform.txt")).ok().result();
        Path landmarks = Fixtures.write(dir.resolve("landmarks.csv"), "post_x_mm,post_y_mm,post_z_mm,plan_x_mm,plan_y_mm,plan_z_mm\n12,-8,-850,0,0,-855\n"
                + "112,-8,-850,100,0,-855\n12,92,-850,0,100,-855\n12,-8,-750,0,0,-755\n");
        JsonObject marks = Cli.json(dir, "postplan", "--case", c, "--postop", dir.resolve("postop-moved"), "--plan", Fixtures.DEMO_PLAN, "--implant-id",
                "landmarks", "--landmarks", landmarks).ok().result();
        for (JsonObject other : List.of(moved, marks)) {
            assertEquals(same.get("d90ActualGy").getAsDouble(), other.get("d90ActualGy").getAsDouble(), 0.01);
            JsonArray a = same.getAsJsonArray("seeds");
            JsonArray b = other.getAsJsonArray("seeds");
            assertEquals(a.size(), b.size());
            for (int i = 0; i < a.size(); i++) {
                double[] s = vec(a.get(i).getAsJsonObject().get("positionMm"));
                double[] t = vec(b.get(i).getAsJsonObject().get("positionMm"));
                for (int k = 0; k < 3; k++) {
                    assertEquals(s[k], t[k], 1e-3, "seed " + i);
                }
            }
        }
        assertTrue(moved.getAsJsonObject("registration").get("description").getAsString().contains("transform file"));
        assertTrue(marks.getAsJsonObject("registration").get("description").getAsString().contains("landmarks"));
        assertTrue(marks.getAsJsonObject("registration").get("residualMm").getAsDouble() < 1e-6);
        // neither transform nor landmarks: registered automatically on bone, the seeds where the true transform puts them
        JsonObject auto = Cli.json(dir, "postplan", "--case", c, "--postop", dir.resolve("postop-moved"), "--plan", Fixtures.DEMO_PLAN, "--implant-id", "auto")
                .ok().result();
        JsonObject registration = auto.getAsJsonObject("registration");
        System.out.println("postplan on the demo CT moved to another frame: " + registration.get("description").getAsString() + "; "
                + registration.get("registrationSeconds").getAsDouble() + " s; constraint " + registration.get("constraint").getAsDouble());
        assertTrue(registration.get("automatic").getAsBoolean());
        assertTrue(registration.get("description").getAsString().startsWith("registered automatically: residual "), registration.toString());
        assertTrue(registration.get("residualMm").getAsDouble() <= 1.0, registration.toString());
        assertFalse(moved.getAsJsonObject("registration").get("automatic").getAsBoolean());
        JsonArray a = moved.getAsJsonArray("seeds");
        JsonArray b = auto.getAsJsonArray("seeds");
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            double[] s = vec(a.get(i).getAsJsonObject().get("positionMm"));
            double[] t = vec(b.get(i).getAsJsonObject().get("positionMm"));
            double d = Math.sqrt((s[0] - t[0]) * (s[0] - t[0]) + (s[1] - t[1]) * (s[1] - t[1]) + (s[2] - t[2]) * (s[2] - t[2]));
            assertTrue(d <= 1.0, "seed " + i + " " + d + " mm from where the true transform puts it");
        }
        assertTrue(Cli.run(dir, "info", c).ok().out().contains("implants 4"), "implants stored in the case");
    }

    /** The user corrects the seeds of a stored implant: delete, move, add; an unknown seed is named. */
    @Test
    void seedEditsOfAStoredImplant() {
        Path c = Fixtures.copyCase(Fixtures.plannedCase(), dir.resolve("edits"));
        Path ct = dir.resolve("postop-edits");
        Cli.run(dir, "postop-synth", "--case", c, "--out", ct, "--seeds", 30, "--touching-pairs", 3, "--random-seed", 30).ok();
        Cli.run(dir, "postplan", "--case", c, "--postop", ct, "--plan", Fixtures.DEMO_PLAN, "--truth", dir.resolve("postop-edits.truth.csv"),
                "--implant-id", "synth-30", "--expected-seeds", 30).ok();
        JsonObject d = Cli.json(dir, "postplan", "--case", c, "--from-implant", "synth-30", "--delete-seed", "D001", "--move-seed", "D002=10,0,-860",
                "--add-seed", "5,5,-850").ok().result();
        List<String> origins = d.getAsJsonArray("seeds").asList().stream().map(s -> s.getAsJsonObject().get("origin").getAsString()).toList();
        List<String> ids = d.getAsJsonArray("seeds").asList().stream().map(s -> s.getAsJsonObject().get("seedId").getAsString()).toList();
        assertEquals(30, origins.size());
        assertEquals(1, Collections.frequency(origins, "added"));
        assertEquals(1, Collections.frequency(origins, "moved"));
        assertTrue(!ids.contains("D001"), ids::toString);
        assertEquals(3, d.getAsJsonArray("edits").size());
        Cli.run(dir, "postplan", "--case", c, "--from-implant", "synth-30", "--delete-seed", "D999").failed(1, false, "D999: no such seed");
    }
}
