package org.opensabt.registry;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.opensabt.registry.internal.AtomicFiles;
import org.opensabt.registry.internal.Migrations;

/**
 * The registry side: a JDBC database (embedded H2 by default, PostgreSQL at scale, the same code and migrations)
 * holding the centres' de-identified submissions, and the pooled cohort for the outcome analysis.
 * <ul>
 * <li>Accounts: the owner (who ran {@link #init}) adds centre accounts, which see and submit only their centre's rows,
 * and analyst accounts, which read the pooled cohort. PostgreSQL enforces this with roles and row-level security; in
 * H2 this class does.</li>
 * <li>Submitting is idempotent: a submission already received changes nothing; a patient submitted again with a later
 * follow-up replaces the stored record, whose earlier version goes to {@code patient_history}.</li>
 * <li>Every submission and cohort export is audited ({@code audit_event}).</li>
 * </ul>
 * One instance holds one connection; use one per thread.
 */
public final class Registry implements AutoCloseable {

    public enum Role {
        OWNER, CENTRE, ANALYST
    }

    /** Who is connected: the owner, a centre account (with its centre) or an analyst. */
    public record Account(String user, Role role, String centre) {
    }

    public record InitResult(String url, int schemaVersion, List<String> appliedScripts) {
    }

    /** What a submission changed: patients new, replaced by a later follow-up, unchanged, or older than the stored record (kept). */
    public record SubmitResult(String submissionId, String centre, boolean duplicate, int patients, int inserted, int replaced, int unchanged, int older) {
    }

    public record CentreStatus(String centre, int patients, int followUps, int submissions, double lastFollowUpMonthsMax) {
    }

    public record Status(String url, Account account, int schemaVersion, List<CentreStatus> centres) {
    }

    /** The cohort CSV's columns: the study layout the outcome analysis reads, with the planned and post-implant metrics beside. */
    public static final List<String> COHORT_COLUMNS = List.of("patient_id", "center", "age_band", "age_ge55", "sex", "kps_before", "kps_after",
            "pain_before", "pain_after", "tumor_size_cm", "location", "pathology", "grade", "target", "gtv_cc", "rx_dose_gy", "d90_gy", "d90_planned_gy",
            "v100_planned_pct", "v150_planned_pct", "d90_post_gy", "v100_post_pct", "v150_post_pct", "needles", "seeds", "seed_strength_u",
            "seed_activity_mci", "method", "response", "lct_months", "local_progression", "os_months", "death");

    public record CohortResult(Path file, int patients, int centres, int events, String sha256) {
    }

    private static final int MAX_RETRIES = 10;

    private final RegistryCredentials credentials;
    private final Connection connection;
    private final String dialect;
    private Account account;

    private Registry(RegistryCredentials credentials, Connection connection) {
        this.credentials = credentials;
        this.connection = connection;
        this.dialect = credentials.isH2() ? "h2" : "postgresql";
    }

    /** Connects to an existing registry (or, with {@code create}, an H2 file registry that does not exist yet). */
    public static Registry connect(RegistryCredentials credentials) throws RegistryInputException {
        return connect(credentials, false);
    }

    private static Registry connect(RegistryCredentials credentials, boolean create) throws RegistryInputException {
        Properties p = new Properties();
        p.setProperty("user", credentials.user());
        p.setProperty("password", new String(credentials.password()));
        try {
            Connection c;
            if (credentials.isH2()) {
                String url = credentials.url() + (create ? "" : ";IFEXISTS=TRUE");
                c = new org.h2.Driver().connect(url, p);
            } else {
                p.setProperty("ApplicationName", "opensabt registry");
                c = new org.postgresql.Driver().connect(credentials.url(), p);
            }
            if (c == null) {
                throw new RegistryInputException(credentials.url() + ": not a registry URL this build can open");
            }
            Registry r = new Registry(credentials, c);
            if (!create) {
                r.account = r.lookUpAccount();
            }
            return r;
        } catch (SQLException e) {
            throw new RegistryInputException(credentials.url() + ": cannot connect as " + credentials.user() + ": " + oneLine(e), e);
        }
    }

    /**
     * Creates the registry's schema or brings it up to date (the migrations); the connecting account becomes (or is)
     * the owner. For an H2 folder the database file is created.
     */
    public static InitResult init(RegistryCredentials credentials) throws RegistryInputException {
        try (Registry r = connect(credentials, true)) {
            List<Migrations.Applied> applied = Migrations.migrate(r.connection, r.dialect);
            int version = Migrations.version(r.connection);
            r.account = r.lookUpAccount();
            r.audit("init", null, "schema version " + version + "; applied " + applied.stream().map(Migrations.Applied::script).toList());
            return new InitResult(credentials.url(), version, applied.stream().map(Migrations.Applied::script).toList());
        } catch (SQLException | IOException e) {
            throw new RegistryInputException(credentials.url() + ": cannot create the registry: " + oneLine(e), e);
        }
    }

    public Account account() {
        return account;
    }

    private Account lookUpAccount() throws SQLException, RegistryInputException {
        String user = credentials.user().toLowerCase(Locale.ROOT);
        if (Migrations.version(connection) == 0) {
            throw new RegistryInputException(credentials.url() + ": not an OpenSABT registry yet (run opensabt registry init)");
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT account_role, centre FROM registry_account WHERE db_user = ?")) {
            ps.setString(1, user);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return new Account(user, "centre".equals(rs.getString(1)) ? Role.CENTRE : Role.ANALYST, rs.getString(2));
                }
            }
        }
        if (!isOwner()) {
            throw new RegistryAccessException("account " + user + " is neither the registry's owner nor one of its centre or analyst accounts");
        }
        return new Account(user, Role.OWNER, null);
    }

    /** Whether the connected user owns the database: PostgreSQL's database owner (or a superuser), an H2 admin. */
    private boolean isOwner() throws SQLException {
        String sql = credentials.isH2() ? "SELECT IS_ADMIN FROM INFORMATION_SCHEMA.USERS WHERE USER_NAME = CURRENT_USER"
                : "SELECT pg_get_userbyid(datdba) = current_user OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) FROM pg_database "
                        + "WHERE datname = current_database()";
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /**
     * Adds an account (the owner only): a database login in the centre or analyst group and its row in
     * {@code registry_account}. The password is set without passing through SQL text where the driver allows it
     * (PostgreSQL: SCRAM computed by the client).
     */
    public void addAccount(String user, Role role, String centre, char[] password) throws RegistryInputException {
        requireOwner("add accounts");
        if (!RegistryCredentials.USER.matcher(user).matches()) {
            throw new RegistryInputException("account '" + user + "': expected lower-case letters, digits and '_' (at most 63), starting with a letter");
        }
        if (role == Role.OWNER || (role == Role.CENTRE) != (centre != null)) {
            throw new RegistryInputException("a centre account needs --centre, an analyst account takes none");
        }
        if (centre != null && !SubmissionFiles.CENTRE.matcher(centre).matches()) {
            throw new RegistryInputException("centre '" + centre + "' is not a centre code");
        }
        if (password.length < 12) {
            throw new RegistryInputException("account " + user + ": the password must have at least 12 characters");
        }
        String group = role == Role.CENTRE ? "opensabt_centre" : "opensabt_analyst";
        boolean listed = false;
        try {
            connection.setAutoCommit(true);
            // the account's row first: a login without its row would be nobody's, one with it but no login is harmless
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO registry_account (db_user, account_role, centre) VALUES (?, ?, ?)")) {
                ps.setString(1, user);
                ps.setString(2, role == Role.CENTRE ? "centre" : "analyst");
                ps.setString(3, centre);
                ps.executeUpdate();
                listed = true;
            }
            try (Statement st = connection.createStatement()) {
                if (credentials.isH2()) {
                    st.execute("CREATE USER \"" + user.toUpperCase(Locale.ROOT) + "\" PASSWORD '" + new String(password).replace("'", "''") + "'");
                    st.execute("GRANT " + group + " TO \"" + user.toUpperCase(Locale.ROOT) + "\"");
                } else {
                    st.execute("CREATE ROLE \"" + user + "\" LOGIN IN ROLE " + group);
                    // the driver zeroes the array it is given
                    connection.unwrap(org.postgresql.PGConnection.class).alterUserPassword(user, password.clone(), "scram-sha-256");
                }
            }
            audit("account", centre, "added " + role.name().toLowerCase(Locale.ROOT) + " account " + user);
        } catch (SQLException e) {
            if (listed) {
                try (PreparedStatement ps = connection.prepareStatement("DELETE FROM registry_account WHERE db_user = ?")) {
                    ps.setString(1, user);
                    ps.executeUpdate();
                } catch (SQLException ignored) {
                    // the first error is the one to report
                }
            }
            String message = oneLine(e).replace(new String(password), "***"); // H2 may quote the statement, which holds the password
            throw new RegistryInputException("cannot add account " + user + ": " + message, e);
        }
    }

    /** Stores a submission (a centre account for its own centre, or the owner); idempotent, retried on a write conflict. */
    public SubmitResult submit(Submission submission, IProgressMonitor monitor) throws RegistryInputException {
        IProgressMonitor m = monitor == null ? new NullProgressMonitor() : monitor;
        if (account.role() == Role.ANALYST || (account.role() == Role.CENTRE && !account.centre().equals(submission.centre()))) {
            audit("submit-refused", submission.centre(), "account " + account.user() + " may not submit for centre " + submission.centre());
            throw new RegistryAccessException("account " + account.user() + (account.role() == Role.ANALYST ? " is an analyst and submits nothing"
                    : " submits only for centre " + account.centre() + ", not " + submission.centre()));
        }
        // the same check as reading a file: a submission made in code goes through it too
        byte[] canonical = SubmissionFiles.canonicalJson(submission);
        SubmissionFiles.fromJson("submission of centre " + submission.centre(), canonical);
        String id = SubmissionFiles.sha256(canonical); // = SubmissionFiles.id(submission), from the bytes already made
        for (int attempt = 1;; attempt++) {
            try {
                SubmitResult r = submitOnce(id, submission, m);
                if (r.duplicate()) {
                    audit("submit-duplicate", submission.centre(), "submission " + id + " received before; nothing changed");
                }
                return r;
            } catch (OperationCanceledException e) {
                rollbackQuietly();
                throw e;
            } catch (KeyChangedException e) {
                rollbackQuietly();
                audit("submit-refused", submission.centre(), e.getMessage());
                throw new RegistryInputException(e.getMessage());
            } catch (SQLException e) {
                rollbackQuietly();
                String state = sqlState(e);
                // serialization failure, deadlock, a row inserted meanwhile (unique), H2's lock timeout and concurrent update
                boolean conflict = state.equals("40001") || state.equals("40P01") || state.equals("23505") || state.startsWith("HYT") || state.equals("90131");
                if (!conflict || attempt >= MAX_RETRIES) {
                    throw new RegistryInputException("submission " + id.substring(0, 12) + " of centre " + submission.centre() + " was not stored: " + oneLine(e), e);
                }
                try { // another writer holds the rows (H2 reports its uncommitted insert at once): let it finish
                    Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(20, 60) * attempt);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new RegistryInputException("submission " + id.substring(0, 12) + " interrupted; nothing stored", ie);
                }
            }
        }
    }

    private SubmitResult submitOnce(String id, Submission s, IProgressMonitor m) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM submission WHERE submission_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    connection.rollback();
                    return new SubmitResult(id, s.centre(), true, s.patients().size(), 0, 0, 0, 0);
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT DISTINCT key_fingerprint FROM submission WHERE centre = ?")) {
            ps.setString(1, s.centre());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!rs.getString(1).equals(s.keyFingerprint())) {
                        throw new KeyChangedException("centre " + s.centre() + "'s submissions so far were made with site key " + rs.getString(1) + ", this one with "
                                + s.keyFingerprint() + ": its pseudonyms would not match the registry's; export with the centre's key");
                    }
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO submission (submission_id, centre, received_by, received_at, patients, "
                + "key_fingerprint) VALUES (?, ?, ?, CURRENT_TIMESTAMP, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, s.centre());
            ps.setString(3, account.user());
            ps.setInt(4, s.patients().size());
            ps.setString(5, s.keyFingerprint());
            ps.executeUpdate();
        }
        m.beginTask("submit", s.patients().size());
        int inserted = 0, replaced = 0, unchanged = 0, older = 0;
        try (PreparedStatement insertPatient = connection.prepareStatement("INSERT INTO patient (centre, pseudonym, revision, record_sha256, submission_id, "
                + "age_band, sex, location, pathology, grade, target, tumour_size_cm, gtv_cc, rx_gy, d90_planned_gy, v100_planned_pct, v150_planned_pct, "
                + "d90_post_gy, v100_post_pct, v150_post_pct, seeds, needles, seed_strength_u, seed_activity_mci, method, last_follow_up_months, record_json) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement insertVisit = connection.prepareStatement("INSERT INTO follow_up (centre, pseudonym, visit, months_since_implant, "
                        + "response, local_progression, local_control_assessed, death, kps_before, kps_after, pain_nrs_before, pain_nrs_after) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement insertEvent = connection.prepareStatement(
                        "INSERT INTO adverse_event (centre, pseudonym, visit, category, term, ctcae_grade) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement toHistory = connection.prepareStatement("INSERT INTO patient_history (centre, pseudonym, revision, submission_id, "
                        + "replaced_by, replaced_at, record_json) SELECT centre, pseudonym, revision, submission_id, ?, CURRENT_TIMESTAMP, record_json "
                        + "FROM patient WHERE centre = ? AND pseudonym = ?");
                PreparedStatement deleteOld = connection.prepareStatement("DELETE FROM patient WHERE centre = ? AND pseudonym = ?")) {
            List<Submission.Patient> patients = s.patients();
            for (int from = 0; from < patients.size(); from += 500) {
                if (m.isCanceled()) {
                    throw new OperationCanceledException();
                }
                List<Submission.Patient> chunk = patients.subList(from, Math.min(patients.size(), from + 500));
                Map<String, Object[]> stored = stored(s.centre(), chunk);
                for (Submission.Patient p : chunk) {
                    String json = SubmissionFiles.patientJson(p).toString(); // hashed, and stored as the record
                    String sha = SubmissionFiles.sha256(json.getBytes(StandardCharsets.UTF_8));
                    Object[] before = stored.get(p.pseudonym());
                    int revision = 1;
                    if (before != null) {
                        if (before[1].equals(sha)) {
                            unchanged++;
                            continue;
                        }
                        if (p.lastFollowUpMonths() < (Double) before[2]) {
                            older++;
                            continue;
                        }
                        toHistory.setString(1, id);
                        toHistory.setString(2, s.centre());
                        toHistory.setString(3, p.pseudonym());
                        toHistory.executeUpdate();
                        deleteOld.setString(1, s.centre());
                        deleteOld.setString(2, p.pseudonym());
                        deleteOld.executeUpdate(); // its follow-ups and adverse events go with it (ON DELETE CASCADE)
                        revision = (Integer) before[0] + 1;
                        replaced++;
                    } else {
                        inserted++;
                    }
                    bindPatient(insertPatient, s.centre(), p, revision, sha, id, json);
                    insertPatient.addBatch();
                    int visit = 0;
                    List<Submission.FollowUp> inTime = new ArrayList<>(p.followUps());
                    inTime.sort(java.util.Comparator.comparingDouble(Submission.FollowUp::monthsSinceImplant)); // stable: same-day visits keep their order
                    for (Submission.FollowUp f : inTime) {
                        visit++;
                        insertVisit.setString(1, s.centre());
                        insertVisit.setString(2, p.pseudonym());
                        insertVisit.setInt(3, visit);
                        insertVisit.setDouble(4, f.monthsSinceImplant());
                        insertVisit.setString(5, f.response());
                        insertVisit.setBoolean(6, f.localProgression());
                        insertVisit.setBoolean(7, f.localControlAssessed());
                        insertVisit.setBoolean(8, f.death());
                        setInt(insertVisit, 9, f.kpsBefore());
                        setInt(insertVisit, 10, f.kpsAfter());
                        setInt(insertVisit, 11, f.painNrsBefore());
                        setInt(insertVisit, 12, f.painNrsAfter());
                        insertVisit.addBatch();
                        for (Submission.AdverseEvent a : f.adverseEvents()) {
                            insertEvent.setString(1, s.centre());
                            insertEvent.setString(2, p.pseudonym());
                            insertEvent.setInt(3, visit);
                            insertEvent.setString(4, a.category());
                            insertEvent.setString(5, a.term());
                            insertEvent.setInt(6, a.grade());
                            insertEvent.addBatch();
                        }
                    }
                }
                insertPatient.executeBatch();
                insertVisit.executeBatch();
                insertEvent.executeBatch();
                m.worked(chunk.size());
            }
        }
        // audited in the same transaction: stored and audited, or neither
        insertAudit("submit", s.centre(), "submission " + id + ": " + s.patients().size() + " patients, " + inserted + " new, " + replaced + " replaced, "
                + unchanged + " unchanged, " + older + " older kept");
        connection.commit();
        return new SubmitResult(id, s.centre(), false, s.patients().size(), inserted, replaced, unchanged, older);
    }

    /** The stored revision, record hash and last follow-up of a chunk's patients, locked for this transaction. */
    private Map<String, Object[]> stored(String centre, List<Submission.Patient> chunk) throws SQLException {
        Map<String, Object[]> out = new HashMap<>();
        StringBuilder sql = new StringBuilder("SELECT pseudonym, revision, record_sha256, last_follow_up_months FROM patient WHERE centre = ? AND pseudonym IN (");
        for (int i = 0; i < chunk.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(") FOR UPDATE");
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            ps.setString(1, centre);
            for (int i = 0; i < chunk.size(); i++) {
                ps.setString(i + 2, chunk.get(i).pseudonym());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new Object[] { rs.getInt(2), rs.getString(3).strip(), rs.getDouble(4) });
                }
            }
        }
        return out;
    }

    private static void bindPatient(PreparedStatement ps, String centre, Submission.Patient p, int revision, String sha, String submissionId,
            String recordJson) throws SQLException {
        int i = 1;
        ps.setString(i++, centre);
        ps.setString(i++, p.pseudonym());
        ps.setInt(i++, revision);
        ps.setString(i++, sha);
        ps.setString(i++, submissionId);
        ps.setString(i++, p.ageBand());
        ps.setString(i++, p.sex());
        ps.setString(i++, p.location());
        ps.setString(i++, p.pathology());
        ps.setString(i++, p.grade());
        ps.setString(i++, p.target());
        for (Double d : new Double[] { p.tumourSizeCm(), p.gtvCc(), p.rxGy(), p.d90PlannedGy(), p.v100PlannedPct(), p.v150PlannedPct(), p.d90PostGy(),
                p.v100PostPct(), p.v150PostPct() }) {
            setDouble(ps, i++, d);
        }
        setInt(ps, i++, p.seeds());
        setInt(ps, i++, p.needles());
        setDouble(ps, i++, p.seedStrengthU());
        setDouble(ps, i++, p.seedActivityMci());
        ps.setString(i++, p.method());
        ps.setDouble(i++, p.lastFollowUpMonths());
        ps.setString(i, recordJson);
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }

    /** Patients, follow-ups and submissions per centre, as far as the account may see. */
    public Status status() throws RegistryInputException {
        try {
            connection.setAutoCommit(true);
            Map<String, int[]> counts = new java.util.TreeMap<>();
            Map<String, Double> last = new HashMap<>();
            String own = account.role() == Role.CENTRE ? " WHERE centre = ?" : "";
            for (String[] q : new String[][] { { "SELECT centre, COUNT(*), MAX(last_follow_up_months) FROM patient" + own + " GROUP BY centre", "0" },
                    { "SELECT centre, COUNT(*), 0 FROM follow_up" + own + " GROUP BY centre", "1" },
                    { "SELECT centre, COUNT(*), 0 FROM submission" + own + " GROUP BY centre", "2" } }) {
                try (PreparedStatement ps = connection.prepareStatement(q[0])) {
                    if (!own.isEmpty()) {
                        ps.setString(1, account.centre());
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            counts.computeIfAbsent(rs.getString(1), k -> new int[3])[Integer.parseInt(q[1])] = rs.getInt(2);
                            if (q[1].equals("0")) {
                                last.put(rs.getString(1), rs.getDouble(3));
                            }
                        }
                    }
                }
            }
            List<CentreStatus> centres = new ArrayList<>();
            counts.forEach((c, n) -> centres.add(new CentreStatus(c, n[0], n[1], n[2], last.getOrDefault(c, 0.0))));
            return new Status(credentials.url(), account, Migrations.version(connection), centres);
        } catch (SQLException e) {
            throw new RegistryInputException(credentials.url() + ": cannot read the registry: " + oneLine(e), e);
        }
    }

    /**
     * Writes the cohort the outcome analysis reads (one row per patient, {@link #COHORT_COLUMNS}) atomically: the pooled
     * cohort for an analyst or the owner, a centre's own rows for a centre account. Endpoints as the outcome analysis
     * of cases defines them: local progression at the first follow-up that records it, else censored at the last
     * follow-up; death likewise; the best RECIST response; KPS and pain from the last visit that recorded them.
     */
    public CohortResult cohort(Path out, IProgressMonitor monitor) throws RegistryInputException {
        return cohort(out, null, monitor);
    }

    /**
     * As {@link #cohort(Path, IProgressMonitor)}, and with {@code adverseEvents} (may be null) the adverse events of the
     * same patients from the same snapshot, as the outcome analysis reads them ({@code patient_id,category,term,grade}).
     */
    public CohortResult cohort(Path out, Path adverseEvents, IProgressMonitor monitor) throws RegistryInputException {
        IProgressMonitor m = monitor == null ? new NullProgressMonitor() : monitor;
        String own = account.role() == Role.CENTRE ? " WHERE p.centre = ?" : "";
        try {
            connection.setAutoCommit(false);
            // one snapshot for the patients and their visits, whatever commits meanwhile
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            if (credentials.isH2()) {
                try (Statement st = connection.createStatement()) {
                    st.execute("SET LAZY_QUERY_EXECUTION TRUE"); // stream the million visits instead of buffering them (to disk past 40 000 rows)
                }
            }
            int rows = 0, events = 0;
            java.util.Set<String> centres = new java.util.TreeSet<>();
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            // the patients in order, then one unordered scan of the visits (no join, no sort of a million rows in the
            // database); a row's endpoints do not depend on the order its visits arrive in
            List<CohortRow> ordered = new ArrayList<>();
            Map<String, CohortRow> byKey = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT p.centre, p.pseudonym, p.age_band, p.sex, p.tumour_size_cm, p.location, "
                    + "p.pathology, p.grade, p.target, p.gtv_cc, p.rx_gy, p.d90_planned_gy, p.v100_planned_pct, p.v150_planned_pct, p.d90_post_gy, "
                    + "p.v100_post_pct, p.v150_post_pct, p.needles, p.seeds, p.seed_strength_u, p.seed_activity_mci, p.method "
                    + "FROM patient p" + own + " ORDER BY p.centre, p.pseudonym")) {
                if (!own.isEmpty()) {
                    ps.setString(1, account.centre());
                }
                ps.setFetchSize(5000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        CohortRow row = new CohortRow(rs);
                        ordered.add(row);
                        byKey.put(rs.getString(1) + "\u0000" + rs.getString(2), row);
                    }
                }
            }
            try (PreparedStatement fs = connection.prepareStatement("SELECT f.centre, f.pseudonym, f.months_since_implant, f.response, "
                    + "f.local_progression, f.death, f.kps_before, f.kps_after, f.pain_nrs_before, f.pain_nrs_after, f.visit, f.local_control_assessed "
                    + "FROM follow_up f"
                    + own.replace("p.", "f."))) {
                if (!own.isEmpty()) {
                    fs.setString(1, account.centre());
                }
                fs.setFetchSize(20000);
                try (ResultSet visits = fs.executeQuery()) {
                    for (long n = 0; visits.next(); n++) {
                        CohortRow row = byKey.get(visits.getString(1) + "\u0000" + visits.getString(2));
                        if (row == null) {
                            throw new SQLException("follow-up of " + visits.getString(1) + "/" + visits.getString(2) + " without its patient");
                        }
                        row.visit(visits);
                        if (n % 100000 == 0 && m.isCanceled()) {
                            throw new OperationCanceledException();
                        }
                    }
                }
            }
            List<String> adverseEventLines = adverseEvents == null ? null : adverseEventLines(own);
            // the file's lines and their digest first, then the audit event and the commit, then the files: an export
            // that failed to write is audited (over-reported), never a written one unaudited
            List<String> lines = new ArrayList<>(ordered.size() + 1);
            lines.add(String.join(",", COHORT_COLUMNS) + "\n");
            for (CohortRow row : ordered) {
                if (row.visits > 0) { // a patient without follow-up has no endpoint yet
                    lines.add(row.line());
                    events += row.progression() ? 1 : 0;
                    rows++;
                    centres.add(row.centre);
                }
            }
            for (String line : lines) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
            }
            String digest = java.util.HexFormat.of().formatHex(sha.digest());
            insertAudit("cohort", account.centre(), rows + " patients from " + centres.size() + " centres" + (adverseEvents == null ? "" : " with adverse events")
                    + ", sha256 " + digest);
            connection.commit();
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            writeLines(out, lines);
            if (adverseEvents != null) {
                writeLines(adverseEvents, adverseEventLines);
            }
            return new CohortResult(out, rows, centres.size(), events, digest);
        } catch (OperationCanceledException e) {
            rollbackQuietly();
            throw e;
        } catch (SQLException | IOException | java.security.NoSuchAlgorithmException e) {
            rollbackQuietly();
            throw new RegistryInputException(credentials.url() + ": cannot export the cohort to " + out + ": " + oneLine(e), e);
        }
    }

    private static void writeLines(Path file, List<String> lines) throws IOException {
        AtomicFiles.write(file, tmp -> {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (String line : lines) {
                    w.write(line);
                }
            }
        });
    }

    private List<String> adverseEventLines(String own) throws SQLException {
        List<String> lines = new ArrayList<>();
        lines.add("patient_id,category,term,grade\n");
        try (PreparedStatement ps = connection.prepareStatement("SELECT p.centre, p.pseudonym, p.category, p.term, p.ctcae_grade FROM adverse_event p" + own
                + " ORDER BY p.centre, p.pseudonym, p.visit")) {
            if (!own.isEmpty()) {
                ps.setString(1, account.centre());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(patientId(rs.getString(1), rs.getString(2)) + "," + (rs.getString(3) == null ? "" : rs.getString(3)) + "," + rs.getString(4) + ","
                            + rs.getInt(5) + "\n");
                }
            }
        }
        return lines;
    }

    /** One patient's cohort row, accumulated over the visits in time order. */
    private static final class CohortRow {
        /** RECIST responses from best to worst (NE is none of them). */
        static final List<String> RESPONSE_ORDER = List.of("CR", "PR", "SD", "PD");

        final String centre;
        final String head; // patient_id … sex
        final String tail; // tumor_size_cm … method
        int visits;
        double lastVisit = Double.NEGATIVE_INFINITY, lastAssessed = Double.NEGATIVE_INFINITY, lct = Double.POSITIVE_INFINITY, os = Double.POSITIVE_INFINITY;
        int bestRank = Integer.MAX_VALUE;
        double scoredAt = Double.NEGATIVE_INFINITY;
        int scoredVisit = -1;
        Integer kpsBefore, kpsAfter, painBefore, painAfter;

        CohortRow(ResultSet rs) throws SQLException {
            centre = rs.getString(1);
            String band = rs.getString(3);
            String ge55 = band == null ? "" : Integer.parseInt(band.replace("+", "").split("-")[0]) >= 55 ? ">=55" : "<55";
            head = String.join(",", patientId(centre, rs.getString(2)), centre, text(band), ge55, text(rs.getString(4)));
            String planned = number(rs, 12), post = number(rs, 15);
            tail = String.join(",", number(rs, 5), text(rs.getString(6)), text(rs.getString(7)), text(rs.getString(8)), text(rs.getString(9)), number(rs, 10),
                    number(rs, 11), post.isEmpty() ? planned : post, planned, number(rs, 13), number(rs, 14), post, number(rs, 16), number(rs, 17),
                    integer(rs, 18), integer(rs, 19), number(rs, 20), number(rs, 21), text(rs.getString(22)));
        }

        /**
         * One visit, in any order (columns 3–11: months, response, progression, death, KPS and pain before and after,
         * visit number): progression and death at their earliest visit, the best response, the scores of the latest
         * visit that recorded any, censoring at the latest visit.
         */
        void visit(ResultSet rs) throws SQLException {
            visits++;
            double t = rs.getDouble(3);
            lastVisit = Math.max(lastVisit, t);
            if (rs.getBoolean(12)) {
                lastAssessed = Math.max(lastAssessed, t);
            }
            String response = rs.getString(4);
            int rank = response == null ? -1 : RESPONSE_ORDER.indexOf(response);
            if (rank >= 0 && rank < bestRank) {
                bestRank = rank;
            }
            if (rs.getBoolean(5)) {
                lct = Math.min(lct, t);
            }
            if (rs.getBoolean(6)) {
                os = Math.min(os, t);
            }
            Integer kb = intOrNull(rs, 7), ka = intOrNull(rs, 8), pb = intOrNull(rs, 9), pa = intOrNull(rs, 10);
            int visit = rs.getInt(11);
            if ((kb != null || ka != null || pb != null || pa != null) && (t > scoredAt || (t == scoredAt && visit > scoredVisit))) {
                scoredAt = t;
                scoredVisit = visit;
                kpsBefore = kb;
                kpsAfter = ka;
                painBefore = pb;
                painAfter = pa;
            }
        }

        boolean progression() {
            return lct != Double.POSITIVE_INFINITY;
        }

        String line() {
            boolean progression = progression(), death = os != Double.POSITIVE_INFINITY;
            return String.join(",", head, str(kpsBefore), str(kpsAfter), str(painBefore), str(painAfter), tail,
                    bestRank == Integer.MAX_VALUE ? "" : RESPONSE_ORDER.get(bestRank),
                    fmt(progression ? lct : lastAssessed > Double.NEGATIVE_INFINITY ? lastAssessed : lastVisit), progression ? "1" : "0",
                    fmt(death ? os : lastVisit), death ? "1" : "0") + "\n";
        }

        private static String str(Integer v) {
            return v == null ? "" : v.toString();
        }

        private static String text(String v) {
            return v == null ? "" : v;
        }

        private static String number(ResultSet rs, int i) throws SQLException {
            double v = rs.getDouble(i);
            return rs.wasNull() ? "" : fmt(v);
        }

        private static String integer(ResultSet rs, int i) throws SQLException {
            int v = rs.getInt(i);
            return rs.wasNull() ? "" : Integer.toString(v);
        }

        private static Integer intOrNull(ResultSet rs, int i) throws SQLException {
            int v = rs.getInt(i);
            return rs.wasNull() ? null : v;
        }

        private static String fmt(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
    }

    /** Patients and follow-ups visible to the account. */
    public long[] counts() throws RegistryInputException {
        try {
            connection.setAutoCommit(true);
            String own = account.role() == Role.CENTRE ? " WHERE centre = ?" : "";
            try (PreparedStatement ps = connection.prepareStatement("SELECT (SELECT COUNT(*) FROM patient" + own + "), (SELECT COUNT(*) FROM follow_up" + own + ")")) {
                if (!own.isEmpty()) {
                    ps.setString(1, account.centre());
                    ps.setString(2, account.centre());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new long[] { rs.getLong(1), rs.getLong(2) };
                }
            }
        } catch (SQLException e) {
            throw new RegistryInputException(credentials.url() + ": cannot count: " + oneLine(e), e);
        }
    }

    /**
     * SHA-256 (hex) over the visible patients' "centre pseudonym record-sha256" lines in that order: equal to the same
     * digest over the records sent when nothing was lost, duplicated or altered.
     */
    public String recordChecksum() throws RegistryInputException {
        try {
            connection.setAutoCommit(true);
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            List<String> rows = new ArrayList<>();
            String own = account.role() == Role.CENTRE ? " WHERE centre = ?" : "";
            try (PreparedStatement ps = connection.prepareStatement("SELECT centre, pseudonym, record_sha256 FROM patient" + own)) {
                if (!own.isEmpty()) {
                    ps.setString(1, account.centre());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3).strip());
                    }
                }
            }
            rows.sort(null); // Java's order, not the database's collation
            for (String row : rows) {
                sha.update((row + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (SQLException | java.security.NoSuchAlgorithmException e) {
            throw new RegistryInputException(credentials.url() + ": cannot read the records: " + oneLine(e), e);
        }
    }

    /** The audit trail, newest first (the owner only). */
    public List<Map<String, Object>> audit(int limit) throws RegistryInputException {
        requireOwner("read the audit trail");
        List<Map<String, Object>> out = new ArrayList<>();
        try {
            connection.setAutoCommit(true);
            try (PreparedStatement ps = connection.prepareStatement("SELECT event_id, at, db_user, action, centre, detail FROM audit_event ORDER BY event_id DESC")) {
                ps.setMaxRows(limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Map<String, Object> e = new LinkedHashMap<>();
                        e.put("id", rs.getLong(1));
                        e.put("at", rs.getObject(2).toString());
                        e.put("user", rs.getString(3));
                        e.put("action", rs.getString(4));
                        e.put("centre", rs.getString(5));
                        e.put("detail", rs.getString(6));
                        out.add(e);
                    }
                }
            }
        } catch (SQLException e) {
            throw new RegistryInputException(credentials.url() + ": cannot read the audit trail: " + oneLine(e), e);
        }
        return out;
    }

    private void requireOwner(String what) throws RegistryAccessException {
        if (account.role() != Role.OWNER) {
            throw new RegistryAccessException("account " + account.user() + " is a " + account.role().name().toLowerCase(Locale.ROOT) + " account; only the registry's owner may "
                    + what);
        }
    }

    /** An audit event in its own transaction (for what stores nothing else: refusals, duplicates, accounts, init). */
    private void audit(String action, String centre, String detail) throws RegistryInputException {
        try {
            connection.setAutoCommit(true);
            insertAudit(action, centre, detail);
        } catch (SQLException e) {
            throw new RegistryInputException(credentials.url() + ": cannot write the audit trail: " + oneLine(e), e);
        }
    }

    /** An audit event in the current transaction; who and when come from the database's column defaults. */
    private void insertAudit(String action, String centre, String detail) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO audit_event (action, centre, detail) VALUES (?, ?, ?)")) {
            ps.setString(1, action);
            ps.setString(2, centre);
            ps.setString(3, detail.length() > 4000 ? detail.substring(0, 4000) : detail);
            ps.executeUpdate();
        }
    }

    /** The cohort's patient id: centre and pseudonym (two centres' keys could give the same pseudonym). */
    static String patientId(String centre, String pseudonym) {
        return centre + "-" + pseudonym;
    }

    /** A centre's submission made with another site key than its earlier ones. */
    private static final class KeyChangedException extends SQLException {
        private static final long serialVersionUID = 1L;

        KeyChangedException(String message) {
            super(message);
        }
    }

    private void rollbackQuietly() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the connection is already broken; the caller reports the first error
        }
    }

    /** The SQL state of an error or of the first of its causes that has one (a batch's is on the statement that failed). */
    private static String sqlState(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause() : t instanceof SQLException q ? q.getNextException() : null) {
            if (t instanceof SQLException q && q.getSQLState() != null) {
                return q.getSQLState();
            }
        }
        return "";
    }

    /** One line: the innermost cause's message (a batch's outer message repeats the whole statement with its values). */
    private static String oneLine(Exception e) {
        Throwable inner = e;
        while (inner.getCause() != null && inner.getCause() != inner) {
            inner = inner.getCause();
        }
        if (inner.getMessage() != null) {
            e = inner instanceof Exception x ? x : e;
        }
        String s = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    public void close() {
        try {
            rollbackQuietly();
            connection.close();
        } catch (SQLException ignored) {
            // closing: nothing left to save
        }
    }
}
