package org.opensabt.outcomes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * A fitted model of local control for predictions at planning time: a Cox model (Efron ties) of
 * {@code Surv(lct_months, local_progression)} on GTV &gt; 60 cc, D90 and the implant method, as a versioned artefact
 * (JSON) that holds everything a prediction needs: coefficients, their covariance, the column means, the Breslow–Efron
 * cumulative baseline hazard with its variance terms, the covariates' coding and ranges, and the cohort's provenance.
 * <ul>
 * <li>{@link Kind#DICHOTOMISED}: D90 &gt; 135 Gy as a step (the study's nomogram); a plan at 134 and at 136 Gy differ
 * by the whole step.</li>
 * <li>{@link Kind#CONTINUOUS_D90}: D90 as a restricted cubic spline with 3 knots at the 10th, 50th and 90th
 * percentiles (Harrell's {@code rcs}, as R's rms, Hmisc {@code rcspline.eval} with {@code norm = 2}); offered when the
 * cohort has at least 10 events per degree of freedom.</li>
 * </ul>
 * Predictions follow R's {@code survfit.coxph} for a new patient (survival 3.5, {@code stype = 2}, {@code ctype = 2}
 * for Efron ties): S(t) = exp(−Λ₀(t)·r), r = exp(x·β − x̄·β), with the variance of the cumulative hazard from the
 * baseline's term and the coefficients' term (Tsiatis 1981), and a "log" 95 % interval S·exp(±1.96·se), the upper
 * limit capped at 1.
 */
public final class LocalControlModel {

    public static final String FORMAT = "opensabt-local-control-model/1";
    /** Events per degree of freedom below which the spline model is not offered (Harrell, Regression Modeling Strategies, 4.4). */
    public static final double MIN_EVENTS_PER_DF = 10;
    public static final double GTV_CUT_CC = 60;
    public static final double D90_CUT_GY = 135;
    public static final List<String> METHODS = List.of("CT", "CT_TEMPLATE");
    private static final double Z975 = 1.959963984540054;

    public enum Kind {
        DICHOTOMISED("Surv(lct_months, local_progression) ~ gtv_gt60 + d90_gt135 + method"),
        CONTINUOUS_D90("Surv(lct_months, local_progression) ~ gtv_gt60 + rcs(d90_gy, 3) + method");

        public final String formula;

        Kind(String formula) {
            this.formula = formula;
        }
    }

    /** Where the model comes from: the cohort file (name, SHA-256), its size, events, centres and follow-up, when and by what it was fitted. */
    public record Provenance(String cohort, String cohortSha256, int n, int events, List<String> centres, double maxFollowUpMonths, String fittedAt,
            String software) {
    }

    /** One predicted point: local control at {@code months} with its 95 % interval and the standard error of the cumulative hazard. */
    public record Point(double months, double localControl, double lower95, double upper95, double stdErrCumHaz) {
    }

    /** A prediction and what the planner should know about it (outside the cohort's ranges, a step near the plan). */
    public record Prediction(double gtvCc, double d90Gy, String method, List<Point> points, List<String> warnings) {
    }

    // the artefact's fields, written and read as JSON by Gson (names are the file's keys)
    private String format = FORMAT;
    private String id;
    private int version = 1;
    private Kind kind;
    private String formula;
    private List<String> terms;
    private double[] coefficients;
    private double[][] covariance;
    private double[] means;
    private double[] knotsGy;
    private double[] gtvRangeCc;
    private double[] d90RangeGy;
    private String ties = "efron";
    private double[] eventMonths;
    private double[] cumHazard;
    private double[] cumVarHazard;
    private double[][] cumXbar;
    private Provenance provenance;
    private List<String> notes = new ArrayList<>();

    private LocalControlModel() {
    }

    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String formula() {
        return formula;
    }

    public List<String> terms() {
        return List.copyOf(terms);
    }

    public double[] coefficients() {
        return coefficients.clone();
    }

    public double[] knotsGy() {
        return knotsGy == null ? null : knotsGy.clone();
    }

    public double[] gtvRangeCc() {
        return gtvRangeCc.clone();
    }

    public double[] d90RangeGy() {
        return d90RangeGy.clone();
    }

    public Provenance provenance() {
        return provenance;
    }

    /** Notes shown with every prediction, e.g. that the cohort is synthetic. */
    public List<String> notes() {
        return notes == null ? List.of() : List.copyOf(notes);
    }

    /** This model with a note added (e.g. "fitted on a synthetic cohort: for demonstration, not for clinical use"). */
    public LocalControlModel withNote(String note) {
        notes = new ArrayList<>(notes());
        notes.add(note);
        return this;
    }

    /**
     * Fits a model on a cohort in the study layout (columns gtv_cc, d90_gy, method, lct_months, local_progression; rows
     * missing any are left out).
     *
     * @param id       the model's id in preferences and in plans, e.g. {@code sabt-synthetic-120-continuous}
     * @param software the program and version that fits it, for the provenance (null: this bundle's name and version)
     */
    public static LocalControlModel fit(CohortTable table, Path cohortFile, Kind kind, String id, String software) throws OutcomeInputException {
        List<String> need = List.of("gtv_cc", "d90_gy", "method", "lct_months", "local_progression");
        for (String c : need) {
            if (!table.has(c)) {
                throw new OutcomeInputException(table.source() + ": no column " + c + " (a local-control model needs " + String.join(", ", need) + ")");
            }
        }
        CohortTable t = table.complete(need, new java.util.LinkedHashMap<>());
        double[] gtv = t.numbers("gtv_cc"), d90 = t.numbers("d90_gy"), time = t.numbers("lct_months"), event = t.numbers("local_progression");
        int n = t.size();
        int[] status = new int[n];
        String[] method = t.levels("method", METHODS);
        int events = 0;
        for (int i = 0; i < n; i++) {
            if (event[i] != 0 && event[i] != 1) {
                throw new OutcomeInputException(t.source() + ": local_progression of " + t.rowId(i) + " is " + event[i] + ", not 0 or 1");
            }
            status[i] = (int) event[i];
            events += status[i];
        }
        LocalControlModel m = new LocalControlModel();
        m.id = id;
        m.kind = kind;
        m.formula = kind.formula;
        if (kind == Kind.CONTINUOUS_D90) {
            int df = 4;
            if (events < MIN_EVENTS_PER_DF * df) {
                throw new OutcomeInputException(t.source() + ": " + events + " local progressions are too few for the spline model (" + df
                        + " degrees of freedom need " + (int) (MIN_EVENTS_PER_DF * df) + "); use the dichotomised model");
            }
            m.knotsGy = knots(d90, 3, t.source());
            m.terms = List.of("gtv_gt60=>60", "d90_gy", "d90_gy'", "method=CT_TEMPLATE");
        } else {
            m.terms = List.of("gtv_gt60=>60", "d90_gt135=>135", "method=CT_TEMPLATE");
        }
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = m.row(gtv[i], d90[i], method[i]);
        }
        CoxRegression.Fit fit = new CoxRegression(time, status, x, CoxRegression.Ties.EFRON).fit();
        if (!fit.converged()) {
            throw new OutcomeInputException(t.source() + ": the Cox model of local control did not converge: " + fit.warnings());
        }
        m.coefficients = fit.coef();
        m.covariance = fit.variance();
        int p = m.coefficients.length;
        m.means = new double[p];
        for (double[] row : x) {
            for (int k = 0; k < p; k++) {
                m.means[k] += row[k] / n;
            }
        }
        m.baseline(time, status, x);
        m.gtvRangeCc = new double[] { Arrays.stream(gtv).min().orElse(0), Arrays.stream(gtv).max().orElse(0) };
        m.d90RangeGy = new double[] { Arrays.stream(d90).min().orElse(0), Arrays.stream(d90).max().orElse(0) };
        List<String> centres = new ArrayList<>();
        if (t.has("center")) {
            for (int i = 0; i < n; i++) {
                String c = t.text(i, "center");
                if (!CohortTable.missing(c) && !centres.contains(c)) {
                    centres.add(c);
                }
            }
            centres.sort(null);
        }
        m.provenance = new Provenance(cohortFile == null ? t.source() : cohortFile.getFileName().toString(), cohortFile == null ? null : sha256(cohortFile), n,
                events, centres, Arrays.stream(time).max().orElse(0), java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).withNano(0).toString(), software != null ? software : bundleVersion());
        return m;
    }

    private static String bundleVersion() {
        org.osgi.framework.Bundle b = org.osgi.framework.FrameworkUtil.getBundle(LocalControlModel.class);
        return b == null ? "org.opensabt.outcomes" : b.getSymbolicName() + " " + b.getVersion();
    }

    /** The design row of a patient: GTV &gt; 60 cc, D90 (step, or linear and spline terms), template. */
    double[] row(double gtvCc, double d90Gy, String method) {
        double g = gtvCc > GTV_CUT_CC ? 1 : 0;
        double t = "CT_TEMPLATE".equals(method) ? 1 : 0;
        if (kind == Kind.CONTINUOUS_D90) {
            return new double[] { g, d90Gy, rcs(d90Gy, knotsGy), t };
        }
        return new double[] { g, d90Gy > D90_CUT_GY ? 1 : 0, t };
    }

    /**
     * The nonlinear term of a restricted cubic spline with 3 knots (Hmisc rcspline.eval, norm = 2):
     * [(x−t1)₊³ − (x−t2)₊³·(t3−t1)/(t3−t2) + (x−t3)₊³·(t2−t1)/(t3−t2)] / (t3−t1)².
     */
    static double rcs(double x, double[] k) {
        double t1 = k[0], t2 = k[1], t3 = k[2];
        double v = cube(x - t1) - cube(x - t2) * (t3 - t1) / (t3 - t2) + cube(x - t3) * (t2 - t1) / (t3 - t2);
        return v / ((t3 - t1) * (t3 - t1));
    }

    private static double cube(double v) {
        return v > 0 ? v * v * v : 0;
    }

    /**
     * Knots at the quantiles 0.1, 0.5, 0.9 (R's type 7) as Hmisc's rcspline.eval places 3 knots. Its special rules
     * for heavily tied extremes (5 % or more of the values at the minimum or maximum) are not reproduced: such a cohort
     * is refused.
     */
    static double[] knots(double[] values, int count, String source) throws OutcomeInputException {
        double[] x = values.clone();
        Arrays.sort(x);
        int n = x.length;
        TreeMap<Double, Integer> freq = new TreeMap<>();
        for (double v : x) {
            freq.merge(v, 1, Integer::sum);
        }
        if (freq.size() <= count + 2) {
            throw new OutcomeInputException(source + ": d90_gy has only " + freq.size() + " distinct values; too few for a spline");
        }
        if (freq.firstEntry().getValue() >= 0.05 * n || freq.lastEntry().getValue() >= 0.05 * n) {
            throw new OutcomeInputException(source + ": 5 % or more of d90_gy at its minimum or maximum; the spline's knots would need Hmisc's tie rule");
        }
        double outer = 0.1;
        double[] k = new double[count];
        for (int j = 0; j < count; j++) {
            double p = outer + j * (1 - 2 * outer) / (count - 1);
            double h = (n - 1) * p;
            int lo = (int) Math.floor(h);
            k[j] = lo + 1 < n ? x[lo] + (h - lo) * (x[lo + 1] - x[lo]) : x[lo];
        }
        return k;
    }

    /** The cumulative baseline hazard and its variance terms at the event times, as survival's agsurv (survtype 3, vartype 3) and agsurv5. */
    private void baseline(double[] time, int[] status, double[][] x) {
        int n = time.length, p = coefficients.length;
        double xcenter = 0;
        for (int k = 0; k < p; k++) {
            xcenter += means[k] * coefficients[k];
        }
        double[] risk = new double[n];
        for (int i = 0; i < n; i++) {
            double lp = 0;
            for (int k = 0; k < p; k++) {
                lp += x[i][k] * coefficients[k];
            }
            risk[i] = Math.exp(lp - xcenter);
        }
        Integer[] byTime = new Integer[n];
        for (int i = 0; i < n; i++) {
            byTime[i] = i;
        }
        Arrays.sort(byTime, (a, b) -> Double.compare(time[b], time[a])); // descending: the risk sets grow as we go
        List<double[]> rows = new ArrayList<>(); // per event time, ascending later: time, haz, varhaz, xbar…
        double nrisk = 0;
        double[] xsum = new double[p];
        int i = 0;
        while (i < n) {
            double t = time[byTime[i]];
            int d = 0;
            double erisk = 0;
            double[] xsum2 = new double[p];
            int j = i;
            for (; j < n && time[byTime[j]] == t; j++) {
                int r = byTime[j];
                nrisk += risk[r];
                for (int k = 0; k < p; k++) {
                    xsum[k] += risk[r] * x[r][k];
                }
                if (status[r] == 1) {
                    d++;
                    erisk += risk[r];
                    for (int k = 0; k < p; k++) {
                        xsum2[k] += risk[r] * x[r][k];
                    }
                }
            }
            if (d > 0) {
                double sum1 = 0, sum2 = 0;
                double[] xbar = new double[p];
                if (d == 1) {
                    sum1 = 1 / nrisk;
                    sum2 = sum1 * sum1;
                    for (int k = 0; k < p; k++) {
                        xbar[k] = xsum[k] * sum2;
                    }
                } else {
                    for (int l = 0; l < d; l++) {
                        double temp = 1 / (nrisk - erisk * l / d);
                        sum1 += temp / d;
                        sum2 += temp * temp / d;
                        for (int k = 0; k < p; k++) {
                            xbar[k] += (xsum[k] - xsum2[k] * l / d) * temp * temp / d;
                        }
                    }
                }
                double[] row = new double[3 + p];
                row[0] = t;
                row[1] = d * sum1;
                row[2] = d * sum2;
                for (int k = 0; k < p; k++) {
                    row[3 + k] = d * xbar[k];
                }
                rows.add(row);
            }
            i = j;
        }
        java.util.Collections.reverse(rows);
        int m = rows.size();
        eventMonths = new double[m];
        cumHazard = new double[m];
        cumVarHazard = new double[m];
        cumXbar = new double[m][p];
        for (int e = 0; e < m; e++) {
            double[] r = rows.get(e);
            eventMonths[e] = r[0];
            cumHazard[e] = r[1] + (e > 0 ? cumHazard[e - 1] : 0);
            cumVarHazard[e] = r[2] + (e > 0 ? cumVarHazard[e - 1] : 0);
            for (int k = 0; k < p; k++) {
                cumXbar[e][k] = r[3 + k] + (e > 0 ? cumXbar[e - 1][k] : 0);
            }
        }
    }

    /** Local control of a patient at the given months after the implant, with the 95 % interval ("log", as R's survfit). */
    public Prediction predict(double gtvCc, double d90Gy, String method, double... months) {
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("method: expected " + METHODS + ", found " + method);
        }
        double[] x2 = row(gtvCc, d90Gy, method);
        int p = x2.length;
        double lp = 0;
        for (int k = 0; k < p; k++) {
            lp += (x2[k] - means[k]) * coefficients[k];
        }
        double risk2 = Math.exp(lp);
        List<Point> points = new ArrayList<>();
        for (double t : months) {
            int e = -1;
            for (int j = 0; j < eventMonths.length && eventMonths[j] <= t; j++) {
                e = j;
            }
            if (e < 0) {
                points.add(new Point(t, 1, 1, 1, 0));
                continue;
            }
            double h = cumHazard[e];
            double[] dt = new double[p];
            for (int k = 0; k < p; k++) {
                dt[k] = h * x2[k] - cumXbar[e][k];
            }
            double quad = 0;
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) {
                    quad += dt[a] * covariance[a][b] * dt[b];
                }
            }
            double se = Math.sqrt((cumVarHazard[e] + quad) * risk2 * risk2);
            double s = Math.exp(-h * risk2);
            points.add(new Point(t, s, s * Math.exp(-Z975 * se), Math.min(1, s * Math.exp(Z975 * se)), se));
        }
        return new Prediction(gtvCc, d90Gy, method, points, warnings(gtvCc, d90Gy));
    }

    /** What the planner should know: a covariate outside the cohort's range, a plan near a step of the dichotomised model. */
    public List<String> warnings(double gtvCc, double d90Gy) {
        List<String> w = new ArrayList<>();
        if (gtvCc < gtvRangeCc[0] || gtvCc > gtvRangeCc[1]) {
            w.add(String.format(Locale.ROOT, "GTV %.1f cc is outside the model's cohort (%.1f–%.1f cc): an extrapolation", gtvCc, gtvRangeCc[0], gtvRangeCc[1]));
        }
        if (d90Gy < d90RangeGy[0] || d90Gy > d90RangeGy[1]) {
            w.add(String.format(Locale.ROOT, "D90 %.1f Gy is outside the model's cohort (%.1f–%.1f Gy): an extrapolation", d90Gy, d90RangeGy[0], d90RangeGy[1]));
        }
        if (Math.abs(gtvCc - GTV_CUT_CC) <= 10) {
            w.add(String.format(Locale.ROOT, "GTV is dichotomised at %.0f cc: %.1f cc is near the step, where the prediction jumps", GTV_CUT_CC, gtvCc));
        }
        if (kind == Kind.DICHOTOMISED && Math.abs(d90Gy - D90_CUT_GY) <= 10) {
            w.add(String.format(Locale.ROOT, "D90 is dichotomised at %.0f Gy in this model: %.1f Gy is near the step (plans at 134 and 136 Gy differ by all of it); "
                    + "the continuous-D90 model has no step", D90_CUT_GY, d90Gy));
        }
        return w;
    }

    /**
     * The smallest D90 (Gy, in 0.5 Gy steps within the cohort's range) at which the predicted local control at
     * {@code months} reaches {@code target}, or NaN when no D90 in the range does.
     */
    public double d90ForLocalControl(double gtvCc, String method, double target, double months) {
        double lo = kind == Kind.DICHOTOMISED ? Math.floor(d90RangeGy[0]) : Math.ceil(d90RangeGy[0] * 2) / 2;
        for (double d = lo; d <= d90RangeGy[1] + 1e-9; d += 0.5) {
            if (predict(gtvCc, d, method, months).points().get(0).localControl() >= target) {
                return d;
            }
        }
        return Double.NaN;
    }

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    public String toJson() {
        return GSON.toJson(this);
    }

    /** Writes the artefact atomically. */
    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, toJson());
            try {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--")); // an artefact to share
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Reads and checks an artefact; a wrong format or an inconsistent one is one line naming the file. */
    public static LocalControlModel read(String source, String json) throws OutcomeInputException {
        LocalControlModel m;
        try {
            m = GSON.fromJson(json, LocalControlModel.class);
        } catch (JsonParseException e) {
            throw new OutcomeInputException(source + ": not a local-control model: " + e.getMessage());
        }
        if (m == null || !FORMAT.equals(m.format)) {
            throw new OutcomeInputException(source + ": format: expected " + FORMAT + ", found " + (m == null ? "nothing" : m.format));
        }
        int p = m.coefficients == null ? 0 : m.coefficients.length;
        if (m.kind == null || m.terms == null || m.terms.size() != p || m.means == null || m.means.length != p || m.covariance == null
                || m.covariance.length != p || m.eventMonths == null || m.cumHazard == null || m.cumHazard.length != m.eventMonths.length
                || m.cumVarHazard == null || m.cumVarHazard.length != m.eventMonths.length || m.cumXbar == null || m.cumXbar.length != m.eventMonths.length
                || (m.kind == Kind.CONTINUOUS_D90 && (m.knotsGy == null || m.knotsGy.length != 3)) || m.gtvRangeCc == null || m.d90RangeGy == null
                || m.id == null) {
            throw new OutcomeInputException(source + ": an incomplete or inconsistent local-control model (" + p + " coefficients)");
        }
        return m;
    }

    public static LocalControlModel read(Path file) throws OutcomeInputException {
        try {
            return read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new OutcomeInputException(file + ": cannot read the local-control model: " + e.getMessage());
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }
}
