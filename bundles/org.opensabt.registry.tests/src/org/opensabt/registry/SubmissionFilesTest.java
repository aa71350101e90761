package org.opensabt.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a submission may hold: identifying fields, dates and free text are refused with the field named. */
class SubmissionFilesTest {

    @TempDir
    Path tmp;

    private static final String PATIENT = "{\"pseudonym\":\"OPENSABT-0123456789\",\"ageBand\":\"50-54\",\"sex\":\"F\",\"location\":\"extremity\","
            + "\"gtvCc\":42.5,\"method\":\"CT_TEMPLATE\",\"followUps\":[{\"monthsSinceImplant\":3.0,\"response\":\"PR\",\"localProgression\":false,"
            + "\"death\":false,\"adverseEvents\":[{\"term\":\"skin_ulceration\",\"grade\":2}]}]";

    private static String json(String patientExtra) {
        return "{\"format\":\"" + Submission.FORMAT + "\",\"centre\":\"C01\",\"keyFingerprint\":\"KEY-TEST01\",\"patients\":[" + PATIENT + patientExtra + "}]}";
    }

    private Path zip(String json) throws Exception {
        Path z = Files.createTempFile(tmp, "s", ".zip");
        try (OutputStream os = Files.newOutputStream(z); ZipOutputStream out = new ZipOutputStream(os)) {
            out.putNextEntry(new ZipEntry(SubmissionFiles.ENTRY));
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        return z;
    }

    @Test
    void aCleanSubmissionIsRead() throws Exception {
        Submission s = SubmissionFiles.read(zip(json("")));
        assertEquals("C01", s.centre());
        assertEquals(42.5, s.patients().get(0).gtvCc());
        assertEquals(2, s.patients().get(0).followUps().get(0).adverseEvents().get(0).grade());
    }

    @Test
    void namesIdsAndDatesAreRefusedWithTheFieldNamed() throws Exception {
        for (String[] bad : new String[][] { { ",\"patientName\":\"Doe^Jane\"", "patients[0].patientName" }, { ",\"birthDate\":\"1961-04-02\"", "patients[0].birthDate" },
                { ",\"pathology\":\"2019-03-04\"", "patients[0].pathology" }, { ",\"pathology\":\"Jane Doe\"", "patients[0].pathology" },
                { ",\"grade\":\"G7\"", "patients[0].grade" }, { ",\"rxGy\":-3", "patients[0].rxGy" },
                { ",\"pathology\":\"mrn_447101\"", "patients[0].pathology" }, { ",\"pathology\":\"seen_4_mar_2021\"", "patients[0].pathology" },
                { ",\"pathology\":\"d2021_03_04\"", "patients[0].pathology" }, { ",\"pathology\":\"" + "a".repeat(49) + "\"", "patients[0].pathology" },
                { ",\"target\":\"march_2021\"", "patients[0].target" } }) {
            RegistryInputException e = assertThrows(RegistryInputException.class, () -> SubmissionFiles.read(zip(json(bad[0]))), bad[0]);
            assertTrue(e.getMessage().contains(bad[1] + ":"), e.getMessage());
        }
        String realId = json("").replace("OPENSABT-0123456789", "MRN-20394455");
        RegistryInputException e = assertThrows(RegistryInputException.class, () -> SubmissionFiles.read(zip(realId)));
        assertTrue(e.getMessage().contains("patients[0].pseudonym: 'MRN-20394455'"), e.getMessage());
        String dated = json("").replace("\"monthsSinceImplant\":3.0", "\"monthsSinceImplant\":3.0,\"assessmentDate\":\"20210304\"");
        e = assertThrows(RegistryInputException.class, () -> SubmissionFiles.read(zip(dated)));
        assertTrue(e.getMessage().contains("patients[0].followUps[0].assessmentDate"), e.getMessage());
        for (String bad : List.of("52-56", "95-99", "90-94")) {
            String band = json("").replace("50-54", bad);
            assertTrue(assertThrows(RegistryInputException.class, () -> SubmissionFiles.read(zip(band))).getMessage().contains("ageBand"), bad);
        }
        assertEquals("85-89", SubmissionFiles.read(zip(json("").replace("50-54", "85-89"))).patients().get(0).ageBand());
        String noKey = json("").replace("\"keyFingerprint\":\"KEY-TEST01\",", "");
        assertTrue(assertThrows(RegistryInputException.class, () -> SubmissionFiles.read(zip(noKey))).getMessage().contains("keyFingerprint"));
    }

    @Test
    void aZipWithAnotherEntryIsRefused() throws Exception {
        Path z = tmp.resolve("two.zip");
        try (OutputStream os = Files.newOutputStream(z); ZipOutputStream out = new ZipOutputStream(os)) {
            out.putNextEntry(new ZipEntry(SubmissionFiles.ENTRY));
            out.write(json("").getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("../../etc/passwd"));
            out.write(1);
        }
        RegistryInputException e = assertThrows(RegistryInputException.class, () -> SubmissionFiles.read(z));
        assertTrue(e.getMessage().contains("unexpected entry '../../etc/passwd'"), e.getMessage());
    }

    @Test
    void exportFromACohortTableBandsAgesAndHidesIds(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("cohort.csv");
        Files.writeString(csv, "patient_id,center,age,sex,kps_before,kps_after,pain_before,pain_after,tumor_size_cm,location,pathology,grade,target,gtv_cc,"
                + "rx_dose_gy,d90_gy,needles,seeds,seed_activity_mci,method,response,lct_months,local_progression,os_months,death\n"
                + "H-77123,C01,54,M,90,100,3,1,5.5,extremity,liposarcoma,G2,local_recurrence,60.2,130,140.5,10,80,0.6,CT_TEMPLATE,PR,12.5,1,20.0,1\n"
                + "H-77124,C01,93,F,,,,,4.0,trunk_wall,fibrosarcoma,Gx,oligometastasis,20.0,120,128.0,5,40,0.5,CT,CR,30.0,0,30.0,0\n"
                + "H-99999,C02,40,F,,,,,4.0,trunk_wall,fibrosarcoma,G1,oligometastasis,20.0,120,128.0,5,40,0.5,CT,CR,30.0,0,30.0,0\n");
        byte[] key = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        byte[] otherKey = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
        Submission s = SubmissionExport.export(new SubmissionExport.Request(new SubmissionExport.CohortCsv(csv, null), "C01", key), null);
        Submission again = SubmissionExport.export(new SubmissionExport.Request(new SubmissionExport.CohortCsv(csv, null), "C01", key), null);
        Submission other = SubmissionExport.export(new SubmissionExport.Request(new SubmissionExport.CohortCsv(csv, null), "C01", otherKey), null);
        assertEquals(2, s.patients().size()); // C02's row is not C01's to submit
        assertEquals(List.of("50-54", "90+"), s.patients().stream().map(Submission.Patient::ageBand).toList());
        assertEquals(s.patients().get(0).pseudonym(), again.patients().get(0).pseudonym());
        assertNotEquals(s.patients().get(0).pseudonym(), other.patients().get(0).pseudonym());
        String text = new String(SubmissionFiles.canonicalJson(s), StandardCharsets.UTF_8);
        assertTrue(!text.contains("77123") && !text.contains("77124"), text);
        // endpoints survive: progression at 12.5, death at 20 for the first patient
        double[] e = TestCohorts.endpoints(s.patients().get(0));
        assertEquals(12.5, e[0]);
        assertEquals(1, e[1]);
        assertEquals(20.0, e[2]);
        assertEquals(1, e[3]);
        Files.writeString(csv, Files.readString(csv).replace("liposarcoma", "h_77123_notes"));
        RegistryInputException refused = assertThrows(RegistryInputException.class,
                () -> SubmissionExport.export(new SubmissionExport.Request(new SubmissionExport.CohortCsv(csv, null), "C01", key), null));
        assertTrue(refused.getMessage().contains("row 2: pathology holds the patient's name or ID"), refused.getMessage());
    }
}
