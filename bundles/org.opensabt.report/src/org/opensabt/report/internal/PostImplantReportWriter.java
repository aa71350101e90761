package org.opensabt.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;





import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.opensabt.contour.CaseContents;
import org.opensabt.model.Implant;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.PlanStatus;
import org.opensabt.model.Seed;
import org.opensabt.model.Structure;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.report.PostImplantReports;
import org.opensabt.report.PostImplantReports.DvhCurve;
import org.opensabt.report.PostImplantReports.MetalObject;
import org.opensabt.report.PostImplantReports.MetricRow;
import org.opensabt.report.PostImplantReports.MissingSeed;
import org.opensabt.report.PostImplantReports.OarCheck;
import org.opensabt.report.PostImplantReports.SeedRow;
import org.opensabt.viewer.Orientation;
import org.opensabt.viewer.SliceScene;

/** Lays out a post-implant report (see {@link PostImplantReports}) with the plan report's {@link Pdf}, {@link DvhChart} and {@link Snapshots}. */
public final class PostImplantReportWriter {

    /** Planned seeds on the snapshot: a red ring. */
    static final Color PLANNED_SEED = new Color(40, 220, 40);
    private static final Color RED = new Color(200, 0, 0);

    private final PatientCase patientCase;
    private final Plan plan;
    private final Implant implant;
    private final PostImplantReports.Report r;
    private final String generated = LocalDateTime.now().withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).replace('T', ' ');

    public PostImplantReportWriter(PatientCase patientCase, Plan plan, Implant implant, PostImplantReports.Report report) {
        this.patientCase = patientCase;
        this.plan = plan;
        this.implant = implant;
        this.r = report;
    }

    /** Writes the PDF; returns its page count. */
    public int write(Path file, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, 100);
        try (Pdf pdf = new Pdf()) {
            progress.subTask("Patient, implant, registration and detection");
            pdf.line("Post-implant report (I-125 permanent seed implant)", pdf.bold, 16);
            pdf.paragraph("Generated " + generated + " by OpenSABT (research software, not a medical device). Plan versus actual: the plan's stored "
                    + "dose against the dose of the seeds as implanted, found on the post-operative CT.", pdf.italic, 8.5f);
            identity(pdf);
            registration(pdf);
            detection(pdf);
            check(progress, 10);
            progress.subTask("Plan versus actual");
            pdf.newPage();
            planVersusActual(pdf);
            dvh(pdf);
            check(progress, 20);
            progress.subTask("Axial snapshot");
            pdf.newPage();
            snapshot(pdf);
            check(progress, 40);
            progress.subTask("Seed list");
            seedList(pdf);
            check(progress, 10);
            pdf.endPage();
            stamp(pdf);
            int pages = pdf.doc.getNumberOfPages();
            pdf.doc.save(file.toFile());
            progress.worked(20);
            return pages;
        }
    }

    private static void check(SubMonitor progress, int work) {
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        progress.worked(work);
    }

    // ---- page 1

    private void identity(Pdf pdf) throws IOException {
        pdf.heading("Patient, plan and implant", 80);
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Patient name", text(r.patientName()));
        rows.put("Patient ID", text(r.patientId()));
        rows.put("Case ID", text(r.caseId()));
        rows.put("Plan ID (status)", r.planId() + (plan.getLabel() == null ? "" : "  (" + plan.getLabel() + ")") + ", " + r.planStatus()
                + (PlanStatus.APPROVED.getLiteral().equals(r.planStatus()) ? " by " + text(plan.getApprovedBy()) + " on " + PlanReportWriter.dateTime(plan.getApprovedDateTime())
                        : " (not approved)"));
        rows.put("Target", text(r.target()));
        rows.put("Prescription dose (Gy)", r.prescriptionDoseGy() > 0 ? String.format(Locale.ROOT, "%.1f Gy (total dose to full decay)", r.prescriptionDoseGy()) : "—");
        rows.put("Seed model", text(r.seedModel()));
        rows.put("Implant ID", r.implantId());
        rows.put("Implant date", r.implantDate() == null ? "not recorded" : r.implantDate());
        rows.put("Post-operative CT series UID", r.postopSeriesUid() == null ? "not recorded" : r.postopSeriesUid());
        rows.put("Post-operative CT slice thickness", Double.isFinite(r.postopSliceThicknessMm()) ? String.format(Locale.ROOT, "%.2f mm", r.postopSliceThicknessMm()) : "—");
        PlanReportWriter.keyValues(pdf, rows);
    }

    private void registration(Pdf pdf) throws IOException {
        PostImplantReports.Registration g = r.registration();
        pdf.heading("Registration (post-operative CT to planning CT)", 80);
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Method", g.method());
        rows.put("As recorded", text(g.description()));
        boolean sameFrame = g.method().startsWith("same frame");
        rows.put("Residual (mm)", sameFrame ? "none: no registration (same frame of reference)"
                : Double.isFinite(g.residualMm()) ? String.format(Locale.ROOT, "%.2f mm RMS", g.residualMm()) : "—");
        rows.put("Inlier fraction", Double.isFinite(g.inlierFraction()) ? String.format(Locale.ROOT, "%.0f %% of the bone points", 100 * g.inlierFraction()) : "—");
        List<Double> t = g.postToPlanningRowsOfRt();
        if (t.size() == 12) {
            for (int i = 0; i < 3; i++) {
                rows.put(i == 0 ? "Transform [R | t] (mm)" : " ".repeat(i), String.format(Locale.ROOT, "%9.5f %9.5f %9.5f | %8.2f", t.get(4 * i), t.get(4 * i + 1),
                        t.get(4 * i + 2), t.get(4 * i + 3)));
            }
        } else {
            rows.put("Transform", "identity (both CTs share a frame of reference)");
        }
        PlanReportWriter.keyValues(pdf, rows);
    }

    private void detection(Pdf pdf) throws IOException {
        PostImplantReports.Detection d = r.detection();
        pdf.heading("Detection", 80);
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Seeds planned", String.valueOf(d.seedsPlanned()));
        rows.put("Seeds expected (hint)", d.seedsExpected() == null ? "not recorded" : String.valueOf(d.seedsExpected()));
        rows.put("Seeds implanted (evaluated)", String.format(Locale.ROOT, "%d: %d found by the detection (%d of them moved by hand), %d added by hand",
                d.seedsImplanted(), d.seedsDetected(), d.seedsMoved(), d.seedsAdded()));
        rows.put("Missing seeds", d.missingPlannedSeedIds().isEmpty() ? "none" : d.missingPlannedSeedIds().size() + " planned seed(s) without an implanted partner: "
                + String.join(", ", d.missingPlannedSeedIds()) + " (lost, migrated or not found; never invented)");
        rows.put("Implanted seeds without a plan partner", d.unpairedSeedIds().isEmpty() ? "none" : String.join(", ", d.unpairedSeedIds()));
        rows.put("Axis assumed (plan's needle)", d.axisAssumedSeedIds() == null ? "not recorded"
                : d.axisAssumedSeedIds().isEmpty() ? "none: every axis measured" : String.join(", ", d.axisAssumedSeedIds()));
        rows.put("Edits by hand", d.edits() == null ? "not recorded (added and moved seeds show in their origin)" : d.edits().isEmpty() ? "none" : String.join("; ", d.edits()));
        PlanReportWriter.keyValues(pdf, rows);
        pdf.space(4);
        if (d.otherMetal() == null) {
            pdf.line("Other metal: not recorded in the case (the report of 'opensabt postplan --report' lists it).", pdf.italic, 9);
        } else {
            pdf.line("Other metal (not taken for seeds): " + (d.otherMetal().isEmpty() ? "none" : d.otherMetal().size() + " object(s)"), pdf.bold, 9.5f);
            List<String[]> rows2 = new ArrayList<>();
            int i = 1;
            for (MetalObject o : d.otherMetal()) {
                rows2.add(new String[] { String.valueOf(i++), o.positionMm() == null ? "—" : xyz(o.positionMm()), PostImplantReportData.format(o.lengthMm(), "%.1f"),
                        PostImplantReportData.format(o.widthMm(), "%.1f"), text(o.description()) });
            }
            if (!rows2.isEmpty()) {
                pdf.table(new float[] { 18, 110, 62, 58, 263 }, new String[] { "#", "Position L, P, S (mm)", "Length (mm)", "Width (mm)", "Why not a seed" },
                        rows2, null, 8);
                pdf.paragraph("Positions in the post-operative CT's frame (patient LPS, mm).", pdf.italic, 8);
            }
        }
        if (!r.missingSeeds().isEmpty()) {
            pdf.space(4);
            pdf.line("Missing seeds (planned positions, planning frame)", pdf.bold, 9.5f);
            List<String[]> rows3 = new ArrayList<>();
            for (MissingSeed m : r.missingSeeds()) {
                Seed s = plan.getSeeds().stream().filter(x -> x.getSeedId().equals(m.plannedSeedId())).findFirst().orElse(null);
                rows3.add(new String[] { m.plannedSeedId(), s == null || s.getNeedle() == null ? "—" : s.getNeedle().getNeedleId(), xyz(m.positionMm()) });
            }
            pdf.table(new float[] { 90, 90, 150 }, new String[] { "Planned seed", "Needle", "Position L, P, S (mm)" }, rows3, null, 8.5f);
        }
        for (String note : r.notes()) {
            pdf.paragraph("Note: " + note + ".", pdf.italic, 8);
        }
    }

    // ---- page 2

    private void planVersusActual(Pdf pdf) throws IOException {
        pdf.heading("Plan versus actual", 80);
        List<String[]> rows = new ArrayList<>();
        for (MetricRow m : r.metrics()) {
            String unit = m.unit();
            String f = "%".equals(unit) ? "%.1f" : "%.2f";
            rows.add(new String[] { m.structure() + (m.role().equals("target") ? " (target)" : ""), m.metric() + " (" + unit + ")", PostImplantReportData.format(m.planned(), f),
                    PostImplantReportData.format(m.actual(), f), Double.isFinite(m.difference()) ? String.format(Locale.ROOT, "%+" + f.substring(1), m.difference()) : "—" });
        }
        pdf.table(new float[] { 150, 90, 80, 80, 80 }, new String[] { "Structure", "Metric (unit)", "Planned", "Actual", "Actual - planned" }, rows, null, 9);
        pdf.paragraph("D90: minimum dose to the hottest 90 % of the target; V100/V150/V200: % of the target receiving at least 100/150/200 % of the "
                + "prescription; D2cc, D0.1cc: minimum dose to the hottest 2 and 0.1 cc of an organ; Dmax: its maximum (TG-137, Nath et al., Med. Phys. 36:5310, 2009). "
                + "Planned: the plan's stored metrics; actual: the implant's, on the same grid with the planning CT's structures (oedema not modelled).",
                pdf.italic, 8);
        if (!r.oarChecks().isEmpty()) {
            pdf.space(4);
            List<String[]> checks = new ArrayList<>();
            List<Color> colors = new ArrayList<>();
            for (OarCheck c : r.oarChecks()) {
                checks.add(new String[] { c.structure(), c.metric() + " < " + String.format(Locale.ROOT, "%.1f Gy", c.limitGy()), PostImplantReportData.format(c.plannedGy(), "%.2f Gy"),
                        PostImplantReportData.format(c.actualGy(), "%.2f Gy"),
                        Double.isNaN(c.actualGy()) ? "not evaluated" : c.metActual() ? "met" : "EXCEEDED" });
                colors.add(!Double.isNaN(c.actualGy()) && !c.metActual() ? RED : Color.BLACK);
            }
            pdf.table(new float[] { 150, 90, 80, 80, 80 }, new String[] { "Organ at risk", "Limit", "Planned", "Actual", "Actual vs limit" }, checks, colors, 9);
        }
    }

    private void dvh(Pdf pdf) throws IOException {
        pdf.heading("Dose-volume histograms: planned (solid) and actual (dashed)", 300);
        List<DvhChart.Curve> curves = new ArrayList<>();
        double maxGy = 0;
        for (DvhCurve c : r.dvhs()) {
            double[][] pts = c.doseGyVolumePercent();
            double[][] points = new double[pts.length][];
            for (int i = 0; i < pts.length; i++) {
                points[i] = new double[] { pts[i][0], pts[i][1] / 100 };
                if (pts[i][1] > 0) {
                    maxGy = Math.max(maxGy, pts[i][0]);
                }
            }
            Structure st = CaseContents.structures(patientCase).stream().filter(x -> x.getName().equals(c.structure())).findFirst().orElse(null);
            Color color = st == null ? Color.DARK_GRAY : DvhChart.printable(st.getColorRgb());
            boolean actual = c.dose().equals("actual");
            curves.add(new DvhChart.Curve(c.structure() + (actual ? " actual" : " planned"), color, c.structure().equals(r.target()) ? 1.8f : 1.2f, actual, points));
        }
        DvhChart.draw(pdf, curves, r.prescriptionDoseGy(), maxGy, 250);
        pdf.paragraph("Cumulative DVHs of total dose: % of each structure's volume receiving at least the dose, planned (the plan's dose grid, solid) and "
                + "actual (the implant's, dashed), structures of the planning CT.", pdf.italic, 8);
    }

    // ---- snapshot

    private void snapshot(Pdf pdf) throws IOException {
        pdf.heading("Axial slice through the target centre: implant isodoses, actual and planned seeds", 380);
        Plan actual = ModelFactory.eINSTANCE.createPlan(); // the implant as a plan the scene can draw; not part of the case
        actual.setPlanId(implant.getImplantId());
        actual.setPrescriptionDoseGy(plan.getPrescriptionDoseGy());
        actual.setTarget(plan.getTarget());
        actual.setDoseGrid(EcoreUtil.copy(implant.getDoseGrid()));
        for (Seed s : implant.getSeeds()) {
            actual.getSeeds().add(EcoreUtil.copy(s));
        }
        SliceScene scene;
        try {
            scene = new SliceScene(patientCase, actual);
        } catch (IllegalArgumentException e) {
            pdf.paragraph("No snapshot: " + e.getMessage() + ".", pdf.italic, 9);
            return;
        }
        GridGeometry grid = GridGeometry.of(actual.getDoseGrid());
        double[] centre = plan.getTarget() == null ? null : scene.centroidMm(plan.getTarget().getName());
        if (centre == null) {
            centre = grid.positionMm((grid.columns() - 1) / 2.0, (grid.rows() - 1) / 2.0, (grid.slices() - 1) / 2.0);
        }
        Snapshots.Snapshot snap = Snapshots.render(scene, Orientation.AXIAL, centre, grid, 700);
        // planned seeds within half a CT slice + 1 mm of the plane: red rings
        GridGeometry ct = scene.slicer().grid();
        double half = ct.spacingMm()[2] / 2 + 1;
        double pxPerMm = 1 / snap.mmPerPixel();
        double ring = Math.max(4, 1.6 * pxPerMm);
        int plannedShown = 0;
        Graphics2D g = snap.image().createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(PLANNED_SEED);
            g.setStroke(new BasicStroke(2f));
            for (Seed s : plan.getSeeds()) {
                double[] p = PostImplantReportData.array(s.getPositionMm());
                if (Math.abs(ct.toGridMm(p)[2] - snap.slice() * ct.spacingMm()[2]) > half) {
                    continue;
                }
                double[] xy = snap.imageXy(p);
                g.draw(new Ellipse2D.Double(xy[0] - ring, xy[1] - ring, 2 * ring, 2 * ring));
                plannedShown++;
            }
        } finally {
            g.dispose();
        }
        float cellW = Pdf.RIGHT - Pdf.LEFT - 170;
        float cellH = 330;
        float top = pdf.y - 6;
        PlanReportWriter.drawSnapshot(pdf, snap, Pdf.LEFT, top, cellW, cellH);
        float lx = Pdf.LEFT + cellW + 10;
        float ly = top - 30;
        pdf.text(lx, ly, "Implant isodoses (% of Rx)", pdf.bold, 9);
        for (int i = 0; i < Snapshots.LEVELS_PERCENT.length; i++) {
            ly -= 14;
            PlanReportWriter.legendLine(pdf, lx, ly, Snapshots.LEVEL_COLORS[i], Snapshots.LEVELS_PERCENT[i] == 100 ? 2.5f : 1.6f);
            pdf.text(lx + 26, ly, String.format(Locale.ROOT, "%.0f %% = %.1f Gy", Snapshots.LEVELS_PERCENT[i], r.prescriptionDoseGy() * Snapshots.LEVELS_PERCENT[i] / 100),
                    pdf.regular, 8.5f);
        }
        ly -= 20;
        pdf.stream.setNonStrokingColor(Snapshots.SEED_COLOR);
        pdf.stream.setStrokingColor(Color.BLACK);
        pdf.stream.setLineWidth(0.8f);
        pdf.stream.addRect(lx + 7, ly, 6, 6);
        pdf.stream.fillAndStroke();
        pdf.text(lx + 26, ly, "actual seed", pdf.regular, 8.5f);
        ly -= 14;
        pdf.stream.setStrokingColor(PLANNED_SEED);
        pdf.stream.setLineWidth(1.5f);
        pdf.stream.addRect(lx + 5, ly - 2, 10, 10);
        pdf.stream.stroke();
        pdf.stream.setStrokingColor(Color.BLACK);
        pdf.text(lx + 26, ly, "planned seed (" + plannedShown + " here)", pdf.regular, 8.5f);
        ly -= 20;
        ly = PlanReportWriter.structureLegend(pdf, lx, ly, patientCase, scene.structureNames());
        ly -= 18;
        for (String l : pdf.wrap(String.format(Locale.ROOT, "Plane z = %.1f mm through the target centre (%.1f, %.1f, %.1f) mm LPS; seeds within half a "
                + "slice + 1 mm of it. Soft-tissue window. Patient right on the image left.", snap.planeMm(), centre[0], centre[1], centre[2]), pdf.italic, 8,
                Pdf.RIGHT - lx)) {
            pdf.text(lx, ly, l, pdf.italic, 8);
            ly -= 10;
        }
        pdf.y = Math.min(ly, top - cellH - 10);
    }

    // ---- seed list

    private void seedList(Pdf pdf) throws IOException {
        pdf.heading(String.format(Locale.ROOT, "Seed list (%d implanted, %d missing; displacement median %s, max %s)", r.seeds().size(), r.missingSeeds().size(),
                PostImplantReportData.format(r.medianDisplacementMm(), "%.1f mm"), PostImplantReportData.format(r.maxDisplacementMm(), "%.1f mm")), 60);
        List<String[]> rows = new ArrayList<>();
        List<Color> colors = new ArrayList<>();
        for (SeedRow s : r.seeds()) {
            rows.add(new String[] { s.seedId(), s.origin(), s.plannedSeedId() == null ? "none" : s.plannedSeedId(), xyz(s.positionMm()),
                    PostImplantReportData.format(s.displacementMm(), "%.2f"), s.displacementVectorMm() == null ? "—" : xyz(s.displacementVectorMm()),
                    s.axisAssumed() == null ? "n.r." : s.axisAssumed() ? "assumed" : "measured" });
            colors.add(s.plannedSeedId() == null ? new Color(170, 90, 0) : Color.BLACK);
        }
        for (MissingSeed m : r.missingSeeds()) {
            rows.add(new String[] { "—", "MISSING", m.plannedSeedId(), xyz(m.positionMm()) + " (planned)", "—", "—", "—" });
            colors.add(RED);
        }
        pdf.table(new float[] { 42, 52, 50, 120, 55, 120, 72 },
                new String[] { "Seed", "Origin", "Planned", "Position L, P, S (mm)", "Displ. (mm)", "Displacement dL, dP, dS (mm)", "Axis" }, rows, colors, 8);
        pdf.paragraph("Positions in the planning frame (patient LPS, mm). Planned: the planned seed paired with it (least total distance, Hungarian method); "
                + "displacement = actual - planned. Origin: detected on the CT, added or moved by hand. Axis: measured on the CT, or assumed from the plan's "
                + "needle where the slices could not show it (n.r.: not recorded). MISSING: a planned seed without an implanted partner.", pdf.italic, 8);
    }

    // ---- every page

    private void stamp(Pdf pdf) throws IOException {
        boolean approved = PlanStatus.APPROVED.getLiteral().equals(r.planStatus());
        String header = text(r.patientName()) + " (" + text(r.patientId()) + ")  case " + text(r.caseId()) + "  plan " + r.planId() + "  implant " + r.implantId();
        pdf.stampPages(header, "POST-IMPLANT, plan " + r.planStatus(), approved ? new Color(0, 90, 160) : RED,
                "OpenSABT post-implant report, generated " + generated + ". Research software, not a medical device.", approved ? null : r.planStatus(), 0.10f);
    }

    private static String xyz(double[] p) {
        return String.format(Locale.ROOT, "%.1f, %.1f, %.1f", p[0], p[1], p[2]);
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
