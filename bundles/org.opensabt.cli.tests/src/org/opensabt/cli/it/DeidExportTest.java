package org.opensabt.cli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;

/**
 * De-identified DICOM RT export (PS3.15 Annex E), read with dcmtk's dcmdump and validated by dciodvfy: the site key made
 * once (mode 600, path printed), plain and de-identified RS/RP/RD valid, the calibration date exported (plain) and gone
 * (de-identified), no original identifier left, pseudonym and UIDs stable, ROI names replaced (kept with
 * --clean-descriptors), --retain-uids, a missing key file refused (formerly tests/smoke-deid.sh).
 */
class DeidExportTest {

    @TempDir
    Path tmp;

    /** The value of a tag as dcmdump prints it ([...]), or "" when absent. */
    private String tag(Path file, String tag) {
        String out = Fixtures.tool(tmp, "dcmdump", "+P", tag, file).output();
        for (String line : out.split("\\R")) {
            int a = line.indexOf('[');
            int b = line.indexOf(']', a + 1);
            if (a >= 0 && b > a) {
                return line.substring(a + 1, b);
            }
        }
        return "";
    }

    @Test
    void deidentifiedExport() throws Exception {
        Path key = Path.of(System.getenv("XDG_CONFIG_HOME"), "opensabt", "deid.key");
        Files.deleteIfExists(key);
        Path c = Fixtures.copyCase(Fixtures.stsCase(), tmp.resolve("case"));
        JsonArray centroid = Cli.json(tmp, "contour", "stats", "--case", c).ok().result().getAsJsonArray("structures").get(0).getAsJsonObject()
                .getAsJsonArray("centroidMm");
        StringBuilder seeds = new StringBuilder("x_mm,y_mm,z_mm\n");
        for (int dz : new int[] { -10, 0, 10 }) {
            seeds.append(String.format(Locale.ROOT, "%.1f,%.1f,%.1f%n", centroid.get(0).getAsDouble(), centroid.get(1).getAsDouble(),
                    centroid.get(2).getAsDouble() + dz));
        }
        Path seedsCsv = Fixtures.write(tmp.resolve("seeds.csv"), seeds.toString());
        Cli.run(tmp, "dose", "--case", c, "--seeds", seedsCsv, "--strength-U", 0.6, "--prescription-Gy", 120, "--grid-mm", 3, "--plan-id", "p1",
                "--calibration-date", "2026-03-14T09:30").ok();
        Cli.run(tmp, "dose", "--case", c, "--seeds", seedsCsv, "--strength-U", 0.6, "--prescription-Gy", 120, "--grid-mm", 3, "--plan-id", "bad",
                "--calibration-date", "14.03.2026").failed(1, false, "--strength-date/--calibration-date takes YYYY-MM-DD");

        Path plain = tmp.resolve("plain");
        Cli.run(tmp, "export", "--case", c, "--what", "all", "--plan", "p1", "--out", plain).ok();
        assertEquals("20260314", tag(plain.resolve("RP.dcm"), "300a,022c"));
        assertEquals("093000", tag(plain.resolve("RP.dcm"), "300a,022e"));

        Path anon = tmp.resolve("anon");
        Cli.Run first = Cli.run(tmp, "export", "--case", c, "--what", "all", "--plan", "p1", "--out", anon, "--anonymize").ok();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertEquals(32, Files.size(key));
        assertTrue(first.err().contains("created this site's de-identification key " + key), first::toString);
        for (Path d : List.of(plain, anon)) {
            for (String f : List.of("RS", "RP", "RD")) {
                assertEquals(List.of(), Fixtures.dciodvfyErrors(d.resolve(f + ".dcm")), d.getFileName() + " " + f);
            }
        }
        List<String> originals = List.of("STS_001", tag(plain.resolve("RS.dcm"), "0020,000d"), tag(plain.resolve("RS.dcm"), "0020,0052"),
                tag(plain.resolve("RS.dcm"), "0008,0018"), tag(plain.resolve("RP.dcm"), "0008,0018"), "20260314", tag(plain.resolve("RS.dcm"), "0008,0020"));
        List<String> left = new ArrayList<>();
        for (String f : List.of("RS", "RP", "RD")) {
            String dump = Fixtures.tool(tmp, "dcmdump", "+L", anon.resolve(f + ".dcm")).output();
            for (String v : originals) {
                if (!v.isEmpty() && dump.contains(v)) {
                    left.add(f + ":" + v);
                }
            }
        }
        assertEquals(List.of(), left, "original identifiers left in the de-identified objects");
        assertEquals(tag(anon.resolve("RS.dcm"), "0008,0018"), tag(anon.resolve("RP.dcm"), "0008,1155"), "RTPLAN -> RTSTRUCT");
        assertEquals(tag(anon.resolve("RP.dcm"), "0008,0018"), tag(anon.resolve("RD.dcm"), "0008,1155"), "RTDOSE -> RTPLAN");

        Cli.run(tmp, "followup", "--case", c, "--months", 6, "--response", "PR").ok();
        Path anon2 = tmp.resolve("anon2");
        Cli.run(tmp, "export", "--case", c, "--what", "all", "--plan", "p1", "--out", anon2, "--anonymize").ok();
        for (String f : List.of("RS", "RP", "RD")) {
            for (String t : List.of("0010,0020", "0020,000d", "0008,0018")) {
                assertEquals(tag(anon.resolve(f + ".dcm"), t), tag(anon2.resolve(f + ".dcm"), t), "after a follow-up save: " + f + " " + t);
            }
        }
        Path other = tmp.resolve("other.key");
        Files.write(other, new java.security.SecureRandom().generateSeed(32));
        Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rw-------"));
        Cli.run(tmp, "export", "--case", c, "--what", "rtstruct", "--out", tmp.resolve("other-RS.dcm"), "--anonymize", "--deid-key", other).ok();
        assertNotEquals(tag(anon.resolve("RS.dcm"), "0010,0020"), tag(tmp.resolve("other-RS.dcm"), "0010,0020"), "another key: another pseudonym");

        Path retained = tmp.resolve("retained-RS.dcm");
        Cli.run(tmp, "export", "--case", c, "--what", "rtstruct", "--out", retained, "--anonymize", "--retain-uids", "--clean-descriptors").ok();
        assertEquals(tag(plain.resolve("RS.dcm"), "0020,000d"), tag(retained, "0020,000d"));
        assertEquals(tag(plain.resolve("RS.dcm"), "0008,0018"), tag(retained, "0008,0018"));
        assertEquals("GTV_1", tag(anon.resolve("RS.dcm"), "3006,0026"), "Basic Profile dummy ROI name");
        assertEquals("GTV_Mass_CT", tag(retained, "3006,0026"), "--clean-descriptors keeps the clean ROI name");
        assertEquals(List.of(), Fixtures.dciodvfyErrors(retained));

        Path missing = tmp.resolve("missing.key");
        Cli.run(tmp, "export", "--case", c, "--what", "rtstruct", "--out", tmp.resolve("x.dcm"), "--anonymize", "--deid-key", missing).refused("missing.key");
        assertFalse(Files.exists(missing));
        Cli.run(tmp, "export", "--case", c, "--what", "rtstruct", "--out", tmp.resolve("x.dcm"), "--retain-uids").failed(1, false);
    }

    /** plan --calibration-date: exported as the RT Plan's Source Strength Reference Date/Time. */
    @Test
    void planCalibrationDateExported() {
        Path ph = tmp.resolve("ph");
        Cli.run(tmp, "phantom", "--out", ph, "--target-cc", 30).ok();
        Cli.run(tmp, "plan", "--case", ph, "--target", "GTV", "--rx", 140, "--strength-mci", 0.7, "--needles", "grid:ap", "--calibration-date",
                "2026-02-01T08:15").ok();
        Cli.run(tmp, "export", "--case", ph, "--what", "rtplan", "--out", tmp.resolve("ph-RP.dcm")).ok();
        assertEquals("20260201", tag(tmp.resolve("ph-RP.dcm"), "300a,022c"));
        assertEquals("081500", tag(tmp.resolve("ph-RP.dcm"), "300a,022e"));
    }
}
