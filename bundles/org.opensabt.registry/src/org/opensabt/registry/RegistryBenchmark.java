package org.opensabt.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.opensabt.outcomes.CohortTable;
import org.opensabt.outcomes.CoxRegression;
import org.opensabt.outcomes.KaplanMeier;
import org.opensabt.outcomes.OutcomeInputException;

/**
 * {@code bench registry}: synthetic centres submit concurrently (one thread and connection per centre, submissions of
 * {@code batch} patients), each submission is then sent again (a retry must change nothing), and the registry's
 * contents are checked against what was sent: patient and follow-up counts, and a SHA-256 over every stored record's
 * hash in (centre, pseudonym) order against the same over the generated records. Then the pooled cohort is exported
 * and analysed: Kaplan–Meier of local control and a Cox model (GTV &gt; 60 cc, D90 &gt; 135 Gy, template, centre as
 * covariates). The synthetic patients are random, seeded, and only for load: their outcomes mean nothing.
 */
public final class RegistryBenchmark {

    public record Request(String database, int patients, int followUps, int centres, int batch, Path workDir, long seed) {
    }

    public record Result(String database, int patients, int followUps, int centres, int submissions, double submitSeconds, double submissionsPerSecond,
            double patientsPerSecond, double resubmitSeconds, boolean countsMatch, boolean checksumMatches, long storedPatients, long storedFollowUps,
            double cohortSeconds, long cohortBytes, double analysisSeconds, double kmLocalControl3y, double coxTemplateHazardRatio) {
    }

    private RegistryBenchmark() {
    }

    public static Result run(Request q, IProgressMonitor monitor) throws Exception {
        IProgressMonitor m = monitor == null ? new NullProgressMonitor() : monitor;
        if (q.patients() % (q.centres() * q.batch()) != 0) {
            throw new RegistryInputException("--patients must be a multiple of centres × batch (" + q.centres() * q.batch() + ")");
        }
        char[] ownerPw = HexFormat.of().formatHex(new java.security.SecureRandom().generateSeed(16)).toCharArray();
        LocalPostgresCluster cluster = null;
        try {
            RegistryCredentials owner;
            if (q.database().equals("postgresql")) {
                m.subTask("starting a throwaway PostgreSQL cluster");
                cluster = LocalPostgresCluster.start(ownerPw);
                owner = new RegistryCredentials(cluster.jdbcUrl(), LocalPostgresCluster.OWNER, ownerPw);
            } else if (q.database().equals("h2")) {
                owner = RegistryCredentials.ownerOfFolder(Files.createTempDirectory(q.workDir(), "h2-registry"));
            } else {
                throw new RegistryInputException("--database: expected h2, postgresql or both, found " + q.database());
            }
            Registry.init(owner);
            int perCentre = q.patients() / q.centres();
            int batches = perCentre / q.batch();
            m.subTask(q.database() + ": " + q.centres() + " centres submitting " + q.patients() + " patients with " + q.followUps() + " follow-ups each");
            ExecutorService pool = Executors.newFixedThreadPool(q.centres());
            long t0 = System.nanoTime();
            List<Future<?>> jobs = new ArrayList<>();
            for (int c = 0; c < q.centres(); c++) {
                int centre = c;
                jobs.add(pool.submit(() -> {
                    try (Registry r = Registry.connect(owner)) {
                        for (int b = 0; b < batches; b++) {
                            r.submit(batch(q, centre, b), null);
                        }
                    }
                    return null;
                }));
            }
            await(jobs);
            double submitSeconds = (System.nanoTime() - t0) / 1e9;
            m.subTask(q.database() + ": every submission again (a retry)");
            t0 = System.nanoTime();
            jobs.clear();
            for (int c = 0; c < q.centres(); c++) {
                int centre = c;
                jobs.add(pool.submit(() -> {
                    try (Registry r = Registry.connect(owner)) {
                        for (int b = 0; b < batches; b++) {
                            if (!r.submit(batch(q, centre, b), null).duplicate()) {
                                throw new IllegalStateException("a submission sent twice was stored twice");
                            }
                        }
                    }
                    return null;
                }));
            }
            await(jobs);
            pool.shutdown();
            double resubmitSeconds = (System.nanoTime() - t0) / 1e9;
            m.subTask(q.database() + ": checking counts and checksum");
            String expected = expectedChecksum(q, batches);
            long storedPatients, storedFollowUps;
            String stored;
            try (Registry r = Registry.connect(owner)) {
                long[] counts = r.counts();
                storedPatients = counts[0];
                storedFollowUps = counts[1];
                stored = r.recordChecksum();
            }
            m.subTask(q.database() + ": exporting the pooled cohort");
            Path csv = Files.createTempFile(q.workDir(), "cohort-" + q.database(), ".csv");
            t0 = System.nanoTime();
            try (Registry r = Registry.connect(owner)) {
                r.cohort(csv, null);
            }
            double cohortSeconds = (System.nanoTime() - t0) / 1e9;
            m.subTask(q.database() + ": Kaplan–Meier and Cox on the pooled cohort");
            t0 = System.nanoTime();
            double[] analysis = analyse(csv, q.centres());
            double analysisSeconds = (System.nanoTime() - t0) / 1e9;
            long bytes = Files.size(csv);
            Files.deleteIfExists(csv);
            int submissions = q.centres() * batches;
            return new Result(q.database(), q.patients(), q.followUps(), q.centres(), submissions, submitSeconds, submissions / submitSeconds,
                    q.patients() / submitSeconds, resubmitSeconds, storedPatients == q.patients() && storedFollowUps == (long) q.patients() * q.followUps(),
                    expected.equals(stored), storedPatients, storedFollowUps, cohortSeconds, bytes, analysisSeconds, analysis[0], analysis[1]);
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    private static void await(List<Future<?>> jobs) throws Exception {
        for (Future<?> f : jobs) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof Exception x ? x : e;
            }
        }
    }

    /** Submission {@code b} of centre {@code c}: the same patients every time it is asked for (seeded). */
    static Submission batch(Request q, int c, int b) {
        Random r = new Random(q.seed() * 1_000_003L + c * 100_003L + b);
        List<Submission.Patient> ps = new ArrayList<>(q.batch());
        for (int i = 0; i < q.batch(); i++) {
            int n = b * q.batch() + i;
            String pseudonym = String.format("OPENSABT-%010d", n);
            List<Submission.FollowUp> fus = new ArrayList<>(q.followUps());
            double t = 0;
            boolean template = r.nextBoolean();
            double gtv = 5 + r.nextDouble() * 150;
            double d90 = 90 + r.nextDouble() * 90;
            double hazard = 0.02 * Math.exp(0.9 * (gtv > 60 ? 1 : 0) - 1.1 * (d90 > 135 ? 1 : 0) - 1.9 * (template ? 1 : 0));
            double progressionAt = -Math.log(1 - r.nextDouble()) / hazard;
            boolean progressed = false;
            for (int v = 0; v < q.followUps(); v++) {
                t += 1 + r.nextInt(50) / 10.0;
                boolean lp = !progressed && t >= progressionAt;
                progressed |= lp;
                fus.add(new Submission.FollowUp(Math.round(t * 10) / 10.0, v == 0 ? "PR" : "NE", lp, false, v == 0 ? 80 + 10 * r.nextInt(3) : null, null, null, null,
                        r.nextDouble() < 0.05 ? List.of(new Submission.AdverseEvent("procedure", "skin_ulceration", 1 + r.nextInt(2))) : List.of()));
            }
            int band = r.nextInt(17) * 5;
            ps.add(new Submission.Patient(pseudonym, band + "-" + (band + 4), r.nextBoolean() ? "M" : "F", "extremity",
                    "liposarcoma", "G2", "local_recurrence", null, Math.round(gtv * 10) / 10.0, 130.0, Math.round(d90 * 10) / 10.0, null, null, null, null, null,
                    40 + r.nextInt(80), 5 + r.nextInt(20), 0.6, null, template ? "CT_TEMPLATE" : "CT", fus));
        }
        return new Submission(String.format("C%02d", c + 1), "KEY-BENCH0", ps);
    }

    private static String expectedChecksum(Request q, int batches) throws Exception {
        List<String> rows = new ArrayList<>(q.patients());
        for (int c = 0; c < q.centres(); c++) {
            for (int b = 0; b < batches; b++) {
                Submission s = batch(q, c, b);
                for (Submission.Patient p : s.patients()) {
                    rows.add(s.centre() + " " + p.pseudonym() + " " + SubmissionFiles.patientSha256(p));
                }
            }
        }
        rows.sort(null);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String row : rows) {
            sha.update((row + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static double[] analyse(Path csv, int centres) throws OutcomeInputException, IOException {
        CohortTable t = CohortTable.read(csv);
        double[] time = t.numbers("lct_months");
        double[] event = t.numbers("local_progression");
        double[] gtv = t.numbers("gtv_cc");
        double[] d90 = t.numbers("d90_gy");
        int[] status = new int[time.length];
        double[][] x = new double[time.length][3 + centres - 1];
        for (int i = 0; i < time.length; i++) {
            status[i] = (int) event[i];
            x[i][0] = gtv[i] > 60 ? 1 : 0;
            x[i][1] = d90[i] > 135 ? 1 : 0;
            x[i][2] = "CT_TEMPLATE".equals(t.text(i, "method")) ? 1 : 0;
            int centre = Integer.parseInt(t.text(i, "center").substring(1)) - 1;
            if (centre > 0) {
                x[i][2 + centre] = 1;
            }
        }
        KaplanMeier km = new KaplanMeier(time, status);
        CoxRegression.Fit fit = new CoxRegression(time, status, x, CoxRegression.Ties.EFRON).fit();
        return new double[] { km.survivalAt(36), Math.exp(fit.coef()[2]) };
    }
}
