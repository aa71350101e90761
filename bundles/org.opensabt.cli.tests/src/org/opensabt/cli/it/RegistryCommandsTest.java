package org.opensabt.cli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * The registry from the command line, the centre's path and the registry's: cases with follow-ups → a de-identified
 * submission (no name, ID or date left) → an embedded registry → submitted twice (nothing changes) → a later follow-up
 * replaces the record → a centre account sees only its centre and cannot submit another's → the cohort → the audit.
 */
class RegistryCommandsTest {

    @TempDir
    Path tmp;

    /** A copy of the STS case as another patient (its ID and name changed in case.xmi), with follow-ups. */
    private Path patient(String id, String name) throws Exception {
        Path c = Fixtures.copyCase(Fixtures.stsCase(), tmp.resolve("cases").resolve(id));
        Path xmi = c.resolve("case.xmi");
        String text = Files.readString(xmi);
        String before = text.replaceFirst("(?s).*<patient patientId=\"([^\"]*)\" name=\"([^\"]*)\".*", "patientId=\"$1\" name=\"$2\"");
        assertTrue(before.startsWith("patientId="), "the fixture's patient element changed: " + before);
        Files.writeString(xmi, text.replace(before, "patientId=\"" + id + "\" name=\"" + name + "\""));
        Cli.run(tmp, "followup", "--case", c, "--months", 3, "--response", "PR", "--kps-before", 80, "--kps-after", 90).ok();
        return c;
    }

    private static String submissionJson(Path zip) throws Exception {
        try (ZipFile z = new ZipFile(zip.toFile()); InputStream in = z.getInputStream(z.getEntry("submission.json"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path privateFile(String name, String text) throws Exception {
        Path f = Fixtures.write(tmp.resolve(name), text);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        return f;
    }

    @Test
    void centreToRegistryToCohort() throws Exception {
        Path p1 = patient("MRN-447101", "Doe^Jane");
        Path p2 = patient("MRN-447102", "Roe^Richard");
        Cli.run(tmp, "followup", "--case", p1, "--months", 9, "--response", "PD", "--local-progression", "--adverse-event", "procedure:Pneumothorax:2").ok();
        Cli.run(tmp, "followup", "--case", p1, "--list", "--location", "extremity", "--pathology", "Liposarcoma", "--grade", "G2", "--lesion-type",
                "local_recurrence").ok();
        Cli.json(tmp, "followup", "--case", p1, "--list", "--grade", "G4").refused("grade must be one of");
        Cli.json(tmp, "followup", "--case", p1, "--months", 10, "--adverse-event", "procedure:fever:7").refused("CTCAE grade 1–5");
        Path key = privateFile("site.key", "0123456789abcdef0123456789abcdef-test-key");

        JsonObject exported = Cli.json(tmp, "registry", "export", "--cases", p1, p2, "--centre", "C02", "--out", tmp.resolve("s1.zip"), "--deid-key", key).ok()
                .result();
        assertEquals(2, exported.get("patients").getAsInt());
        String json = submissionJson(tmp.resolve("s1.zip"));
        for (String identifying : List.of("447101", "447102", "Doe", "Roe", "Jane", "STS_001", "2026", "2025")) {
            assertFalse(json.contains(identifying), identifying + " left in " + json);
        }

        JsonObject init = Cli.json(tmp, "registry", "init", "--registry", tmp.resolve("reg")).ok().result();
        assertEquals(2, init.get("schemaVersion").getAsInt());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("reg/registry-owner.credentials"))));

        JsonObject first = Cli.json(tmp, "registry", "submit", "--registry", tmp.resolve("reg"), tmp.resolve("s1.zip")).ok().result().getAsJsonArray("submissions")
                .get(0).getAsJsonObject();
        assertEquals(2, first.get("inserted").getAsInt());
        JsonObject again = Cli.json(tmp, "registry", "submit", "--registry", tmp.resolve("reg"), tmp.resolve("s1.zip")).ok().result().getAsJsonArray("submissions")
                .get(0).getAsJsonObject();
        assertTrue(again.get("duplicate").getAsBoolean());

        // p2 dies at 15 months: the new submission replaces p2's record and leaves p1's
        Cli.run(tmp, "followup", "--case", p2, "--months", 15, "--response", "CR", "--death").ok();
        Cli.json(tmp, "registry", "export", "--cases", p1, p2, "--centre", "C02", "--out", tmp.resolve("s2.zip"), "--deid-key", key).ok();
        JsonObject later = Cli.json(tmp, "registry", "submit", "--registry", tmp.resolve("reg"), tmp.resolve("s2.zip")).ok().result().getAsJsonArray("submissions")
                .get(0).getAsJsonObject();
        assertEquals(1, later.get("replaced").getAsInt());
        assertEquals(1, later.get("unchanged").getAsInt());

        // a centre account: its password from a private file, its credentials from another; never on the command line
        Path pw = privateFile("c02.pw", "centre-two-password-123\n");
        Cli.json(tmp, "registry", "account", "--registry", tmp.resolve("reg"), "--user", "c02", "--role", "centre", "--centre", "C02", "--password-file", pw).ok();
        Path loose = Fixtures.write(tmp.resolve("loose.credentials"), "user=c02\npassword=centre-two-password-123\n");
        Files.setPosixFilePermissions(loose, PosixFilePermissions.fromString("rw-r--r--"));
        Cli.json(tmp, "registry", "status", "--registry", tmp.resolve("reg"), "--credentials", loose).refused("loose.credentials", "chmod 600");
        Path c02 = privateFile("c02.credentials", "user=c02\npassword=centre-two-password-123\n");
        JsonObject status = Cli.json(tmp, "registry", "status", "--registry", tmp.resolve("reg"), "--credentials", c02).ok().result();
        assertEquals("centre", status.getAsJsonObject("account").get("role").getAsString());
        assertEquals(1, status.getAsJsonArray("centres").size());
        assertEquals(2, status.getAsJsonArray("centres").get(0).getAsJsonObject().get("patients").getAsInt());
        Path otherCentre = tmp.resolve("c01.zip");
        Files.writeString(tmp.resolve("edit.json"), submissionJson(tmp.resolve("s1.zip")).replace("\"centre\":\"C02\"", "\"centre\":\"C01\""));
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(otherCentre))) {
            out.putNextEntry(new java.util.zip.ZipEntry("submission.json"));
            out.write(Files.readAllBytes(tmp.resolve("edit.json")));
        }
        Cli.json(tmp, "registry", "submit", "--registry", tmp.resolve("reg"), "--credentials", c02, otherCentre).refused("submits only for centre C02");
        Cli.json(tmp, "registry", "status", "--registry", "jdbc:postgresql://127.0.0.1:1/x?password=secret").refused("a password never goes in the URL");

        JsonObject cohort = Cli.json(tmp, "registry", "cohort", "--registry", tmp.resolve("reg"), "--out", tmp.resolve("cohort.csv")).ok().result();
        assertEquals(2, cohort.get("patients").getAsInt());
        List<Map<String, String>> rows = Fixtures.csv(tmp.resolve("cohort.csv"));
        rows.sort(java.util.Comparator.comparingDouble(r -> Double.parseDouble(r.get("lct_months"))));
        assertEquals(List.of("9", "15"), rows.stream().map(r -> r.get("lct_months")).toList());
        assertEquals(List.of("1", "0"), rows.stream().map(r -> r.get("local_progression")).toList());
        assertEquals(List.of("9", "15"), rows.stream().map(r -> r.get("os_months")).toList());
        assertEquals(List.of("0", "1"), rows.stream().map(r -> r.get("death")).toList());
        assertEquals(List.of("C02", "C02"), rows.stream().map(r -> r.get("center")).toList());
        // the lesion and the adverse events recorded with followup reach the pooled cohort
        assertEquals(List.of("extremity", ""), rows.stream().map(r -> r.get("location")).toList());
        assertEquals(List.of("liposarcoma", ""), rows.stream().map(r -> r.get("pathology")).toList());
        assertEquals(List.of("G2", ""), rows.stream().map(r -> r.get("grade")).toList());
        assertEquals(List.of("local_recurrence", ""), rows.stream().map(r -> r.get("target")).toList());
        Cli.json(tmp, "registry", "cohort", "--registry", tmp.resolve("reg"), "--out", tmp.resolve("cohort2.csv"), "--adverse-events", tmp.resolve("ae.csv")).ok();
        assertEquals(List.of("patient_id,category,term,grade", rows.get(0).get("patient_id") + ",procedure,pneumothorax,2"),
                Files.readAllLines(tmp.resolve("ae.csv")));

        String audit = Cli.json(tmp, "registry", "audit", "--registry", tmp.resolve("reg")).ok().result().toString();
        for (String action : List.of("\"init\"", "\"submit\"", "\"submit-duplicate\"", "\"submit-refused\"", "\"account\"", "\"cohort\"")) {
            assertTrue(audit.contains(action), action + " missing from " + audit);
        }
        Cli.json(tmp, "registry", "audit", "--registry", tmp.resolve("reg"), "--credentials", c02).refused("only the registry's owner");
    }
}
