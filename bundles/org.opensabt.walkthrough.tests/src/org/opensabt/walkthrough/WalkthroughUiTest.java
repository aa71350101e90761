package org.opensabt.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.opensabt.contour.CaseContents;
import org.opensabt.contour.StructureGeometry;
import org.opensabt.model.Implant;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.PlanStatus;
import org.opensabt.model.RoiType;
import org.opensabt.model.Seed;
import org.opensabt.model.Structure;
import org.opensabt.model.store.CaseStore;
import org.opensabt.phantoms.Phantom;
import org.opensabt.plan.ui.NeedleTablePanel;
import org.opensabt.plan.ui.NeedleTableView;
import org.opensabt.plan.ui.PlanActions;
import org.opensabt.postplan.SyntheticPostop;
import org.opensabt.postplan.ui.PostImplantPanel;
import org.opensabt.postplan.ui.PostImplantView;
import org.opensabt.report.ui.PlanReportAction;
import org.opensabt.template.ui.TemplatePanel;
import org.opensabt.template.ui.TemplateView;
import org.opensabt.ui.testing.UiHarness;
import org.opensabt.ui.testing.WorkbenchHarness;
import org.opensabt.viewer.SliceScene;
import org.opensabt.viewer.ui.CaseSession;
import org.opensabt.viewer.ui.PlanComparisonPanel;
import org.opensabt.viewer.ui.PlanComparisonView;
import org.opensabt.viewer.ui.PlanPanel;
import org.opensabt.viewer.ui.PlanView;
import org.opensabt.viewer.ui.PlanningControls;
import org.opensabt.viewer.ui.SessionView;
import org.opensabt.viewer.ui.SliceCanvas;
import org.opensabt.viewer.ui.SlicesPanel;
import org.opensabt.viewer.ui.SlicesView;
import org.opensabt.viewer.ui.StructureLegend;
import org.opensabt.workbench.CaseExplorerView;
import org.opensabt.workbench.CaseWorkspace;
import org.opensabt.workbench.RecentCases;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;

/**
 * The clinician's path of issue 22 end to end in the real workbench (the product's advisor, every view of
 * the test runtime, the window at 1366×768), driven with real widget events as a user does: open a case
 * from the Cases explorer → contour a sciatic nerve (New… dialog, polygon clicks on the axial view) → plan
 * with Optimise twice (140 Gy, then 120 Gy on the Rx spinner) → compare the two plans → Plan ▸ Approve
 * plan… (the dialog answered) and an edit refused → Plan ▸ Plan report PDF…, the Needle table view, the
 * Template view's export and the DICOM RT export → post-implant review of a synthetic post-op CT (a seed
 * deleted and undone) → save, reopen, everything there. One scenario per step; each ends with a screenshot
 * target/ui-test/walk-NN-step.png. Expected values come from the case's stored data or are computed here
 * (never copied from the product's output).
 * <p>
 * Driven the nearest honest way where a native dialog would open (GTK dialogs cannot be answered from the
 * test): the report's file dialog through {@link PlanReportAction#fileChooser} (its test hook), the Template
 * view's output folder typed into its field, File ▸ Export DICOM RT… and the post-implant view's "Evaluate
 * post-op CT…" through the actions their buttons call ({@link PlanActions#exportDicom},
 * {@link PostImplantPanel#evaluateFolder}) with the folder the dialog would return.
 */
class WalkthroughUiTest {

    static final String PATIENT_ID = "WALK-01";
    static final String PATIENT_NAME = "Walkthrough^Clinician";
    static final String CASE_ID = "walk-001";
    static final String NERVE = "Sciatic nerve";
    static final String APPROVER = "Dr Walk Through";
    static final int RX2_GY = 120;

    Path workspace;
    Path caseFolder;
    Path out;
    Plan plan1;
    Plan plan2;
    String nerveSet;
    double nerveCc;
    final List<String> timings = new ArrayList<>();
    long t0 = System.nanoTime();

    @Test
    void clinicianPathEndToEnd() throws Exception {
        workspace = Files.createTempDirectory("opensabt-walk-workspace");
        caseFolder = workspace.resolve("walkthrough/" + CASE_ID);
        out = Files.createTempDirectory("opensabt-walk-out");
        PatientCase c = new Phantom(20, Double.NaN, false, 1, 2).build(); // CT, BODY and a 20 cc GTV
        c.setCaseId(CASE_ID);
        c.getPatient().setPatientId(PATIENT_ID);
        c.getPatient().setName(PATIENT_NAME);
        CaseStore.expectNewFolder(c);
        new CaseStore("OpenSABT walkthrough test").save(c, caseFolder);
        System.setProperty(CaseWorkspace.PROPERTY, workspace.toString());
        CaseWorkspace.setFolder(null);
        RecentCases.clear();
        long start = System.nanoTime();
        try {
            WorkbenchHarness.run(
                    step("1 open the case from the Cases explorer", this::openCase),
                    step("2 contour an OAR", this::contourOar),
                    step("3 plan twice with Optimise", this::planTwice),
                    step("4 compare the two plans", this::compare),
                    step("5 approve the plan", this::approve),
                    step("6 operating-room outputs", this::outputs),
                    step("7 post-implant review", this::postImplant),
                    step("8 save and reopen", this::saveAndReopen));
        } finally {
            PlanReportAction.fileChooser = null;
            System.out.printf(Locale.ROOT, "walkthrough: %.1f s in all; %s%n", (System.nanoTime() - start) / 1e9, String.join(", ", timings));
            UiHarness.deleteTree(workspace);
            UiHarness.deleteTree(out);
        }
    }

    /** A scenario that records its time. */
    private WorkbenchHarness.Scenario step(String name, WorkbenchHarness.Step body) {
        return WorkbenchHarness.scenario(name, w -> {
            long s = System.nanoTime();
            try {
                body.run(w);
            } finally {
                timings.add(String.format(Locale.ROOT, "step %s %.1f s", name.substring(0, 1), (System.nanoTime() - s) / 1e9));
            }
        });
    }

    // 1

    private void openCase(IWorkbenchWindow window) throws Exception {
        window.getShell().setMaximized(false);
        window.getShell().setBounds(0, 0, 1366, 768);
        UiHarness.settle(300);
        assertNull(CaseSession.get().patientCase(), "no case open at start");
        IWorkbenchPage page = window.getActivePage();
        CaseExplorerView explorer = (CaseExplorerView) page.showView(CaseExplorerView.ID);
        Tree tree = explorer.tree();
        assertTrue(UiHarness.waitFor(() -> tree.getItemCount() == 1 && tree.getItem(0).getText().startsWith("Walkthrough"), 30),
                "the explorer lists the patient: " + Arrays.stream(tree.getItems()).map(TreeItem::getText).toList());
        TreeItem patient = tree.getItem(0);
        assertEquals(PATIENT_NAME + " (" + PATIENT_ID + ")", patient.getText());
        Event expand = new Event();
        expand.item = patient;
        tree.notifyListeners(SWT.Expand, expand);
        patient.setExpanded(true);
        UiHarness.settle(100);
        TreeItem caseItem = patient.getItem(0);
        assertTrue(caseItem.getText().startsWith("Case " + CASE_ID), caseItem.getText());
        WorkbenchHarness.openItem(tree, caseItem); // a double-click on the row
        assertTrue(UiHarness.waitFor(() -> CaseSession.get().patientCase() != null, 30), "the case opened: " + CaseSession.get().problem());
        assertEquals(caseFolder.toRealPath(), CaseSession.get().folder().toRealPath());
        page.showView(SlicesView.ID);
        SlicesPanel slices = slices(window);
        assertTrue(UiHarness.waitFor(() -> slices.scene() != null && slices.scene().patientCase() == CaseSession.get().patientCase(), 30),
                "the slice views show the case");
        WorkbenchHarness.samePatientEverywhere(window, PATIENT_NAME + " (" + PATIENT_ID + ")", "case " + CASE_ID);
        shot(window, "walk-01-open.png");
        System.out.println("step 1: legend rows " + Arrays.stream(slices.legend().table().getItems()).map(i -> i.getText(0)).toList() + "; explorer rows "
                + tree.getItemCount() + ", inked " + UiHarness.inked(tree) + " px");
        paintProbe(window, "explorer", tree, "walk-01-open-after-resize.png");
    }

    // 2

    private void contourOar(IWorkbenchWindow window) throws Exception {
        CaseSession session = CaseSession.get();
        window.getActivePage().showView(SlicesView.ID);
        SlicesPanel slices = slices(window);
        StructureLegend legend = slices.legend();
        int before = CaseContents.structures(session.patientCase()).size();
        UiHarness.inDialog("New structure", () -> UiHarness.press(UiHarness.button(legend, "New…")), d -> {
            List<Text> texts = UiHarness.all(d, Text.class);
            texts.get(0).setText(NERVE);
            UiHarness.choose(UiHarness.find(d, Combo.class, x -> true), RoiType.OAR.getLiteral());
            texts.get(1).setText("#00C8C8");
            UiHarness.screenshot(d, "walk-02-new-structure-dialog.png");
            UiHarness.press(UiHarness.button(d, "OK"));
        });
        Structure nerve = structure(session, NERVE);
        assertNotNull(nerve, "the structure was made: " + slices.tools().statusText());
        assertEquals(RoiType.OAR, nerve.getType());
        assertEquals(before + 1, CaseContents.structures(session.patientCase()).size());
        assertNotNull(legend.item(NERVE), "the legend lists it");

        // a 12 mm × 30 mm polygon lateral of the GTV on the axial view, clicked point by point
        SliceScene scene = slices.scene();
        var grid = scene.slicer().grid();
        SliceCanvas axial = slices.views().get(0);
        select(legend.item(NERVE));
        slices.tools().setTool(SliceCanvas.Tool.POLYGON);
        double[] centre = scene.centroidMm("GTV");
        slices.showPoint(centre);
        int k = (int) Math.round(grid.toGridMm(centre)[2] / grid.spacingMm()[2]);
        axial.setSlice(k);
        UiHarness.settle(200);
        int pixelsBefore = UiHarness.count(axial, new RGB(0, 200, 200))[0];
        double[][] cornersMm = { { 35, -15 }, { 47, -15 }, { 47, 15 }, { 35, 15 }, { 35, -15 } };
        for (double[] p : cornersMm) {
            double[] uv = scene.slicer().uv(axial.orientation(), new double[] { centre[0] + p[0], centre[1] + p[1], centre[2] });
            UiHarness.click(axial, axial.toScreen(uv[0], uv[1]));
        }
        UiHarness.settle(300);
        slices.tools().setTool(SliceCanvas.Tool.NAVIGATE);
        nerve = structure(session, NERVE);
        assertFalse(nerve.getContours().isEmpty(), "the nerve has a contour: " + slices.tools().statusText());
        nerveCc = StructureGeometry.mask(nerve, grid).volumeCc();
        double expectedCc = 12 * 30 * grid.spacingMm()[2] / 1000;
        assertEquals(expectedCc, nerveCc, 0.25 * expectedCc, "volume of the drawn polygon");
        int pixelsAfter = UiHarness.count(axial, new RGB(0, 200, 200))[0];
        assertTrue(pixelsAfter > pixelsBefore + 100, "its outline is on screen: " + pixelsBefore + " → " + pixelsAfter);
        assertTrue(session.dirty());
        // the Plan view: no plan yet, so nothing can be out of date (the stale mark is checked after approval, step 5)
        window.getActivePage().showView(PlanView.ID);
        window.getActivePage().showView(SlicesView.ID);
        PlanPanel planPanel = UiHarness.find(window.getShell(), PlanPanel.class, x -> true);
        assertNotNull(planPanel);
        assertNull(session.plan());
        assertFalse(planPanel.stale(), planPanel.freshnessText());
        System.out.printf(Locale.ROOT, "step 2: %s drawn, %.2f cc (polygon %.2f cc); %s%n", NERVE, nerveCc, expectedCc, slices.tools().statusText());
        shot(window, "walk-02-contour.png");
    }

    // 3

    private void planTwice(IWorkbenchWindow window) throws Exception {
        CaseSession session = CaseSession.get();
        window.getActivePage().showView(PlanView.ID);
        PlanningControls controls = UiHarness.find(window.getShell(), PlanningControls.class, x -> true);
        assertNotNull(controls, "the Plan view's request");
        controls.setTarget("GTV");
        Spinner rx = rxSpinner(controls);
        int rx1 = rx.getSelection();
        plan1 = optimise(session, controls);
        assertEquals(rx1, plan1.getPrescriptionDoseGy(), 1e-9);
        String status1 = controls.statusText();
        rx.setSelection(RX2_GY);
        rx.notifyListeners(SWT.Modify, new Event());
        rx.notifyListeners(SWT.Selection, new Event());
        plan2 = optimise(session, controls);
        assertEquals(RX2_GY, plan2.getPrescriptionDoseGy(), 1e-9, "the second plan has the spinner's prescription");
        assertEquals(2, session.patientCase().getPlans().size(), "two plans");
        assertNotSame(plan1, plan2);
        assertSame(plan2, session.plan(), "the new plan is shown");
        System.out.printf(Locale.ROOT, "step 3: %s | %s%n", status1, controls.statusText());
        WorkbenchHarness.samePatientEverywhere(window, PATIENT_ID, "plan " + plan2.getPlanId() + " DRAFT");
        shot(window, "walk-03-plan.png");
    }

    private static Plan optimise(CaseSession session, PlanningControls controls) {
        int plans = session.patientCase().getPlans().size();
        UiHarness.press(controls.optimiseButton());
        assertFalse(controls.optimiseButton().isEnabled(), "Optimise started: " + controls.statusText());
        assertTrue(UiHarness.waitFor(() -> controls.optimiseButton().isEnabled(), 300), "planning ended: " + controls.statusText());
        assertEquals(plans + 1, session.patientCase().getPlans().size(), "a plan was added: " + controls.statusText());
        return session.patientCase().getPlans().get(plans);
    }

    // 4

    private void compare(IWorkbenchWindow window) throws Exception {
        window.getActivePage().showView(PlanComparisonView.ID);
        PlanComparisonPanel panel = UiHarness.find(window.getShell(), PlanComparisonPanel.class, x -> true);
        assertNotNull(panel);
        assertTrue(UiHarness.waitFor(() -> panel.planTable().getItemCount() == 2, 20), "both plans listed");
        for (TableItem item : panel.planTable().getItems()) { // check both (a click on each check box that is not checked)
            if (!item.getChecked()) {
                item.setChecked(true);
                Event e = new Event();
                e.detail = SWT.CHECK;
                e.item = item;
                panel.planTable().notifyListeners(SWT.Selection, e);
            }
        }
        UiHarness.settle(300);
        Table metrics = panel.metricTable();
        assertEquals(5, metrics.getColumnCount(), "values of both plans and their difference");
        assertEquals("Δ " + plan2.getPlanId() + " − " + plan1.getPlanId(), metrics.getColumn(4).getText());
        TableItem d90 = Arrays.stream(metrics.getItems()).filter(i -> i.getText(0).equals("GTV D90")).findFirst()
                .orElseThrow(() -> new AssertionError("no GTV D90 row"));
        double stored1 = stored(plan1, "GTV", "D90");
        double stored2 = stored(plan2, "GTV", "D90");
        System.out.printf(Locale.ROOT, "step 4: GTV D90 %s | %s | Δ %s; stored %.2f, %.2f Gy%n", d90.getText(2), d90.getText(3), d90.getText(4), stored1, stored2);
        assertEquals(stored1, number(d90.getText(2)), 0.051);
        assertEquals(stored2, number(d90.getText(3)), 0.051);
        assertEquals(stored2 - stored1, number(d90.getText(4)), 0.051, "the table's D90 difference is the stored one");
        assertTrue(stored2 < stored1, "the lower prescription gives the lower D90");
        assertEquals(2, panel.dvhCanvas().curveSets().size(), "both plans' DVHs overlaid");
        shot(window, "walk-04-compare.png");
        paintProbe(window, "comparison metric table (" + metrics.getItemCount() + " rows)", metrics, "walk-04-compare-after-resize.png");
    }

    // 5

    private void approve(IWorkbenchWindow window) throws Exception {
        CaseSession session = CaseSession.get();
        IWorkbenchPage page = window.getActivePage();
        page.showView(PlanView.ID);
        // choose plan 1 in the Plan view's plan list, as a user does
        PlanPanel planPanel = UiHarness.find(window.getShell(), PlanPanel.class, x -> true);
        Combo chooser = UiHarness.find(planPanel, Combo.class, x -> true);
        int index = Arrays.asList(chooser.getItems()).indexOf(Arrays.stream(chooser.getItems()).filter(s -> s.startsWith(plan1.getPlanId())).findFirst()
                .orElseThrow(() -> new AssertionError(plan1.getPlanId() + " in " + Arrays.toString(chooser.getItems()))));
        chooser.select(index);
        chooser.notifyListeners(SWT.Selection, new Event());
        UiHarness.settle(300);
        assertSame(plan1, session.plan(), "plan 1 chosen");

        String[] dialogText = new String[1];
        WorkbenchHarness.answer("Approve plan", shell -> {
            dialogText[0] = WorkbenchHarness.texts(shell);
            UiHarness.find(shell, Text.class, x -> true).setText(APPROVER);
            UiHarness.screenshot(shell, "walk-05-approve-dialog.png");
        }, "Approve", 20);
        String how = menuOrCommand(window, "Plan", "Approve plan…", "org.opensabt.plan.ui.approve");
        UiHarness.settle(300);
        System.out.println("step 5: approved through " + how);
        assertNotNull(dialogText[0], "the Approve plan dialog opened (" + how + ")");
        assertTrue(dialogText[0].contains(plan1.getPlanId()), dialogText[0]);
        assertEquals(PlanStatus.APPROVED, plan1.getStatus(), "approved through the dialog");
        assertEquals(APPROVER, plan1.getApprovedBy());
        assertTrue(plan1.getApprovedDateTime() != null && plan1.getApprovedDateTime().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"), plan1.getApprovedDateTime());
        assertEquals(PlanStatus.DRAFT, plan2.getStatus());
        String title = window.getShell().getText();
        assertTrue(title.contains("plan " + plan1.getPlanId() + " APPROVED"), title);
        WorkbenchHarness.samePatientEverywhere(window, PATIENT_ID, "plan " + plan1.getPlanId() + " APPROVED");

        // a seed edit of the approved plan is refused (the same session change a seed drag makes)
        Seed seed = plan1.getSeeds().get(0);
        double x = seed.getPositionMm().get(0);
        String undo = session.undoLabel();
        assertFalse(session.change("Drag seed " + seed.getSeedId(), () -> seed.getPositionMm().set(0, x + 5)), "a seed edit of an approved plan is refused");
        assertEquals(x, seed.getPositionMm().get(0), 0.0);
        assertEquals(undo, session.undoLabel());

        // a contour edit (allowed: structures belong to the case) makes its metrics out of date; Recompute is refused
        Structure nerve = structure(session, NERVE);
        List<Double> points = nerve.getContours().get(0).getPointsMm();
        assertTrue(session.change("Widen " + NERVE, () -> points.set(0, points.get(0) + 2)));
        UiHarness.settle(400);
        assertTrue(planPanel.stale(), "the Plan view marks the approved plan's metrics out of date: " + planPanel.freshnessText());
        Button recompute = UiHarness.button(planPanel, "Recompute dose");
        List<Plan> plansBefore = List.copyOf(session.patientCase().getPlans());
        String recomputeOutcome;
        if (recompute.isEnabled()) {
            UiHarness.press(recompute);
            UiHarness.waitFor(() -> Job.getJobManager().find(null).length == 0 || noJob("Dose of " + plan1.getPlanId()), 120);
            UiHarness.settle(500);
            recomputeOutcome = "pressed: " + planPanel.freshnessText();
        } else {
            recomputeOutcome = "disabled: " + planPanel.freshnessText();
        }
        System.out.println("step 5: Recompute on the approved plan " + recomputeOutcome);
        assertEquals(plansBefore, session.patientCase().getPlans(), "Recompute did not replace the approved plan");
        assertSame(plan1, session.patientCase().getPlans().get(0));
        assertEquals(PlanStatus.APPROVED, plan1.getStatus());
        assertEquals(x, seed.getPositionMm().get(0), 0.0);
        shot(window, "walk-05-approve.png");
        session.undo(); // the contour edit
        UiHarness.settle(300);
        assertEquals("Approve plan " + plan1.getPlanId(), session.undoLabel());
    }

    // 6

    private void outputs(IWorkbenchWindow window) throws Exception {
        CaseSession session = CaseSession.get();
        IWorkbenchPage page = window.getActivePage();
        page.showView(PlanView.ID);
        assertSame(plan1, session.plan());

        // Plan ▸ Plan report PDF… (the file dialog answered by the action's hook)
        Path pdf = out.resolve("walk-report.pdf");
        PlanReportAction.fileChooser = s -> pdf.toString();
        String how = menuOrCommand(window, "Plan", "Plan report PDF…", "org.opensabt.report.ui.planReport");
        if (!UiHarness.waitFor(() -> !noJob("Plan report") || Files.exists(pdf), 5)) {
            // the synthetic menu selection started nothing: the same command through the handler service
            System.out.println("step 6: " + how + " started no report within 5 s; running the command org.opensabt.report.ui.planReport");
            how = menuOrCommand(window, "Plan", null, "org.opensabt.report.ui.planReport");
        }
        String reportHow = how;
        assertTrue(UiHarness.waitFor(() -> noJob("Plan report") && Files.exists(pdf), 120), "the report was written (" + reportHow + ")");
        System.out.println("step 6: report through " + how);
        PlanReportAction.fileChooser = null;
        String text;
        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
            pages = doc.getNumberOfPages();
        }
        Files.copy(pdf, UiHarness.outputDir().resolve("walk-06-report.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(text.contains(PATIENT_ID), "the report names the patient");
        assertTrue(text.contains("APPROVED") && text.contains(APPROVER), "the report states the approval");
        assertTrue(text.contains("plan " + plan1.getPlanId()), "the report is plan 1's");
        assertFalse(text.contains("DRAFT — not for treatment"), "an approved plan's report is not marked DRAFT");

        // the Needle table view
        page.showView(NeedleTableView.ID);
        NeedleTablePanel needles = UiHarness.find(window.getShell(), NeedleTablePanel.class, x -> true);
        assertNotNull(needles);
        UiHarness.settle(300);
        assertEquals(plan1.getNeedles().size(), needles.table().getItemCount(), "one row per needle of the plan");
        int seeds = 0;
        int seedColumn = column(needles.table(), "Seeds");
        if (seedColumn >= 0) {
            for (TableItem row : needles.table().getItems()) {
                seeds += (int) number(row.getText(seedColumn));
            }
            assertEquals(plan1.getSeeds().size(), seeds, "the rows' seeds add up to the plan's");
        }
        shot(window, "walk-06-needle-table.png");
        paintProbe(window, "needle table (" + needles.table().getItemCount() + " rows)", needles.table(), "walk-06-needle-table-after-resize.png");

        // the Template view: output folder typed, Export template pressed
        page.showView(TemplateView.ID);
        TemplatePanel template = UiHarness.find(window.getShell(), TemplatePanel.class, x -> true);
        assertNotNull(template);
        Path templateFolder = out.resolve("template");
        Text folderField = UiHarness.find(template, Text.class, x -> true);
        folderField.setText(templateFolder.toString());
        int templatesBefore = session.patientCase().getTemplates().size();
        UiHarness.press(UiHarness.button(template, "Export template"));
        assertTrue(UiHarness.waitFor(() -> !template.busy(), 300), "the export ends: " + template.statusText());
        Path stl = templateFolder.resolve("template.stl");
        assertTrue(Files.isRegularFile(stl), "template.stl: " + template.statusText());
        byte[] bytes = Files.readAllBytes(stl);
        long triangles = Integer.toUnsignedLong(ByteBuffer.wrap(bytes, 80, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
        assertTrue(triangles > 100, "triangles: " + triangles);
        assertEquals(84 + 50 * triangles, bytes.length, "a binary STL: 80-byte header, count, 50 bytes per triangle");
        assertEquals(templatesBefore + 1, session.patientCase().getTemplates().size(), "the case records the template");
        assertSame(plan1, session.patientCase().getTemplates().get(templatesBefore).getPlan());
        System.out.println("step 6: " + template.statusText());
        shot(window, "walk-06-template.png");

        // File ▸ Export DICOM RT…: the handler's action with the folder its directory dialog returns
        Path rt = out.resolve("rt");
        AtomicReference<String> report = new AtomicReference<>();
        assertNotNull(PlanActions.exportDicom(session, rt, window.getShell(), report::set));
        assertTrue(UiHarness.waitFor(() -> report.get() != null, 120), "the export ends");
        System.out.println("step 6: " + report.get());
        for (String f : List.of("RS.dcm", "RP.dcm", "RD.dcm")) {
            assertTrue(Files.size(rt.resolve(f)) > 0, f);
        }
        AttributeList rp = new AttributeList();
        rp.read(rt.resolve("RP.dcm").toString());
        assertEquals("APPROVED", rp.get(new AttributeTag(0x300E, 0x0002)).getSingleStringValueOrEmptyString(), "RT Plan Approval Status");
        assertEquals(APPROVER, rp.get(new AttributeTag(0x300E, 0x0008)).getSingleStringValueOrEmptyString(), "Reviewer Name");
        assertEquals(PATIENT_ID, rp.get(new AttributeTag(0x0010, 0x0020)).getSingleStringValueOrEmptyString());
        Files.writeString(UiHarness.outputDir().resolve("walk-06-outputs.txt"), "report: " + pdf + " (" + pages + " pages)\nneedle table: "
                + needles.table().getItemCount() + " rows\ntemplate: " + template.statusText() + "\nDICOM RT: " + report.get() + "\n");
    }

    // 7

    private void postImplant(IWorkbenchWindow window) throws Exception {
        CaseSession session = CaseSession.get();
        assertSame(plan1, session.plan());
        Path ct = out.resolve("postop-ct");
        SyntheticPostop.Result postop = SyntheticPostop.write(session.patientCase(),
                new SyntheticPostop.Request(new SyntheticPostop.FromPlan(plan1.getPlanId(), 1.0, 5), ct, null, false, null, null, 12, 250, 7), null);
        window.getActivePage().showView(PostImplantView.ID);
        PostImplantPanel panel = UiHarness.find(window.getShell(), PostImplantPanel.class, x -> true);
        assertNotNull(panel);
        panel.evaluateFolder(postop.folder()); // what "Evaluate post-op CT…" does with the folder chosen in its dialog
        assertTrue(UiHarness.waitFor(() -> !panel.busy(), 180), panel.statusText());
        UiHarness.settle(300);
        assertEquals(1, session.patientCase().getImplants().size(), panel.statusText());
        Implant implant = panel.implant();
        assertNotNull(implant);
        assertSame(plan1, implant.getPlan());
        int n = implant.getSeeds().size();
        assertEquals(plan1.getSeeds().size(), n, "every implanted seed found: " + panel.statusText());
        double d90 = implantD90(panel);
        TableItem row = Arrays.stream(panel.metricTable().getItems()).filter(i -> i.getText(0).equals("GTV D90")).findFirst().orElseThrow();
        assertEquals(d90, number(row.getText(3)), 0.051, "the actual D90 shown");
        assertEquals(stored(plan1, "GTV", "D90"), number(row.getText(2)), 0.051, "the planned D90 shown");
        shot(window, "walk-07-postimplant.png");

        // delete the seed nearest the GTV's centre (the origin): D90 drops; Edit ▸ Undo restores it
        Seed central = implant.getSeeds().stream().min((a, b) -> Double.compare(norm(a), norm(b))).orElseThrow();
        panel.showTab(1);
        Table pairing = panel.pairingTable();
        int index = Arrays.asList(pairing.getItems()).indexOf(Arrays.stream(pairing.getItems()).filter(i -> i.getText(0).equals(central.getSeedId()))
                .findFirst().orElseThrow());
        pairing.setSelection(index);
        Event e = new Event();
        e.item = pairing.getItem(index);
        pairing.notifyListeners(SWT.Selection, e);
        UiHarness.press(panel.deleteButton());
        assertTrue(UiHarness.waitFor(() -> !panel.busy(), 180), panel.statusText());
        UiHarness.settle(300);
        assertEquals(n - 1, panel.implant().getSeeds().size(), panel.statusText());
        double d90Deleted = implantD90(panel);
        System.out.printf(Locale.ROOT, "step 7: actual D90 %.2f Gy (planned %.2f), without seed %s %.2f Gy; %s%n", d90, stored(plan1, "GTV", "D90"),
                central.getSeedId(), d90Deleted, panel.statusText());
        assertTrue(d90Deleted < d90 - 0.5, "D90 drops without the central seed: " + d90 + " → " + d90Deleted);
        shot(window, "walk-07-postimplant-deleted.png");
        String how = menuOrCommand(window, "Edit", "Undo", "org.eclipse.ui.edit.undo");
        UiHarness.settle(800);
        System.out.println("step 7: undone through " + how);
        assertEquals(n, panel.implant().getSeeds().size(), "undo (" + how + ") restores the seed");
        assertEquals(d90, implantD90(panel), 0.0, "undo restores D90");
        panel.showTab(0);
        UiHarness.settle(200);
    }

    // 8

    private void saveAndReopen(IWorkbenchWindow window) throws Exception {
        CaseSession session = CaseSession.get();
        assertTrue(session.dirty());
        window.getActivePage().showView(SlicesView.ID);
        window.getActivePage().activate(window.getActivePage().findView(SlicesView.ID));
        String how;
        try {
            window.getService(IHandlerService.class).executeCommand("org.eclipse.ui.file.save", null);
            how = "File > Save (org.eclipse.ui.file.save)";
        } catch (Exception ex) {
            session.save();
            how = "the session's save (File > Save not available: " + ex + ")";
        }
        UiHarness.settle(300);
        System.out.println("step 8: saved through " + how);
        assertFalse(session.dirty(), "saved through " + how);
        String approvedId = plan1.getPlanId();
        assertTrue(session.open(caseFolder), "reopened: " + session.problem());
        UiHarness.settle(300);
        PatientCase reread = session.patientCase();
        assertEquals(2, reread.getPlans().size(), "both plans");
        Plan approved = reread.getPlans().stream().filter(p -> p.getPlanId().equals(approvedId)).findFirst().orElseThrow();
        assertEquals(PlanStatus.APPROVED, approved.getStatus());
        assertEquals(APPROVER, approved.getApprovedBy());
        assertEquals(PlanStatus.DRAFT, reread.getPlans().stream().filter(p -> p.getPlanId().equals(plan2.getPlanId())).findFirst().orElseThrow().getStatus());
        assertEquals(1, reread.getTemplates().size(), "the template");
        assertEquals(approvedId, reread.getTemplates().get(0).getPlan().getPlanId());
        assertEquals(1, reread.getImplants().size(), "the implant");
        assertEquals(plan1.getSeeds().size(), reread.getImplants().get(0).getSeeds().size(), "the implant as undone to");
        Structure nerve = structure(session, NERVE);
        assertNotNull(nerve, "the nerve");
        assertEquals(RoiType.OAR, nerve.getType());
        assertEquals(nerveCc, StructureGeometry.mask(nerve, slices(window).scene().slicer().grid()).volumeCc(), 1e-6, "its contour as drawn");
        session.setPlan(approved);
        UiHarness.settle(300);
        WorkbenchHarness.samePatientEverywhere(window, PATIENT_NAME + " (" + PATIENT_ID + ")", "plan " + approvedId + " APPROVED");
        shot(window, "walk-08-reopened.png");
    }

    // helpers

    /**
     * Diagnostic, not an assertion: the ink of a table or tree as grabbed, after a redraw, and after the window was
     * resized by a pixel and back (does a table filled when its view was first shown paint its rows only then?).
     */
    private static void paintProbe(IWorkbenchWindow window, String what, Control control, String screenshotAfterResize) {
        int shown = UiHarness.inked(control);
        control.redraw();
        control.update();
        UiHarness.settle(200);
        int redrawn = UiHarness.inked(control);
        org.eclipse.swt.graphics.Rectangle b = window.getShell().getBounds();
        window.getShell().setBounds(b.x, b.y, b.width, b.height - 1);
        UiHarness.settle(300);
        window.getShell().setBounds(b);
        UiHarness.settle(500);
        int resized = UiHarness.inked(control);
        System.out.printf(Locale.ROOT, "paint probe, %s: %d inked px as shown, %d after redraw, %d after a window resize%n", what, shown, redrawn, resized);
        UiHarness.screenshot(window.getShell(), screenshotAfterResize);
    }

    private void shot(IWorkbenchWindow window, String name) {
        UiHarness.settle(500);
        UiHarness.screenshot(window.getShell(), name);
    }

    private static SlicesPanel slices(IWorkbenchWindow window) {
        SlicesPanel p = UiHarness.find(window.getShell(), SlicesPanel.class, x -> true);
        assertNotNull(p, "the Slices view");
        return p;
    }

    private static Structure structure(CaseSession session, String name) {
        return CaseContents.structures(session.patientCase()).stream().filter(s -> s.getName().equals(name)).findFirst().orElse(null);
    }

    private static Spinner rxSpinner(PlanningControls controls) {
        Spinner s = UiHarness.find(controls, Spinner.class, x -> x.getMinimum() == 10 && x.getMaximum() == 400 && x.getDigits() == 0);
        assertNotNull(s, "the prescription spinner");
        return s;
    }

    private static double stored(Plan p, String structure, String metric) {
        return p.getMetrics().stream().filter(m -> m.getStructure() != null && m.getStructure().getName().equals(structure) && m.getName().equals(metric))
                .mapToDouble(m -> m.getValue()).findFirst().orElseThrow(() -> new AssertionError(p.getPlanId() + " has no " + structure + " " + metric));
    }

    private static double implantD90(PostImplantPanel panel) {
        return panel.implant().getMetrics().stream().filter(m -> m.getStructure() != null && m.getStructure().getName().equals("GTV") && m.getName().equals("D90"))
                .mapToDouble(m -> m.getValue()).findFirst().orElseThrow();
    }

    private static double norm(Seed s) {
        List<Double> p = s.getPositionMm();
        return Math.sqrt(p.get(0) * p.get(0) + p.get(1) * p.get(1) + p.get(2) * p.get(2));
    }

    /** "−12.3 Gy" → −12.3. */
    private static double number(String cell) {
        return Double.parseDouble(cell.replace("−", "-").replace("±", "").replace("+", "").replaceAll("[^0-9.\\-]", ""));
    }

    private static int column(Table table, String prefix) {
        for (int i = 0; i < table.getColumnCount(); i++) {
            if (table.getColumn(i).getText().toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean noJob(String namePrefix) {
        return Arrays.stream(Job.getJobManager().find(null)).noneMatch(j -> j.getName().startsWith(namePrefix));
    }

    /**
     * Selects the menu item {@code top ▸ label} of the window's menu bar as a click does (the menu shown first, so
     * that the workbench fills it); without {@code label}, or when the item is not found, executes the command
     * through the handler service. Returns which way was taken.
     */
    private static String menuOrCommand(IWorkbenchWindow window, String top, String label, String commandId) throws Exception {
        activate(window);
        if (label != null) {
            for (MenuItem item : window.getShell().getMenuBar().getItems()) {
                if (item.getText().replace("&", "").equals(top) && item.getMenu() != null) {
                    Menu menu = item.getMenu();
                    menu.notifyListeners(SWT.Show, new Event());
                    for (MenuItem child : menu.getItems()) {
                        if (child.getText().replace("&", "").startsWith(label)) {
                            assertTrue(child.isEnabled(), top + " > " + label + " is enabled");
                            child.notifyListeners(SWT.Selection, new Event()); // the click, then the menu closes
                            menu.notifyListeners(SWT.Hide, new Event());
                            UiHarness.settle(100);
                            return "menu " + top + " > " + label;
                        }
                    }
                    menu.notifyListeners(SWT.Hide, new Event());
                }
            }
        }
        window.getService(IHandlerService.class).executeCommand(commandId, null);
        UiHarness.settle(100);
        return "command " + commandId;
    }

    /**
     * The workbench window becomes the active shell again, as when the user clicks into it after a dialog closed.
     * Under Xvfb without a window manager no focus event comes by itself, and the workbench's "active shell" stays
     * the closed dialog's: a handler that takes HandlerUtil.getActiveShell then gets a disposed shell (seen with
     * Plan ▸ Plan report PDF… after Approve plan…: "Widget is disposed" in FacadeJob.schedule).
     */
    private static void activate(IWorkbenchWindow window) {
        window.getShell().forceActive();
        window.getShell().notifyListeners(SWT.Activate, new Event());
        UiHarness.settle(100);
    }

    private static void select(TableItem item) {
        item.getParent().setSelection(item);
        Event e = new Event();
        e.item = item;
        item.getParent().notifyListeners(SWT.Selection, e);
    }
}
