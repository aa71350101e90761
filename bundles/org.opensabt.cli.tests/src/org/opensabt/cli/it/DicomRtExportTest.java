package org.opensabt.cli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * DICOM RT export and re-import through the command line: a ~50 cc target dosed by an 11 mm seed lattice over its box;
 * RS/RP/RD pass dciodvfy, dicompyler-core's D90 from our RS + RD agrees with ours, the RD pixels are our dose grid, the
 * RTPLAN and RTDOSE re-check the plan, our importer reads the RS back (formerly tests/product-tests.sh).
 */
class DicomRtExportTest {

    @TempDir
    static Path dir;
    static Path caseDir;
    static Path export;
    static Path dose50;

    @BeforeAll
    static void exportAPlan() {
        caseDir = Fixtures.copyCase(Fixtures.stsBodyCase(), dir.resolve("case"));
        JsonObject extent = Cli.json(dir, "contour", "margin", "--case", caseDir, "--structure", Fixtures.TARGET, "--mm", 19, "--contract", "--name", "TARGET50")
                .ok().result().getAsJsonObject("structure").getAsJsonObject("extentMm");
        StringBuilder lattice = new StringBuilder("x_mm,y_mm,z_mm\n");
        for (double x : steps(extent, 0)) {
            for (double y : steps(extent, 1)) {
                for (double z : steps(extent, 2)) {
                    lattice.append(String.format(java.util.Locale.ROOT, "%.2f,%.2f,%.2f%n", x, y, z));
                }
            }
        }
        Path seeds = Fixtures.write(dir.resolve("seeds-lattice.csv"), lattice.toString());
        Cli.Run dose = Cli.json(dir, "dose", "--case", caseDir, "--seeds", seeds, "--strength-U", 0.3, "--prescription-Gy", 120, "--target", "TARGET50",
                "--plan-id", "check50").ok();
        dose50 = Fixtures.write(dir.resolve("dose50.json"), dose.out());
        export = dir.resolve("export");
        Cli.run(dir, "export", "--case", caseDir, "--what", "all", "--plan", "check50", "--out", export).ok();
    }

    /** Seed positions every 11 mm, centred in the box, at least 5 mm inside it. */
    private static List<Double> steps(JsonObject extent, int axis) {
        double lo = extent.getAsJsonArray("min").get(axis).getAsDouble();
        double hi = extent.getAsJsonArray("max").get(axis).getAsDouble();
        double step = 11.0;
        int n = (int) Math.floor((hi - lo - 10) / step) + 1;
        double start = (lo + hi - (n - 1) * step) / 2;
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(start + i * step);
        }
        return out;
    }

    @Test
    void exportedObjectsPassDciodvfy() throws java.io.IOException {
        for (String f : List.of("RS", "RP", "RD")) {
            Path file = export.resolve(f + ".dcm");
            assertTrue(Files.size(file) > 0, file::toString);
            assertEquals(List.of(), Fixtures.dciodvfyErrors(file), f);
        }
    }

    /** Independent reference: dicompyler-core's DVH from our RS + RD; pydicom reads the RD's pixels. */
    @Test
    void dicompylerCoreD90FromOurRsAndRdAndTheRdPixelsAreOurGrid() {
        Fixtures.tool(dir, "/usr/bin/python3", Fixtures.python("dicompyler_dvh.py"), dose50, export, caseDir).ok("dicompyler-core DVH / RD read-back");
    }

    @Test
    void doseFromTheExportedRtPlanReproducesThePlan() {
        Path c = Fixtures.copyCase(caseDir, dir.resolve("case-rtplan"));
        JsonObject a = com.google.gson.JsonParser.parseString(Fixtures.read(dose50)).getAsJsonObject().getAsJsonObject("result");
        JsonObject b = Cli.json(dir, "dose", "--case", c, "--rtplan", export.resolve("RP.dcm"), "--target", "TARGET50", "--plan-id", "from-rtplan").ok()
                .result();
        assertEquals(a.get("seeds"), b.get("seeds"));
        assertEquals(0.3, b.get("airKermaStrengthU").getAsDouble(), 1e-9);
        JsonObject ma = a.getAsJsonObject("metrics").getAsJsonObject("TARGET50");
        JsonObject mb = b.getAsJsonObject("metrics").getAsJsonObject("TARGET50");
        assertEquals(1, mb.getAsJsonObject("D90").get("value").getAsDouble() / ma.getAsJsonObject("D90").get("value").getAsDouble(), 1e-4);
        assertFalse(mb.getAsJsonObject("V100").get("value").isJsonNull());
        assertTrue(b.getAsJsonArray("warnings").asList().stream().anyMatch(w -> w.getAsString().contains("prescription 120")), b::toString);

        JsonObject cmp = Cli.json(dir, "dose", "--case", c, "--rtplan", export.resolve("RP.dcm"), "--compare-rtdose", export.resolve("RD.dcm"), "--plan-id",
                "recheck").ok().result().getAsJsonObject("comparison");
        assertTrue(cmp.get("voxelsCompared").getAsInt() > 1000, cmp::toString);
        assertEquals(100.0, cmp.get("within2PercentPercent").getAsDouble(), cmp::toString);
        assertTrue(cmp.get("maxAbsDifferenceGy").getAsDouble() <= cmp.get("referenceMaxGy").getAsDouble() / 65000, cmp::toString);
    }

    /** Another system's plan re-checked from its RTPLAN, RTSTRUCT and RTDOSE alone; our RTDOSE refers to that RTPLAN and is valid. */
    @Test
    void doseWithoutACase() {
        Path rd = dir.resolve("recheck-RD.dcm");
        Cli.Run r = Cli.json(dir, "dose", "--rtplan", export.resolve("RP.dcm"), "--rtstruct", export.resolve("RS.dcm"), "--grid-like", export.resolve("RD.dcm"),
                "--compare-rtdose", export.resolve("RD.dcm"), "--target", "TARGET50", "--export-rtdose", rd).ok();
        Path caseless = Fixtures.write(dir.resolve("caseless.json"), r.out());
        Fixtures.tool(dir, "/usr/bin/python3", Fixtures.python("caseless_recheck.py"), dose50, caseless, export, rd).ok("dose without a case");
        assertEquals(List.of(), Fixtures.dciodvfyErrors(rd));

        Cli.run(dir, "dose", "--rtstruct", export.resolve("RS.dcm"), "--seeds", dir.resolve("seeds-lattice.csv")).refused("--rtplan");
    }

    @Test
    void importListFindsEverySeries() {
        JsonObject r = Cli.json(dir, "import", Fixtures.ct(), export.resolve("RS.dcm"), export.resolve("RD.dcm"), "--list").ok().result();
        Map<String, JsonObject> byModality = new TreeMap<>();
        for (JsonElement s : r.getAsJsonArray("series")) {
            byModality.put(s.getAsJsonObject().get("modality").getAsString(), s.getAsJsonObject());
        }
        assertEquals(List.of("CT", "RTDOSE", "RTSTRUCT"), new ArrayList<>(byModality.keySet()));
        assertEquals(59, byModality.get("CT").get("instances").getAsInt());
        assertEquals(198, byModality.get("CT").get("columns").getAsInt());
    }

    /** Same voxels; partial volumes within 0.1 % (contour coordinates are written with 0.1 µm and 10 significant digits). */
    @Test
    void ourImporterReadsTheExportedRtStructBack() {
        Path reimported = dir.resolve("reimported");
        Cli.json(dir, "import", Fixtures.ct(), export.resolve("RS.dcm"), "--out", reimported).ok();
        Map<String, JsonObject> a = structures(Cli.json(dir, "contour", "stats", "--case", caseDir).ok().result());
        Map<String, JsonObject> b = structures(Cli.json(dir, "contour", "stats", "--case", reimported).ok().result());
        assertEquals(a.keySet(), b.keySet());
        for (String name : a.keySet()) {
            JsonObject x = a.get(name);
            JsonObject y = b.get(name);
            assertEquals(x.get("type"), y.get("type"), name);
            assertEquals(x.get("voxels").getAsLong(), y.get("voxels").getAsLong(), name);
            double va = x.get("volumeCc").getAsDouble();
            assertEquals(va, y.get("volumeCc").getAsDouble(), 1e-3 * Math.max(va, 1e-9), name);
        }
    }

    private static Map<String, JsonObject> structures(JsonObject stats) {
        Map<String, JsonObject> out = new TreeMap<>();
        for (JsonElement s : stats.getAsJsonArray("structures")) {
            out.put(s.getAsJsonObject().get("name").getAsString(), s.getAsJsonObject());
        }
        return out;
    }

    /** dcmtk's dcmdump reads the de-identified RTSTRUCT: pseudonym, no patient name left, still valid (dciodvfy). */
    @Test
    void anonymizedExport() throws Exception {
        Path key = dir.resolve("site.key");
        Files.write(key, new java.security.SecureRandom().generateSeed(32));
        Path rs = dir.resolve("RS-anon.dcm");
        Cli.run(dir, "export", "--case", caseDir, "--what", "rtstruct", "--anonymize", "--deid-key", key, "--out", rs).ok();
        String dump = Fixtures.tool(dir, "dcmdump", rs).ok("dcmdump").output();
        assertTrue(dump.lines().anyMatch(l -> l.contains("PatientName") && l.contains("OPENSABT-")), dump);
        assertFalse(dump.contains("STS_001"), "original patient identifier left");
        assertTrue(dump.contains("PatientIdentityRemoved"), dump);
        assertEquals(List.of(), Fixtures.dciodvfyErrors(rs));
    }
}
