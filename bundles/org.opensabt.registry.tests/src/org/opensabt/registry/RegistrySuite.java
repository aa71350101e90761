package org.opensabt.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry's behaviour, run on each database by a subclass that gives a fresh, empty registry per test. */
abstract class RegistrySuite {

    @TempDir
    Path tmp;

    /** The owner's credentials of a fresh, empty database (not yet initialised). */
    abstract RegistryCredentials freshRegistry() throws Exception;

    /** Whether the database itself limits a centre account to its rows (PostgreSQL row-level security). */
    abstract boolean databaseEnforcesRows();

    private static final char[] PW = "correct-horse-battery".toCharArray();

    @Test
    void initIsRepeatableAndRecordsItsScripts() throws Exception {
        RegistryCredentials owner = freshRegistry();
        Registry.InitResult first = Registry.init(owner);
        assertEquals(2, first.schemaVersion());
        assertEquals(2, first.appliedScripts().size(), first.appliedScripts().toString());
        Registry.InitResult again = Registry.init(owner);
        assertEquals(2, again.schemaVersion());
        assertTrue(again.appliedScripts().isEmpty(), again.appliedScripts().toString());
    }

    @Test
    void sameSubmissionTwiceChangesNothingAndLaterFollowUpReplacesWithHistory() throws Exception {
        RegistryCredentials owner = freshRegistry();
        Registry.init(owner);
        Submission s = TestCohorts.submission(11, "C01", 40, 3);
        try (Registry r = Registry.connect(owner)) {
            Registry.SubmitResult a = r.submit(s, null);
            assertEquals(40, a.inserted());
            assertFalse(a.duplicate());
            Registry.SubmitResult b = r.submit(s, null);
            assertTrue(b.duplicate());
            assertEquals(0, b.inserted() + b.replaced());
            // patient 0 gets a later visit; patient 1 comes with an earlier state (one visit fewer) than stored
            List<Submission.Patient> next = new ArrayList<>(s.patients());
            Submission.Patient p0 = s.patients().get(0);
            List<Submission.FollowUp> more = new ArrayList<>(p0.followUps());
            more.add(new Submission.FollowUp(p0.lastFollowUpMonths() + 6, "CR", false, false, null, null, null, null, List.of()));
            next.set(0, withFollowUps(p0, more));
            Submission.Patient p1 = s.patients().get(1);
            next.set(1, withFollowUps(p1, p1.followUps().subList(0, 2)));
            Registry.SubmitResult c = r.submit(new Submission("C01", "KEY-TEST01", next), null);
            assertEquals(1, c.replaced());
            assertEquals(1, c.older());
            assertEquals(38, c.unchanged());
            Registry.Status st = r.status();
            assertEquals(40, st.centres().get(0).patients());
            assertEquals(40 * 3 + 1, st.centres().get(0).followUps());
            assertEquals(2, st.centres().get(0).submissions());
        }
        try (Connection c = raw(owner); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT h.revision, p.revision, h.record_json FROM patient_history h JOIN patient p ON p.centre = h.centre AND p.pseudonym = h.pseudonym")) {
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1));
            assertEquals(2, rs.getInt(2));
            assertEquals(SubmissionFiles.patientJson(s.patients().get(0)).toString(), rs.getString(3));
            assertFalse(rs.next());
        }
    }

    @Test
    void centresSeeAndSubmitOnlyTheirOwnRowsAndTheAnalystReadsThePool() throws Exception {
        RegistryCredentials owner = freshRegistry();
        Registry.init(owner);
        try (Registry r = Registry.connect(owner)) {
            r.addAccount("c01", Registry.Role.CENTRE, "C01", PW);
            r.addAccount("c02", Registry.Role.CENTRE, "C02", PW);
            r.addAccount("analyst", Registry.Role.ANALYST, null, PW);
            assertThrows(RegistryInputException.class, () -> r.addAccount("c03", Registry.Role.CENTRE, "C03", "short".toCharArray()));
        }
        try (Registry c1 = Registry.connect(owner.as("c01", PW)); Registry c2 = Registry.connect(owner.as("c02", PW))) {
            assertEquals(Registry.Role.CENTRE, c1.account().role());
            c1.submit(TestCohorts.submission(1, "C01", 10, 2), null);
            c2.submit(TestCohorts.submission(2, "C02", 7, 2), null);
            RegistryAccessException e = assertThrows(RegistryAccessException.class, () -> c2.submit(TestCohorts.submission(3, "C01", 1, 1), null));
            assertTrue(e.getMessage().contains("only for centre C02"), e.getMessage());
            assertEquals(List.of("C02"), c2.status().centres().stream().map(Registry.CentreStatus::centre).toList());
            Registry.CohortResult own = c2.cohort(tmp.resolve("c02.csv"), null);
            assertEquals(7, own.patients());
            assertThrows(RegistryAccessException.class, () -> c2.audit(10));
        }
        try (Registry a = Registry.connect(owner.as("analyst", PW))) {
            assertThrows(RegistryAccessException.class, () -> a.submit(TestCohorts.submission(4, "C01", 1, 1), null));
            Registry.CohortResult pooled = a.cohort(tmp.resolve("pooled.csv"), null);
            assertEquals(17, pooled.patients());
            assertEquals(2, pooled.centres());
        }
        if (databaseEnforcesRows()) {
            // the database, not our code: c02 connected with plain JDBC sees only its rows and cannot write C01's
            try (Connection c = raw(owner.as("c02", PW)); Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*), MIN(centre), MAX(centre) FROM patient")) {
                    rs.next();
                    assertEquals(7, rs.getInt(1));
                    assertEquals("C02", rs.getString(2));
                    assertEquals("C02", rs.getString(3));
                }
                assertEquals(0, st.executeUpdate("DELETE FROM patient WHERE centre = 'C01'"));
                assertThrows(java.sql.SQLException.class, () -> st.executeUpdate("UPDATE patient SET gtv_cc = 1")); // no UPDATE at all
                assertThrows(java.sql.SQLException.class, () -> st.executeUpdate("INSERT INTO submission (submission_id, centre, received_by, received_at, "
                        + "patients, key_fingerprint) VALUES ('" + "f".repeat(64) + "', 'C01', 'c02', CURRENT_TIMESTAMP, 0, 'KEY-AAAAAA')"));
                assertThrows(java.sql.SQLException.class, () -> st.executeUpdate("DELETE FROM audit_event"));
                assertThrows(java.sql.SQLException.class, () -> st.executeQuery("SELECT COUNT(*) FROM audit_event").next());
                // who and when of an audit event are the database's, not the writer's
                assertThrows(java.sql.SQLException.class, () -> st.executeUpdate("INSERT INTO audit_event (event_id, action) VALUES (999999, 'forged')"));
                assertThrows(java.sql.SQLException.class, () -> st.executeUpdate("INSERT INTO audit_event (db_user, action) VALUES ('c01', 'forged')"));
                // a temporary table named like the accounts' cannot stand in for it (the policies' function has a fixed search path)
                assertThrows(java.sql.SQLException.class, () -> st.execute("CREATE TEMP TABLE registry_account (db_user text, account_role text, centre text)"));
                // codes the format allows, and only those, even by direct SQL
                assertThrows(java.sql.SQLException.class, () -> st.executeUpdate("INSERT INTO patient (centre, pseudonym, revision, record_sha256, submission_id, "
                        + "location, last_follow_up_months, record_json) SELECT 'C02', 'OPENSABT-AAAAAAAAAA', 1, record_sha256, submission_id, 'Jane Doe', 1, '{}' "
                        + "FROM patient LIMIT 1"));
            }
        }
        try (Registry r = Registry.connect(owner)) {
            List<Map<String, Object>> audit = r.audit(100);
            assertTrue(audit.stream().anyMatch(e -> "submit-refused".equals(e.get("action")) && "c02".equals(e.get("user"))), audit.toString());
            assertEquals(2, audit.stream().filter(e -> "cohort".equals(e.get("action"))).count());
            assertTrue(audit.stream().anyMatch(e -> "cohort".equals(e.get("action")) && "analyst".equals(e.get("user"))));
        }
    }

    @Test
    void cohortEndpointsFollowTheDefinition() throws Exception {
        RegistryCredentials owner = freshRegistry();
        Registry.init(owner);
        Submission ordered = TestCohorts.submission(5, "C07", 200, 6);
        // visits arrive in any order: shuffled here, the endpoints must not change
        java.util.Random shuffle = new java.util.Random(9);
        List<Submission.Patient> shuffled = new ArrayList<>();
        for (Submission.Patient p : ordered.patients()) {
            List<Submission.FollowUp> fus = new ArrayList<>(p.followUps());
            java.util.Collections.shuffle(fus, shuffle);
            shuffled.add(withFollowUps(p, fus));
        }
        Submission s = new Submission("C07", "KEY-TEST01", shuffled);
        Path csv = tmp.resolve("cohort.csv");
        try (Registry r = Registry.connect(owner)) {
            r.submit(s, null);
            r.cohort(csv, tmp.resolve("ae.csv"), null);
        }
        List<String> aes = Files.readAllLines(tmp.resolve("ae.csv"));
        assertEquals("patient_id,category,term,grade", aes.get(0));
        java.util.Set<String> sent = new java.util.TreeSet<>(), got = new java.util.TreeSet<>(aes.subList(1, aes.size()));
        int sentCount = 0;
        for (Submission.Patient p : s.patients()) {
            for (Submission.FollowUp f : p.followUps()) {
                for (Submission.AdverseEvent a : f.adverseEvents()) {
                    sent.add("C07-" + p.pseudonym() + "," + a.category() + "," + a.term() + "," + a.grade());
                    sentCount++;
                }
            }
        }
        assertTrue(sentCount > 50, "too few adverse events to test: " + sentCount);
        assertEquals(sentCount, aes.size() - 1);
        assertEquals(sent, got);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(Registry.COHORT_COLUMNS, List.of(lines.get(0).split(",", -1)));
        Map<String, String[]> rows = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertEquals(Registry.COHORT_COLUMNS.size(), cells.length, line);
            rows.put(cells[0], cells);
            assertTrue(cells[0].startsWith("C07-OPENSABT-"), cells[0]);
        }
        assertEquals(200, rows.size());
        int lct = Registry.COHORT_COLUMNS.indexOf("lct_months");
        int d90 = Registry.COHORT_COLUMNS.indexOf("d90_gy");
        for (Submission.Patient p : s.patients()) {
            String[] row = rows.get("C07-" + p.pseudonym());
            double[] want = TestCohorts.endpoints(p);
            for (int k = 0; k < 4; k++) {
                assertEquals(want[k], Double.parseDouble(row[lct + k]), 1e-12, p.pseudonym() + " " + Registry.COHORT_COLUMNS.get(lct + k));
            }
            assertEquals(p.d90PostGy() != null ? p.d90PostGy() : p.d90PlannedGy(), Double.parseDouble(row[d90]), 1e-12);
            assertEquals("C07", row[1]);
        }
    }

    @Test
    void centresSubmittingAtOnceLoseAndDuplicateNothing() throws Exception {
        RegistryCredentials owner = freshRegistry();
        Registry.init(owner);
        int centres = 4, batches = 5, perBatch = 60;
        ExecutorService pool = Executors.newFixedThreadPool(centres);
        List<Future<Integer>> done = new ArrayList<>();
        for (int c = 0; c < centres; c++) {
            int centre = c;
            done.add(pool.submit(() -> {
                int n = 0;
                try (Registry r = Registry.connect(owner)) {
                    for (int b = 0; b < batches; b++) {
                        Submission s = TestCohorts.submission(1000 * centre + b, "C0" + centre, perBatch, 4);
                        n += r.submit(s, null).inserted();
                        assertTrue(r.submit(s, null).duplicate()); // a retry after a lost answer
                    }
                }
                return n;
            }));
        }
        int inserted = 0;
        for (Future<Integer> f : done) {
            inserted += f.get();
        }
        pool.shutdown();
        try (Connection c = raw(owner); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*), COUNT(DISTINCT centre), (SELECT COUNT(*) FROM follow_up) FROM patient")) {
            rs.next();
            assertEquals(inserted, rs.getInt(1));
            assertEquals(centres * batches * perBatch, rs.getInt(1));
            assertEquals(centres, rs.getInt(2));
            assertEquals(centres * batches * perBatch * 4, rs.getInt(3));
        }
    }

    @Test
    void aCentresSubmissionMadeWithAnotherSiteKeyIsRefused() throws Exception {
        RegistryCredentials owner = freshRegistry();
        Registry.init(owner);
        try (Registry r = Registry.connect(owner)) {
            r.submit(TestCohorts.submission(31, "C01", 5, 2), null);
            Submission other = TestCohorts.submission(32, "C01", 5, 2);
            RegistryInputException e = assertThrows(RegistryInputException.class,
                    () -> r.submit(new Submission("C01", "KEY-OTHER1", other.patients()), null));
            assertTrue(e.getMessage().contains("site key KEY-TEST01"), e.getMessage());
            assertEquals(5, r.status().centres().get(0).patients());
            r.submit(new Submission("C02", "KEY-OTHER1", other.patients()), null); // another centre, its own key
        }
    }

    /** Two connections of one centre send overlapping patients at once, each later follow-up replacing: every patient once, its history whole. */
    @Test
    void overlappingSubmissionsOfOneCentreReplaceInOrderAndKeepHistory() throws Exception {
        RegistryCredentials owner = freshRegistry();
        Registry.init(owner);
        Submission base = TestCohorts.submission(41, "C03", 80, 2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> done = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                int stored = 0;
                try (Registry r = Registry.connect(owner)) {
                    for (int round = 0; round < 6; round++) {
                        // each round adds one later visit to every patient (the two writers' rounds interleave)
                        List<Submission.Patient> ps = new ArrayList<>();
                        for (Submission.Patient p : base.patients()) {
                            List<Submission.FollowUp> fus = new ArrayList<>(p.followUps());
                            fus.add(new Submission.FollowUp(p.lastFollowUpMonths() + 1 + round, "NE", false, false, null, null, null, writer + 1, List.of()));
                            ps.add(withFollowUps(p, fus));
                        }
                        Registry.SubmitResult res = r.submit(new Submission("C03", "KEY-TEST01", ps), null);
                        stored += res.inserted() + res.replaced();
                    }
                }
                return stored;
            }));
        }
        int stored = 0;
        for (Future<Integer> f : done) {
            stored += f.get();
        }
        pool.shutdown();
        try (Connection c = raw(owner); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*), SUM(revision), (SELECT COUNT(*) FROM patient_history), (SELECT COUNT(*) FROM follow_up) FROM patient")) {
            rs.next();
            assertEquals(80, rs.getInt(1));
            assertEquals(stored, rs.getInt(2), "every stored version is a revision");
            assertEquals(stored - 80, rs.getInt(3), "every replaced version is in the history");
            assertEquals(80 * 3, rs.getInt(4), "each patient's latest record: its 2 visits and one more");
        }
    }

    /** The bundled synthetic cohort through export, the registry and its cohort comes back as it was, column by column (ages as bands). */
    @Test
    void theStudyCohortComesBackFromTheRegistryAsItWas() throws Exception {
        Path original = Path.of("../../demo-data/cohorts/sabt_synthetic_120.csv").toAbsolutePath().normalize();
        byte[] key = "registry-round-trip-test-key-0123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Submission s = SubmissionExport.export(new SubmissionExport.Request(new SubmissionExport.CohortCsv(original, null), "C01", key), null);
        RegistryCredentials owner = freshRegistry();
        Registry.init(owner);
        Path csv = tmp.resolve("round-trip.csv");
        try (Registry r = Registry.connect(owner)) {
            r.submit(s, null);
            assertEquals(120, r.cohort(csv, null).patients());
        }
        Map<String, Map<String, String>> back = new HashMap<>();
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.get(0).split(",", -1));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < cells.length; i++) {
                row.put(header.get(i), cells[i]);
            }
            back.put(row.get("patient_id"), row);
        }
        org.opensabt.dicom.Deidentification deid = new org.opensabt.dicom.Deidentification(key, false, false);
        List<String> rows = Files.readAllLines(original);
        List<String> columns = List.of(rows.get(0).split(",", -1));
        int compared = 0;
        for (String line : rows.subList(1, rows.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = back.get("C01-" + deid.pseudonym(cells[0]));
            assertTrue(row != null, "patient " + cells[0] + " not in the registry's cohort");
            for (int i = 1; i < cells.length; i++) {
                String column = columns.get(i);
                String want = cells[i];
                if (column.equals("age")) {
                    assertEquals(Integer.parseInt(want) >= 55 ? ">=55" : "<55", row.get("age_ge55"), cells[0]);
                    continue;
                }
                assertTrue(row.containsKey(column), column);
                String got = row.get(column);
                if (!want.isEmpty() && want.matches("-?[0-9.]+")) {
                    assertEquals(Double.parseDouble(want), Double.parseDouble(got), 1e-12, cells[0] + " " + column);
                } else {
                    assertEquals(want, got, cells[0] + " " + column);
                }
                compared++;
            }
        }
        assertTrue(compared > 120 * 20, "compared " + compared);
    }

    @Test
    void aSubmissionFileGoesThroughTheRegistryUnchanged() throws Exception {
        RegistryCredentials owner = freshRegistry();
        Registry.init(owner);
        Submission s = TestCohorts.submission(21, "C05", 25, 3);
        Path zip = SubmissionFiles.write(s, tmp.resolve("c05.zip"));
        Submission read = SubmissionFiles.read(zip);
        assertEquals(s, read);
        try (Registry r = Registry.connect(owner)) {
            assertEquals(SubmissionFiles.id(s), r.submit(read, null).submissionId());
            assertTrue(r.submit(s, null).duplicate());
        }
    }

    static Submission.Patient withFollowUps(Submission.Patient p, List<Submission.FollowUp> fus) {
        return new Submission.Patient(p.pseudonym(), p.ageBand(), p.sex(), p.location(), p.pathology(), p.grade(), p.target(), p.tumourSizeCm(), p.gtvCc(),
                p.rxGy(), p.d90PlannedGy(), p.v100PlannedPct(), p.v150PlannedPct(), p.d90PostGy(), p.v100PostPct(), p.v150PostPct(), p.seeds(), p.needles(),
                p.seedStrengthU(), p.seedActivityMci(), p.method(), fus);
    }

    /** A plain JDBC connection, past the registry's code. */
    static Connection raw(RegistryCredentials c) throws Exception {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", c.user());
        p.setProperty("password", new String(c.password()));
        return c.isH2() ? new org.h2.Driver().connect(c.url(), p) : new org.postgresql.Driver().connect(c.url(), p);
    }
}
