package org.opensabt.report.internal;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.datatype.XMLGregorianCalendar;


import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;


import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.opensabt.contour.CaseContents;
import org.opensabt.dose.cases.CaseDose;
import org.opensabt.dose.dvh.Dvh;
import org.opensabt.dose.source.SourceLibraries;
import org.opensabt.model.DoseMetric;
import org.opensabt.model.NeedleTemplate;
import org.opensabt.model.Patient;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.outcomes.LocalControlModel;
import org.opensabt.outcomes.LocalControlModels;
import org.opensabt.model.PlanStatus;
import org.opensabt.model.Seed;
import org.opensabt.model.Structure;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.plan.CasePlanning;
import org.opensabt.plan.GoalCheck;
import org.opensabt.plan.OarLimit;
import org.opensabt.plan.PlanGoals;
import org.opensabt.plan.PlanRequest;
import org.opensabt.template.NeedleTable;
import org.opensabt.viewer.Orientation;
import org.opensabt.viewer.SliceScene;

/** Lays out one plan's report (see {@link org.opensabt.report.PlanReports}). */
public final class PlanReportWriter {

    /** What was written. */
    public record Written(int pages, String status, List<GoalCheck> goals, int needles, List<String> notes) {
    }

    static final String TG137 = "AAPM TG-137 (Nath et al., Med. Phys. 36:5310, 2009)";
    static final String NOT_FOR_TREATMENT = " — not for treatment";
    /** Page 1's warning for a plan whose metrics are out of date. */
    public static final String METRICS_OUT_OF_DATE = "METRICS OUT OF DATE";

    private final PatientCase patientCase;
    private final Plan plan;
    private final PlanGoals goals;
    private final List<OarLimit> oarLimits;
    private final List<String> notes = new ArrayList<>();
    private final String generated = LocalDateTime.now().withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).replace('T', ' ');

    /** Why the plan's metrics are out of date (printed on page 1), or null. */
    private final String metricsOutOfDate;
    private final LocalControlModels.PlanPrediction prediction;
    private Plan compared;
    /** The goals as the planner checks them, with the metrics of limited organs outside the target (set by {@link #write}). */
    private CasePlanning.CheckedGoals checked;

    public PlanReportWriter(PatientCase patientCase, Plan plan, PlanGoals goals, List<OarLimit> oarLimits) {
        this(patientCase, plan, goals, oarLimits, null);
    }

    public PlanReportWriter(PatientCase patientCase, Plan plan, PlanGoals goals, List<OarLimit> oarLimits, String metricsOutOfDate) {
        this(patientCase, plan, goals, oarLimits, metricsOutOfDate, null);
    }

    public PlanReportWriter(PatientCase patientCase, Plan plan, PlanGoals goals, List<OarLimit> oarLimits, String metricsOutOfDate,
            LocalControlModels.PlanPrediction prediction) {
        this.prediction = prediction;
        this.metricsOutOfDate = metricsOutOfDate;
        this.patientCase = patientCase;
        this.plan = plan;
        this.goals = goals;
        this.oarLimits = oarLimits;
    }

    /** Prints the stored metrics of {@code other}, a dose of the same seeds, beside this plan's (null: none). */
    public PlanReportWriter comparedWith(Plan other) {
        this.compared = other;
        return this;
    }

    /** The plan's status as printed: DRAFT when not set. */
    public static String status(Plan plan) {
        return plan.getStatus() == null ? PlanStatus.DRAFT.getLiteral() : plan.getStatus().getLiteral();
    }

    public Written write(Path file, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, 100);
        String status = status(plan);
        checked = goalChecks();
        List<GoalCheck> checks = checked.goals();
        NeedleTemplate template = template();
        NeedleTable.Table needleTable = NeedleTable.of(plan, template);
        List<NeedleTable.Row> needles = needleTable.rows();
        try (Pdf pdf = new Pdf()) {
            progress.subTask("Patient, plan, prescription and goals");
            title(pdf, status);
            patientAndPlan(pdf, status);
            prescription(pdf);
            goals(pdf, checks);
            check(progress, 10);
            progress.subTask("Dose-volume histograms");
            pdf.newPage();
            dvh(pdf);
            metrics(pdf);
            comparison(pdf);
            prediction(pdf);
            check(progress, 15);
            progress.subTask("Isodose snapshots");
            pdf.newPage();
            snapshots(pdf, progress.split(45));
            check(progress, 0);
            progress.subTask("Needle table");
            pdf.newPage();
            needleTable(pdf, needles, needleTable.slotMm(), template);
            check(progress, 10);
            templateDrawing(pdf, template);
            approval(pdf, status);
            check(progress, 10);
            pdf.endPage();
            stamp(pdf, status);
            int pages = pdf.doc.getNumberOfPages();
            pdf.doc.save(file.toFile());
            progress.worked(10);
            return new Written(pages, status, checks, needles.size(), List.copyOf(notes));
        }
    }

    private static void check(SubMonitor progress, int work) {
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        progress.worked(work);
    }

    // ---- goals

    /** As the plan command checks them: the limits of an organ overlapping the target on the organ outside it, on the plan's dose. */
    private CasePlanning.CheckedGoals goalChecks() {
        String target = plan.getTarget() == null ? "" : plan.getTarget().getName();
        double strength = plan.getAirKermaStrengthU() > 0 ? plan.getAirKermaStrengthU() : 1; // not checked; PlanRequest wants one
        double rx = plan.getPrescriptionDoseGy() > 0 ? plan.getPrescriptionDoseGy() : Double.MIN_VALUE;
        PlanRequest request = new PlanRequest(target, rx, strength, 10, null, 0, oarLimits, goals, java.util.Set.of(), 200, 1, false);
        List<org.opensabt.dose.dvh.DoseMetric> metrics = new ArrayList<>();
        for (DoseMetric m : plan.getMetrics()) {
            metrics.add(org.opensabt.dose.dvh.DoseMetric.of(m.getStructure() == null ? "" : m.getStructure().getName(), m.getName(), m.getValue(), m.getUnit()));
        }
        GridGeometry grid = plan.getDoseGrid() == null ? null : GridGeometry.of(plan.getDoseGrid());
        return CasePlanning.goals(patientCase, request, metrics, grid, plan.getDoseGrid() == null ? null : plan.getDoseGrid().getDoseValues());
    }

    // ---- page 1

    private void title(Pdf pdf, String status) throws IOException {
        pdf.line("Brachytherapy plan report (I-125 permanent seed implant)", pdf.bold, 16);
        pdf.line("Generated " + generated + " by OpenSABT (research software, not a medical device)", pdf.italic, 8.5f);
        if (!PlanStatus.APPROVED.getLiteral().equals(status)) {
            pdf.space(4);
            pdf.ensure(20);
            pdf.y -= 18;
            pdf.text(Pdf.LEFT, pdf.y + 4, status + NOT_FOR_TREATMENT, pdf.bold, 14, new Color(200, 0, 0));
        }
        if (metricsOutOfDate != null) {
            pdf.space(4);
            pdf.ensure(20);
            pdf.y -= 16;
            pdf.text(Pdf.LEFT, pdf.y + 4, METRICS_OUT_OF_DATE, pdf.bold, 12, new Color(200, 80, 0));
            pdf.paragraph("Since " + metricsOutOfDate + ": the metrics, goals and DVH below were computed before it. Recompute the dose before using this report.",
                    pdf.italic, 9);
            notes.add("metrics out of date since " + metricsOutOfDate);
        }
    }

    private void patientAndPlan(Pdf pdf, String status) throws IOException {
        Patient p = patientCase.getPatient();
        pdf.heading("Patient and plan", 80);
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Patient name", p == null ? "—" : name(p.getName()));
        rows.put("Patient ID", p == null || p.getPatientId() == null ? "—" : p.getPatientId());
        rows.put("Sex", p == null || p.getSex() == null ? "—" : p.getSex().getLiteral() + " (" + p.getSex().getName().toLowerCase(Locale.ROOT) + ")");
        rows.put("Birth date", p == null ? "—" : date(p.getBirthDate()));
        rows.put("Case ID", text(patientCase.getCaseId()));
        rows.put("Plan ID", plan.getPlanId() + (plan.getLabel() == null ? "" : "  (" + plan.getLabel() + ")"));
        rows.put("Plan status", statusLine(status));
        if (plan.getBasedOnPlanId() != null && !plan.getBasedOnPlanId().isBlank()) {
            rows.put("Based on plan", plan.getBasedOnPlanId());
        }
        rows.put("Target", plan.getTarget() == null ? "—" : plan.getTarget().getName() + (plan.getTarget().getType() == null ? "" : " (" + plan.getTarget().getType() + ")"));
        keyValues(pdf, rows);
    }

    private String statusLine(String status) {
        if (PlanStatus.APPROVED.getLiteral().equals(status)) {
            return "APPROVED by " + text(plan.getApprovedBy()) + " on " + dateTime(plan.getApprovedDateTime());
        }
        return status + NOT_FOR_TREATMENT;
    }

    private void prescription(Pdf pdf) throws IOException {
        pdf.heading("Prescription and source", 80);
        Map<String, String> rows = new LinkedHashMap<>();
        double rx = plan.getPrescriptionDoseGy();
        rows.put("Prescription dose (Gy)", rx > 0 ? String.format(Locale.ROOT, "%.1f Gy to the target (total dose to full decay)", rx) : "—");
        String model = plan.getSourceModel() == null ? null : plan.getSourceModel().getModelId();
        rows.put("Seed model", model == null ? "—"
                : model + (plan.getSourceModel().getRadionuclide() == null ? "" : ", " + plan.getSourceModel().getRadionuclide())
                        + (plan.getSourceModel().getHalfLifeDays() > 0 ? String.format(Locale.ROOT, ", half-life %.2f d", plan.getSourceModel().getHalfLifeDays()) : ""));
        double u = plan.getAirKermaStrengthU();
        rows.put("Air-kerma strength per seed (U)", u > 0 ? String.format(Locale.ROOT, "%.3f U  (1 U = 1 µGy·m²/h = 1 cGy·cm²/h)", u) : "—");
        double uPerMCi = uPerMCi(model);
        rows.put("Apparent activity per seed (mCi)", u > 0 && uPerMCi > 0 ? String.format(Locale.ROOT, "%.3f mCi  (%.3f U/mCi for this model)", u / uPerMCi, uPerMCi)
                : "n/a (the seed model's U/mCi is not in the seed library)");
        double total = 0;
        for (Seed s : plan.getSeeds()) {
            total += s.getAirKermaStrengthU() > 0 ? s.getAirKermaStrengthU() : u;
        }
        rows.put("Seeds, needles", plan.getSeeds().size() + " seeds on " + plan.getNeedles().size() + " needles; total " + String.format(Locale.ROOT, "%.2f U", total));
        String ref = plan.getSourceStrengthReferenceDateTime();
        rows.put("Source strength reference date/time", ref == null || ref.isBlank() ? "not given (strength valid at implant)" : dateTime(ref) + " (local time)");
        if (plan.getSourceModel() != null && plan.getSourceModel().getDoseRateConstantCGyPerHourPerU() > 0) {
            rows.put("Dose-rate constant (cGy/(h·U))", String.format(Locale.ROOT, "%.3f  (TG-43U1, Rivard et al., Med. Phys. 31:633, 2004)",
                    plan.getSourceModel().getDoseRateConstantCGyPerHourPerU()));
        }
        keyValues(pdf, rows);
    }

    private void goals(Pdf pdf, List<GoalCheck> checks) throws IOException {
        pdf.heading("Goals", 60);
        List<String[]> rows = new ArrayList<>();
        List<Color> colors = new ArrayList<>();
        for (GoalCheck g : checks) {
            String result;
            if (!g.evaluated() || Double.isNaN(g.value())) {
                result = "not evaluated";
            } else if (g.met()) {
                result = "met";
            } else {
                result = (g.required() ? "NOT MET (required)" : "exceeded (sought)") + ", by " + GoalCheck.format(g.gaveWayBy(), g.unit());
            }
            rows.add(new String[] { g.structure(), g.metric() + " (" + g.unit() + ")", g.goalText(),
                    g.evaluated() && !Double.isNaN(g.value()) ? GoalCheck.format(g.value(), g.unit()) : "—", result, g.required() ? "required" : "sought" });
            colors.add(g.evaluated() && !g.met() ? (g.required() ? new Color(200, 0, 0) : new Color(170, 90, 0)) : Color.BLACK);
        }
        boolean outside = !checked.evaluatedOn().isEmpty(); // a wider structure column for "OAR outside TARGET"
        pdf.table(outside ? new float[] { 125, 65, 60, 55, 140, 66 } : new float[] { 70, 75, 80, 70, 150, 66 },
                new String[] { "Structure", "Metric (unit)", "Goal", "Value", "Result", "Kind" }, rows, colors, 9);
        pdf.paragraph("D90: minimum dose to the hottest 90 % of the target volume; V100/V150/V200: % of the target volume receiving at least 100/150/200 % "
                + "of the prescription dose, from the cumulative DVH of total dose, as defined for permanent seed implants by " + TG137 + ". "
                + (oarLimits.isEmpty() ? "No organ-at-risk limits were given for this report." : "Organ-at-risk limits as given for this report.")
                + outsideTargetText(), pdf.italic, 8);
    }

    /** " Limits of Lung-Left are checked on Lung-Left outside GTV-1 (…)." for organs overlapping the target; "" when none. */
    private String outsideTargetText() {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> e : checked.evaluatedOn().entrySet()) {
            text.append(" Limits of ").append(e.getKey()).append(" are checked on ").append(e.getValue());
            double cc = checked.outsideTargetMetrics().stream().filter(m -> m.structure().equals(e.getValue()) && m.name().equals("volume"))
                    .mapToDouble(org.opensabt.dose.dvh.DoseMetric::value).findFirst().orElse(Double.NaN);
            text.append(Double.isNaN(cc) ? "" : String.format(Locale.ROOT, " (%.1f cc on the dose grid)", cc));
            text.append(", as the planner checks them: the organ overlaps the target.");
        }
        return text.toString();
    }

    private void metrics(Pdf pdf) throws IOException {
        pdf.heading("Dose metrics", 60);
        List<String[]> rows = new ArrayList<>();
        for (DoseMetric m : plan.getMetrics()) {
            rows.add(metricRow(m.getStructure() == null ? "" : m.getStructure().getName(), m.getName(), m.getValue(), m.getUnit()));
        }
        // each limited organ outside the target after the organ's own rows, as the plan command reports them
        for (Map.Entry<String, String> e : checked.evaluatedOn().entrySet()) {
            int at = rows.size();
            for (int i = 0; i < rows.size(); i++) {
                at = rows.get(i)[0].equals(e.getKey()) ? i + 1 : at;
            }
            List<String[]> outside = new ArrayList<>();
            for (org.opensabt.dose.dvh.DoseMetric m : checked.outsideTargetMetrics()) {
                if (m.structure().equals(e.getValue())) {
                    outside.add(metricRow(m.structure(), m.name(), m.value(), m.unit()));
                }
            }
            rows.addAll(at, outside);
        }
        pdf.table(checked.evaluatedOn().isEmpty() ? new float[] { 70, 80, 55, 40, 266 } : new float[] { 125, 70, 50, 35, 231 },
                new String[] { "Structure", "Metric (unit)", "Value", "Unit", "Definition" }, rows, null, 8.5f);
        pdf.paragraph("Dose: total dose to full decay (Gy) on the plan's dose grid (" + gridText() + (plan.getLabel() == null ? "" : "; " + plan.getLabel())
                + "). Conformity: CI = V_Rx/V_T (RTOG, Shaw et al. 1993), COIN (Baltas et al. 1998), DNR = V150/V100. Organ metrics D0.1cc, D1cc, D2cc: "
                + "minimum dose to the hottest 0.1, 1, 2 cc (cf. " + TG137 + ").", pdf.italic, 8);
    }

    /** This plan's metrics beside those of a dose of the same seeds by another engine (TG-186 asks for both). */
    private void comparison(Pdf pdf) throws IOException {
        if (compared == null) {
            return;
        }
        pdf.heading("Dose by another engine: plan " + compared.getPlanId(), 80);
        List<String[]> rows = new ArrayList<>();
        for (DoseMetric m : plan.getMetrics()) {
            String structure = m.getStructure() == null ? "" : m.getStructure().getName();
            DoseMetric o = compared.getMetrics().stream()
                    .filter(x -> x.getName().equals(m.getName()) && (x.getStructure() == null ? "" : x.getStructure().getName()).equals(structure)).findFirst()
                    .orElse(null);
            if (o == null || !List.of("D90", "D2cc", "D0.1cc", "Dmean", "V100", "V150").contains(m.getName())) {
                continue;
            }
            String diff = "Gy".equals(m.getUnit()) && m.getValue() > 0 ? String.format(Locale.ROOT, "%+.1f %%", 100 * (o.getValue() / m.getValue() - 1))
                    : String.format(Locale.ROOT, "%+.1f %s", o.getValue() - m.getValue(), m.getUnit());
            rows.add(new String[] { structure, m.getName(), String.format(Locale.ROOT, "%.1f", m.getValue()), String.format(Locale.ROOT, "%.1f", o.getValue()),
                    m.getUnit(), diff });
        }
        pdf.table(new float[] { 120, 60, 70, 70, 40, 95 }, new String[] { "Structure", "Metric", "This plan", compared.getPlanId(), "Unit", "Difference" },
                rows, null, 8.5f);
        pdf.paragraph("This plan: " + (plan.getLabel() == null ? plan.getPlanId() : plan.getLabel()) + ". " + compared.getPlanId() + ": "
                + (compared.getLabel() == null ? "" : compared.getLabel()) + ". A model-based dose (AAPM TG-186) transports the photons through the "
                + "patient's tissues from the CT; D(m,m) is dose to the tissue itself. Near bone and in lung it departs from TG-43's water.", pdf.italic, 8);
    }

    /** The predicted local control: 1, 3 and 5 years with 95 % CIs, with and without a template, the what-if D90, the warnings and the model. */
    private void prediction(Pdf pdf) throws IOException {
        if (prediction == null) {
            return;
        }
        LocalControlModels.PlanPrediction p = prediction;
        pdf.heading("Predicted local control", 150);
        List<String[]> rows = new ArrayList<>();
        for (LocalControlModel.Point pt : p.points()) {
            rows.add(new String[] { String.format(Locale.ROOT, "%.0f", pt.months()), String.format(Locale.ROOT, "%.1f", 100 * pt.localControl()),
                    String.format(Locale.ROOT, "%.1f - %.1f", 100 * pt.lower95(), 100 * pt.upper95()) });
        }
        pdf.table(new float[] { 120, 120, 150 }, new String[] { "Months after the implant", "Local control (%)", "95 % CI (%)" }, rows, null, 8.5f);
        pdf.paragraph(String.format(Locale.ROOT, "For GTV %.1f cc, D90 %.1f Gy, %s. At 36 months: %.1f %% with a 3D-printed template, %.1f %% without. %s",
                p.gtvCc(), p.d90Gy(), p.method().equals("CT_TEMPLATE") ? "template-assisted implant" : "CT-guided implant without a template",
                100 * p.withTemplate36().localControl(), 100 * p.withoutTemplate36().localControl(),
                Double.isNaN(p.d90ForTargetGy()) ? String.format(Locale.ROOT, "No D90 in the model's range reaches %.0f %% at 36 months.", 100 * p.target3y())
                        : String.format(Locale.ROOT, "D90 for %.0f %% at 36 months: %.1f Gy.", 100 * p.target3y(), p.d90ForTargetGy())),
                pdf.regular, 9);
        for (String w : p.warnings()) {
            pdf.paragraph("Warning: " + w, pdf.bold, 8.5f);
        }
        pdf.paragraph("Model " + p.modelId() + ": Cox model " + p.formula() + " (Efron ties); survival and 95 % CI (log) as R's survfit.coxph. "
                + "A prediction for a group of similar patients, not a promise for this one.", pdf.italic, 8);
    }

    private static String[] metricRow(String structure, String name, double v, String unitName) {
        String unit = "1".equals(unitName) ? "ratio" : unitName;
        String value = Double.isFinite(v) ? String.format(Locale.ROOT, java.util.Set.of("Gy", "%", "cc").contains(unit) ? "%.1f" : "%.2f", v) : "n/a";
        return new String[] { structure, name + " (" + unit + ")", value, unit, definition(name) };
    }

    private static String definition(String metric) {
        return switch (metric) {
        case "volume" -> "structure volume";
        case "D90" -> "min. dose to the hottest 90 % of the volume";
        case "D100", "Dmin" -> "minimum dose in the volume";
        case "Dmean" -> "mean dose";
        case "Dmax" -> "maximum dose";
        case "V100" -> "% of the volume receiving >= 100 % of Rx";
        case "V150" -> "% of the volume receiving >= 150 % of Rx";
        case "V200" -> "% of the volume receiving >= 200 % of Rx";
        case "CI" -> "conformity index V_Rx / V_T";
        case "COIN" -> "conformal index (V_T,Rx/V_T)(V_T,Rx/V_Rx)";
        case "DNR" -> "dose non-uniformity ratio V150/V100";
        case "D0.1cc" -> "min. dose to the hottest 0.1 cc";
        case "D1cc" -> "min. dose to the hottest 1 cc";
        case "D2cc" -> "min. dose to the hottest 2 cc";
        default -> "";
        };
    }

    private String gridText() {
        List<Double> s = plan.getDoseGrid().getSpacingMm();
        return String.format(Locale.ROOT, "%d x %d x %d voxels of %.1f x %.1f x %.1f mm", plan.getDoseGrid().getColumns(), plan.getDoseGrid().getRows(),
                plan.getDoseGrid().getSlices(), s.get(0), s.get(1), s.get(2));
    }

    // ---- DVH (vector)

    private void dvh(Pdf pdf) throws IOException {
        pdf.heading("Cumulative dose-volume histograms", 300);
        List<Structure> structures = CaseContents.structures(patientCase);
        GridGeometry grid = GridGeometry.of(plan.getDoseGrid());
        double ctSlice = CaseContents.firstSeries(patientCase).map(s -> s.getSpacingMm().get(2)).orElse(grid.spacingMm()[2]);
        List<String> warnings = new ArrayList<>();
        Map<Structure, Dvh> dvhs = CaseDose.dvhs(structures, grid, ctSlice, plan.getDoseGrid().getDoseValues(), warnings);
        double rx = plan.getPrescriptionDoseGy();
        double maxGy = 0;
        for (Dvh d : dvhs.values()) {
            maxGy = Math.max(maxGy, d.isEmpty() ? 0 : d.maxGy());
        }
        double xMax = DvhChart.axisMaxGy(rx, maxGy);
        double bin = Math.max(0.25, (rx > 0 ? rx : xMax) / 200);
        List<DvhChart.Curve> curves = new ArrayList<>();
        for (Map.Entry<Structure, Dvh> e : dvhs.entrySet()) {
            Dvh d = e.getValue();
            if (d.isEmpty() || !(d.volumeCc() > 0)) {
                continue;
            }
            double[][] cum = d.cumulative(bin);
            double[][] points = new double[cum.length][];
            for (int i = 0; i < cum.length; i++) {
                points[i] = new double[] { cum[i][0], cum[i][1] / d.volumeCc() };
            }
            curves.add(new DvhChart.Curve(String.format(Locale.ROOT, "%s (%.1f cc)", e.getKey().getName(), d.volumeCc()), printable(e.getKey().getColorRgb()),
                    e.getKey() == plan.getTarget() ? 1.8f : 1.2f, false, points));
        }
        DvhChart.draw(pdf, curves, rx, maxGy, 260);
        pdf.paragraph("Cumulative DVHs of total dose: the % of each structure's volume receiving at least the dose (structures rasterised on the plan's "
                + "dose grid with partial-volume weights); dose axis to " + (rx > 0 ? "250 % of the prescription" : "the maximum dose") + ". Definitions as in "
                + TG137 + ".", pdf.italic, 8);
        for (String warning : warnings) {
            pdf.paragraph("Note: " + warning + ".", pdf.italic, 8);
        }
    }

    /** A structure colour dark enough for white paper. */
    static Color printable(List<Integer> rgb) {
        return DvhChart.printable(rgb);
    }

    // ---- isodose snapshots

    private void snapshots(Pdf pdf, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, 3);
        pdf.heading("Isodose snapshots through the target centre", 400);
        SliceScene scene;
        try {
            scene = new SliceScene(patientCase, plan);
        } catch (IllegalArgumentException e) {
            notes.add("no isodose snapshots: " + e.getMessage());
            pdf.paragraph("No snapshots: " + e.getMessage() + ".", pdf.italic, 9);
            return;
        }
        GridGeometry grid = GridGeometry.of(plan.getDoseGrid());
        double[] centre = plan.getTarget() == null ? null : scene.centroidMm(plan.getTarget().getName());
        String centreText = "target centroid";
        if (centre == null) {
            centre = grid.positionMm((grid.columns() - 1) / 2.0, (grid.rows() - 1) / 2.0, (grid.slices() - 1) / 2.0);
            centreText = "dose grid centre (the plan has no target contours)";
        }
        float cellW = (Pdf.RIGHT - Pdf.LEFT - 24) / 2;
        float cellH = 290;
        float top = pdf.y - 6;
        Orientation[] views = { Orientation.AXIAL, Orientation.CORONAL, Orientation.SAGITTAL };
        for (int i = 0; i < views.length; i++) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            Snapshots.Snapshot snap = Snapshots.render(scene, views[i], centre, grid, 700);
            float cx = Pdf.LEFT + (i % 2) * (cellW + 24);
            float cy = top - (i / 2) * (cellH + 20); // top of the cell
            drawSnapshot(pdf, snap, cx, cy, cellW, cellH);
            progress.worked(1);
        }
        // legend in the fourth cell
        float lx = Pdf.LEFT + cellW + 24;
        float ly = top - cellH - 20 - 20;
        pdf.text(lx, ly, "Isodose lines (% of Rx = Gy)", pdf.bold, 9);
        double rx = plan.getPrescriptionDoseGy();
        for (int i = 0; i < Snapshots.LEVELS_PERCENT.length; i++) {
            ly -= 14;
            legendLine(pdf, lx, ly, Snapshots.LEVEL_COLORS[i], Snapshots.LEVELS_PERCENT[i] == 100 ? 2.5f : 1.6f);
            pdf.text(lx + 26, ly, String.format(Locale.ROOT, "%.0f %% = %.1f Gy", Snapshots.LEVELS_PERCENT[i], rx * Snapshots.LEVELS_PERCENT[i] / 100), pdf.regular, 8.5f);
        }
        ly -= 20;
        ly = structureLegend(pdf, lx, ly, patientCase, scene.structureNames());
        ly -= 16;
        pdf.stream.setNonStrokingColor(Snapshots.SEED_COLOR);
        pdf.stream.setStrokingColor(Color.BLACK);
        pdf.stream.setLineWidth(0.8f);
        pdf.stream.addRect(lx + 7, ly, 6, 6);
        pdf.stream.fillAndStroke();
        pdf.text(lx + 26, ly, "seeds within half a slice + 1 mm of the plane", pdf.regular, 8.5f);
        ly -= 18;
        for (String l : pdf.wrap("Centre: " + centreText + String.format(Locale.ROOT, " at (%.1f, %.1f, %.1f) mm LPS. CT in a soft-tissue window "
                + "(40/400 HU). Radiological view: patient right on the image left.", centre[0], centre[1], centre[2]), pdf.italic, 8, cellW)) {
            pdf.text(lx, ly, l, pdf.italic, 8);
            ly -= 10;
        }
        pdf.y = Math.min(ly, top - 2 * cellH - 40);
    }

    /** "Structures" and a line in each named structure's colour (yellow without one); returns the last line's baseline. */
    static float structureLegend(Pdf pdf, float lx, float ly, PatientCase patientCase, List<String> names) throws IOException {
        pdf.text(lx, ly, "Structures", pdf.bold, 9);
        for (String name : names) {
            Structure st = CaseContents.structures(patientCase).stream().filter(x -> x.getName().equals(name)).findFirst().orElse(null);
            if (st == null) {
                continue;
            }
            ly -= 13;
            List<Integer> rgb = st.getColorRgb();
            legendLine(pdf, lx, ly, rgb.size() == 3 ? new Color(rgb.get(0), rgb.get(1), rgb.get(2)) : Color.YELLOW, 2f);
            pdf.text(lx + 26, ly, name, pdf.regular, 8.5f);
        }
        return ly;
    }

    static void legendLine(Pdf pdf, float x, float y, Color c, float width) throws IOException {
        pdf.stream.setStrokingColor(c);
        pdf.stream.setLineWidth(width);
        pdf.stream.moveTo(x, y + 3);
        pdf.stream.lineTo(x + 20, y + 3);
        pdf.stream.stroke();
        pdf.stream.setStrokingColor(Color.BLACK);
    }

    static void drawSnapshot(Pdf pdf, Snapshots.Snapshot snap, float cellX, float cellTop, float cellW, float cellH) throws IOException {
        String axis = switch (snap.orientation()) {
        case AXIAL -> "z";
        case CORONAL -> "y";
        case SAGITTAL -> "x";
        };
        pdf.text(cellX, cellTop - 10, String.format(Locale.ROOT, "%s, slice %d (%s = %.1f mm)", snap.orientation().label(), snap.slice() + 1, axis, snap.planeMm()),
                pdf.bold, 9);
        float boxTop = cellTop - 26;
        float boxH = cellH - 50;
        float boxW = cellW - 20;
        float scale = Math.min(boxW / snap.image().getWidth(), boxH / snap.image().getHeight());
        float w = snap.image().getWidth() * scale;
        float h = snap.image().getHeight() * scale;
        float x = cellX + 10 + (boxW - w) / 2;
        float y = boxTop - h;
        PDImageXObject image = LosslessFactory.createFromImage(pdf.doc, snap.image());
        pdf.stream.drawImage(image, x, y, w, h);
        String[] letters = snap.orientation().edgeLetters();
        pdf.text(x - 9, y + h / 2 - 3, letters[0], pdf.bold, 9);
        pdf.text(x + w + 3, y + h / 2 - 3, letters[1], pdf.bold, 9);
        pdf.text(x + w / 2 - 3, y + h + 3, letters[2], pdf.bold, 9);
        pdf.text(x + w / 2 - 3, y - 10, letters[3], pdf.bold, 9);
        // scale bar: 10 mm
        float ptPerMm = (float) (scale / snap.mmPerPixel());
        float barY = y - 20;
        pdf.stream.setStrokingColor(Color.BLACK);
        pdf.stream.setLineWidth(1.5f);
        pdf.stream.moveTo(x, barY);
        pdf.stream.lineTo(x + 10 * ptPerMm, barY);
        pdf.stream.stroke();
        pdf.text(x + 10 * ptPerMm + 4, barY - 3, "10 mm", pdf.regular, 8);
    }

    // ---- needle table

    private void needleTable(Pdf pdf, List<NeedleTable.Row> needles, double slotMm, NeedleTemplate template) throws IOException {
        pdf.heading("Needle table (" + needles.size() + " needles, " + plan.getSeeds().size() + " seeds)", 60);
        List<String[]> rows = new ArrayList<>();
        int i = 1;
        boolean compacted = false;
        for (NeedleTable.Row r : needles) {
            String loading = r.loadingPattern();
            if (pdf.width(loading, pdf.regular, 8) > LOADING_COLUMN_PT - 4) { // never cut a loading short: runs counted
                loading = compactLoading(loading);
                compacted = true;
            }
            rows.add(new String[] { String.valueOf(i++), r.hole(), r.needleId(),
                    String.format(Locale.ROOT, "%.1f, %.1f, %.1f", r.entryMm()[0], r.entryMm()[1], r.entryMm()[2]), String.format(Locale.ROOT, "%.1f", r.depthMm()),
                    r.depthFrom(), String.format(Locale.ROOT, "%.1f", r.angleToAxisDeg()), String.valueOf(r.seeds()), loading,
                    String.valueOf(r.spacers()) });
        }
        pdf.table(new float[] { 16, 34, 40, 88, 50, 50, 40, 30, LOADING_COLUMN_PT, 36 }, // spacers last: readers of the earlier columns keep their places
                new String[] { "#", "Hole", "Needle", "Entry L, P, S (mm)", "Depth (mm)", "from", "Angle (°)", "Seeds", "Loading from the tip", "Spacers" },
                rows, null, 8);
        pdf.paragraph("Hole: the guide hole of " + (template == null ? "the plan's template (none: the needle id)" : "template " + template.getTemplateId())
                + ". Entry: skin entry point (patient LPS, mm). Depth: to the needle tip along the needle, from the top of its guide hole or from "
                + "the skin entry (mm). Angle: between the needle and the template's axis (degrees). Spacers: between the needle's seeds. Loading from the tip: from the deepest seed towards the skin, S a seed, s a spacer ("
                + NeedleTable.slotText(slotMm) + " mm slots: seeds a whole number of slots apart)" + (compacted ? "; a long loading counts its runs, 3s for s-s-s" : "")
                + "; the same table as the workbench's Needle table view and its CSV.", pdf.italic, 8);
    }

    private static final float LOADING_COLUMN_PT = 125;

    /** A loading pattern with runs counted: "S-S-s-s-s-S" as "2S-3s-S". */
    static String compactLoading(String pattern) {
        if (!pattern.matches("[Ss](-[Ss])*")) {
            return pattern; // depths of seeds off the raster
        }
        String[] parts = pattern.split("-");
        List<String> out = new ArrayList<>();
        for (int k = 0; k < parts.length;) {
            int run = 1;
            while (k + run < parts.length && parts[k + run].equals(parts[k])) {
                run++;
            }
            out.add((run > 1 ? String.valueOf(run) : "") + parts[k]);
            k += run;
        }
        return String.join("-", out);
    }

    // ---- template drawing

    /** The case's last template of the plan, or null. */
    private NeedleTemplate template() {
        NeedleTemplate template = null;
        for (NeedleTemplate t : patientCase.getTemplates()) {
            if (t.getPlan() == plan) {
                template = t;
            }
        }
        return template;
    }

    private void templateDrawing(Pdf pdf, NeedleTemplate template) throws IOException {
        if (template == null) {
            notes.add("no template drawing: the case has no template of plan " + plan.getPlanId());
            return;
        }
        if (template.getStlFile() == null) {
            notes.add("no template drawing: template " + template.getTemplateId() + " has no STL file recorded");
            return;
        }
        Path drawing = Path.of(template.getStlFile()).resolveSibling("drawing.png");
        if (!Files.isRegularFile(drawing)) {
            notes.add("no template drawing: " + drawing + " does not exist");
            return;
        }
        pdf.newPage();
        pdf.heading("Needle template " + template.getTemplateId() + " (drawing)", 300);
        PDImageXObject image = PDImageXObject.createFromFile(drawing.toString(), pdf.doc);
        float maxW = Pdf.RIGHT - Pdf.LEFT;
        float maxH = pdf.y - Pdf.BOTTOM - 140;
        float scale = Math.min(maxW / image.getWidth(), maxH / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        pdf.stream.drawImage(image, Pdf.LEFT + (maxW - w) / 2, pdf.y - 6 - h, w, h);
        pdf.y -= h + 12;
        pdf.paragraph(String.format(Locale.ROOT, "%d guide holes, plate %.1f mm; STL %s. The drawing is scaled to the page: measure with its own 10 mm "
                + "bar, or print %s beside the STL at its own scale.", template.getGuideHoles().size(), template.getThicknessMm(),
                Path.of(template.getStlFile()).getFileName(), drawing.getFileName()), pdf.italic, 8);
    }

    // ---- approval

    private void approval(Pdf pdf, String status) throws IOException {
        pdf.heading("Approval", 130);
        boolean approved = PlanStatus.APPROVED.getLiteral().equals(status);
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Plan status", statusLine(status));
        rows.put("Approved by", approved ? text(plan.getApprovedBy()) : "");
        rows.put("Approval date/time", approved ? dateTime(plan.getApprovedDateTime()) : "");
        keyValues(pdf, rows);
        pdf.space(30);
        pdf.ensure(60);
        PDPageContentStream s = pdf.stream;
        s.setStrokingColor(Color.BLACK);
        s.setLineWidth(0.7f);
        s.moveTo(Pdf.LEFT, pdf.y);
        s.lineTo(Pdf.LEFT + 230, pdf.y);
        s.moveTo(Pdf.LEFT + 280, pdf.y);
        s.lineTo(Pdf.RIGHT, pdf.y);
        s.stroke();
        pdf.text(Pdf.LEFT, pdf.y - 11, "Signature (radiation oncologist)", pdf.regular, 8.5f);
        pdf.text(Pdf.LEFT + 280, pdf.y - 11, "Date", pdf.regular, 8.5f);
        pdf.space(50);
        s.moveTo(Pdf.LEFT, pdf.y);
        s.lineTo(Pdf.LEFT + 230, pdf.y);
        s.moveTo(Pdf.LEFT + 280, pdf.y);
        s.lineTo(Pdf.RIGHT, pdf.y);
        s.stroke();
        pdf.text(Pdf.LEFT, pdf.y - 11, "Signature (medical physicist, plan check)", pdf.regular, 8.5f);
        pdf.text(Pdf.LEFT + 280, pdf.y - 11, "Date", pdf.regular, 8.5f);
        pdf.space(20);
    }

    // ---- every page: header, footer, and the draft mark

    private void stamp(Pdf pdf, String status) throws IOException {
        boolean approved = PlanStatus.APPROVED.getLiteral().equals(status);
        Patient p = patientCase.getPatient();
        String who = (p == null ? "—" : name(p.getName()) + " (ID " + text(p == null ? null : p.getPatientId()) + ")");
        String header = who + "   case " + text(patientCase.getCaseId()) + "   plan " + plan.getPlanId();
        pdf.stampPages(header, approved ? "APPROVED" : status + NOT_FOR_TREATMENT, approved ? new Color(0, 120, 0) : new Color(200, 0, 0),
                "OpenSABT plan report, generated " + generated + ". Research software, not a medical device.", approved ? null : status, 0.12f);
    }

    // ---- helpers

    static void keyValues(Pdf pdf, Map<String, String> rows) throws IOException {
        for (Map.Entry<String, String> e : rows.entrySet()) {
            List<String> lines = pdf.wrap(e.getValue(), pdf.regular, 9.5f, Pdf.RIGHT - Pdf.LEFT - 190);
            for (int i = 0; i < lines.size(); i++) {
                pdf.ensure(13);
                pdf.y -= 13;
                if (i == 0) {
                    pdf.text(Pdf.LEFT, pdf.y + 3, e.getKey(), pdf.bold, 9.5f);
                }
                pdf.text(Pdf.LEFT + 190, pdf.y + 3, lines.get(i), pdf.regular, 9.5f);
            }
        }
    }

    private double uPerMCi(String model) {
        if (model == null) {
            return Double.NaN;
        }
        try {
            return SourceLibraries.standard().find(model).uPerMCi();
        } catch (Exception | LinkageError e) {
            return Double.NaN;
        }
    }

    /** A DICOM person name (FAMILY^GIVEN) as "FAMILY, GIVEN". */
    static String name(String dicom) {
        if (dicom == null || dicom.isBlank()) {
            return "—";
        }
        String[] parts = dicom.split("\\^");
        return parts.length > 1 && !parts[1].isBlank() ? parts[0].strip() + ", " + parts[1].strip() : parts[0].strip();
    }

    static String date(XMLGregorianCalendar d) {
        return d == null ? "—" : String.format(Locale.ROOT, "%04d-%02d-%02d", d.getYear(), d.getMonth(), d.getDay());
    }

    static String dateTime(String iso) {
        return iso == null || iso.isBlank() ? "—" : iso.replace('T', ' ');
    }

    static String text(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
