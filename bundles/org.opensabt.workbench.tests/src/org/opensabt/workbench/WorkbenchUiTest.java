package org.opensabt.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Structure;
import org.opensabt.model.store.CaseStore;
import org.opensabt.phantoms.Phantom;
import org.opensabt.ui.testing.UiHarness;
import org.opensabt.ui.testing.WorkbenchHarness;
import org.opensabt.viewer.ui.CaseSession;
import org.opensabt.viewer.ui.PlanView;
import org.opensabt.viewer.ui.PlanningControls;
import org.opensabt.viewer.ui.SessionView;

/**
 * The real workbench (the product's advisor, every view of the test runtime), driven as a clinician does:
 * the welcome view with no case, a case opened from the case explorer (every view and the title name its
 * patient), an unsaved edit and another case opened (the dialog names the case and the edit; Cancel keeps
 * everything, Discard switches), the exit prompt naming the case, the perspectives in Window ▸ Open
 * Perspective, and screenshots of the default layout at 1366×768 and 1920×1080 with a planned case.
 */
class WorkbenchUiTest {

    @Test
    void workbench() throws Exception {
        Path workspace = Files.createTempDirectory("opensabt-workspace");
        Path caseA = workspace.resolve("alpha/sts-a");
        Path caseB = workspace.resolve("beta/sts-b");
        save(caseA, "sts-a", "PA", "Alpha^A");
        save(caseB, "sts-b", "PB", "Beta^B");
        System.setProperty(CaseWorkspace.PROPERTY, workspace.toString());
        CaseWorkspace.setFolder(null);
        RecentCases.clear();
        Path planned = Files.createTempDirectory("opensabt-planned").resolve("planned");
        try {
            WorkbenchHarness.run(
                    WorkbenchHarness.scenario("welcome without a case", this::welcome),
                    WorkbenchHarness.scenario("perspectives in Window > Open Perspective", this::perspectives),
                    WorkbenchHarness.scenario("open a case from the explorer", w -> openFromExplorer(w, caseA)),
                    WorkbenchHarness.scenario("switch with unsaved edits", w -> switchCases(w, caseA, caseB)),
                    WorkbenchHarness.scenario("exit prompt names the case", this::exitPrompt),
                    WorkbenchHarness.scenario("default layout screenshots", w -> screenshots(w, planned)));
        } finally {
            UiHarness.deleteTree(workspace);
            UiHarness.deleteTree(planned.getParent());
        }
    }

    private void welcome(IWorkbenchWindow window) {
        assertNull(CaseSession.get().patientCase());
        assertEquals("OpenSABT", window.getShell().getText());
        assertNotNull(window.getActivePage().findView(WelcomeView.ID), "the welcome view is shown while no case is open");
        UiHarness.button(window.getShell(), "Open the demo case");
        UiHarness.button(window.getShell(), "Import DICOM\u2026");
        window.getShell().setSize(1366, 768);
        UiHarness.settle(500);
        UiHarness.screenshot(window.getShell(), "workbench-welcome-1366x768.png");
    }

    private void perspectives(IWorkbenchWindow window) {
        List<String> items = menuItems(window.getShell().getMenuBar(), "Window", "Open Perspective");
        assertEquals(List.of("Planning", "Case", "Outcomes"), items);
    }

    private void openFromExplorer(IWorkbenchWindow window, Path caseA) throws Exception {
        IWorkbenchPage page = window.getActivePage();
        CaseExplorerView explorer = (CaseExplorerView) page.showView(CaseExplorerView.ID);
        Tree tree = explorer.tree();
        assertTrue(UiHarness.waitFor(() -> tree.getItemCount() == 2 && tree.getItem(0).getText().startsWith("Alpha"), 30),
                "the explorer lists both patients: " + List.of(tree.getItems()).stream().map(TreeItem::getText).toList());
        TreeItem patient = tree.getItem(0);
        assertEquals("Alpha^A (PA)", patient.getText());
        TreeItem caseItem = patient.getItem(0);
        assertTrue(caseItem.getText().startsWith("Case sts-a"), caseItem.getText());
        Event expand = new Event();
        expand.item = caseItem;
        tree.notifyListeners(SWT.Expand, expand); // as a click on the row's arrow: the viewer makes the children
        caseItem.setExpanded(true);
        List<String> rows = List.of(caseItem.getItems()).stream().map(TreeItem::getText).toList();
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Series CT")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Structure set") && r.contains("GTV")), rows.toString());
        WorkbenchHarness.openItem(tree, caseItem);
        assertTrue(UiHarness.waitFor(() -> CaseSession.get().patientCase() != null, 30), "the case opened");
        assertEquals("sts-a", CaseSession.get().patientCase().getCaseId());
        assertEquals(caseA.toRealPath(), CaseSession.get().folder().toRealPath());
        WorkbenchHarness.samePatientEverywhere(window, "Alpha^A (PA)", "case sts-a");
        assertNull(page.findView(WelcomeView.ID), "the welcome view is hidden once a case is open");
        assertEquals(caseA.toAbsolutePath().normalize(), RecentCases.list().get(0));
    }

    private void switchCases(IWorkbenchWindow window, Path caseA, Path caseB) throws Exception {
        CaseSession session = CaseSession.get();
        assertTrue(session.change("Add structure Nerve", () -> addStructure(session.patientCase(), "Nerve")));
        UiHarness.settle(200);
        assertTrue(window.getShell().getText().startsWith("*OpenSABT \u2014 Alpha^A (PA)"), window.getShell().getText());
        Tree tree = ((CaseExplorerView) window.getActivePage().showView(CaseExplorerView.ID)).tree();
        TreeItem caseItemB = tree.getItem(1).getItem(0);

        // Cancel (the injected decision): nothing changes
        List<String> asked = new ArrayList<>();
        session.setSwitchDecision((s, next) -> {
            asked.add(CaseSession.switchQuestion(s, next));
            return CaseSession.Choice.CANCEL;
        });
        WorkbenchHarness.openItem(tree, caseItemB);
        UiHarness.settle(300);
        assertEquals(1, asked.size());
        assertTrue(asked.get(0).contains("case sts-a (PA, Alpha^A)") && asked.get(0).contains("Add structure Nerve"), asked.get(0));
        assertEquals("sts-a", session.patientCase().getCaseId());
        assertTrue(session.dirty());
        assertEquals(List.of("Add structure Nerve"), session.unsavedEdits());
        WorkbenchHarness.samePatientEverywhere(window, "Alpha^A (PA)", "case sts-a");

        // a status line of patient A in the Plan view, and the Template and DICOM views open: after the switch the line is gone, their banners name B
        PlanView planView = (PlanView) window.getActivePage().showView(PlanView.ID);
        planView.controls().say("Alpha^A: plan ui-plan-1 of case sts-a");
        window.getActivePage().showView(org.opensabt.template.ui.TemplateView.ID);
        window.getActivePage().showView(org.opensabt.dicom.ui.DicomView.ID);
        UiHarness.settle(200);

        // Discard, pressed in the real dialog
        session.setSwitchDecision(null);
        String[] question = new String[1];
        WorkbenchHarness.answer(CaseSession.SWITCH_DIALOG_TITLE, shell -> {
            question[0] = WorkbenchHarness.texts(shell);
            UiHarness.screenshot(shell, "workbench-switch-dialog.png");
        }, "Discard", 20);
        WorkbenchHarness.openItem(tree, caseItemB);
        assertNotNull(question[0], "the dialog was shown");
        Files.writeString(UiHarness.outputDir().resolve("workbench-switch-dialog.txt"), question[0]);
        assertTrue(question[0].contains("case sts-a (PA, Alpha^A)") && question[0].contains("Add structure Nerve"), question[0]);
        assertEquals("sts-b", session.patientCase().getCaseId());
        assertFalse(session.dirty());
        WorkbenchHarness.samePatientEverywhere(window, "Beta^B (PB)", "case sts-b");
        assertEquals(PlanningControls.READY, planView.planningStatus(), "the previous patient's status line is gone");
        for (String id : List.of(org.opensabt.template.ui.TemplateView.ID, org.opensabt.dicom.ui.DicomView.ID)) {
            SessionView view = (SessionView) window.getActivePage().findView(id);
            assertNotNull(view, id);
            assertTrue(view.getContentDescription().startsWith("Beta^B (PB) \u00b7 case sts-b"), id + ": " + view.getContentDescription());
        }
        UiHarness.screenshot(window.getShell(), "workbench-switched-to-b.png");
        window.getActivePage().showView("org.opensabt.workbench.caseSummaryView"); // the stack as it was, for the layout screenshots
        PatientCase savedA = new CaseStore().load(caseA);
        assertTrue(savedA.getStudies().get(0).getStructureSets().get(0).getStructures().stream().noneMatch(s -> s.getName().equals("Nerve")),
                "the discarded edit was not saved");
    }

    private void exitPrompt(IWorkbenchWindow window) throws Exception {
        CaseSession session = CaseSession.get();
        assertTrue(session.change("Add structure Nerve", () -> addStructure(session.patientCase(), "Nerve")));
        String[] prompt = new String[1];
        // the workbench's own close prompt: answered Cancel, so the workbench stays
        WorkbenchHarness.answer(CaseSession.SWITCH_DIALOG_TITLE, shell -> {
            prompt[0] = shell.getText() + "\n" + WorkbenchHarness.texts(shell);
            UiHarness.screenshot(shell, "workbench-exit-prompt.png");
        }, "Cancel", 20);
        boolean closed = PlatformUI.getWorkbench().close();
        assertFalse(closed, "Cancel in the exit prompt keeps the workbench open");
        assertNotNull(prompt[0], "the workbench asked before closing");
        assertTrue(prompt[0].contains("Save changes to case sts-b (PB, Beta^B): Add structure Nerve?"), prompt[0]);
        assertFalse(prompt[0].contains("Slices") || prompt[0].contains("elsewhere"), prompt[0]);
        Files.writeString(UiHarness.outputDir().resolve("workbench-exit-prompt.txt"), prompt[0]);
        assertTrue(session.dirty(), "the edit is still there");
        WorkbenchHarness.discardEdits();
    }

    private void screenshots(IWorkbenchWindow window, Path planned) throws Exception {
        String status = UiHarness.plannedPhantom(planned);
        CaseSession session = CaseSession.get();
        assertNotNull(session.plan(), status);
        String title = window.getShell().getText();
        assertTrue(title.contains("case " + session.patientCase().getCaseId() + " \u00b7 plan " + session.plan().getPlanId() + " DRAFT"), title);
        WorkbenchHarness.samePatientEverywhere(window, session.patientCase().getPatient().getPatientId(), "plan " + session.plan().getPlanId());
        for (int[] size : new int[][] { { 1366, 768 }, { 1920, 1080 } }) {
            window.getShell().setMaximized(false);
            window.getShell().setBounds(0, 0, size[0], size[1]);
            UiHarness.settle(1500);
            UiHarness.screenshot(window.getShell(), "workbench-planned-" + size[0] + "x" + size[1] + ".png");
            PlanView planView = (PlanView) window.getActivePage().findView(PlanView.ID);
            assertNotNull(planView, "the Plan view in the Planning perspective");
            int planHeight = planView.controls().getParent().getSize().y;
            System.out.printf(java.util.Locale.ROOT, "Plan view at %dx%d: %d px high%n", size[0], size[1], planHeight);
            assertTrue(planHeight >= 240, "the Plan view gets 45 % of the height below the slices (216 px at 60:40): " + planHeight + " px at " + size[0] + "x" + size[1]);
        }
    }

    private static List<String> menuItems(Menu bar, String top, String sub) {
        for (MenuItem item : bar.getItems()) {
            if (item.getText().replace("&", "").equals(top)) {
                item.getMenu().notifyListeners(SWT.Show, new Event());
                for (MenuItem child : item.getMenu().getItems()) {
                    if (child.getText().replace("&", "").equals(sub) && child.getMenu() != null) {
                        child.getMenu().notifyListeners(SWT.Show, new Event());
                        List<String> names = new ArrayList<>();
                        for (MenuItem p : child.getMenu().getItems()) {
                            names.add(p.getText().replace("&", ""));
                        }
                        return names;
                    }
                }
            }
        }
        throw new AssertionError("no menu " + top + " > " + sub);
    }

    private static void addStructure(PatientCase c, String name) {
        Structure s = ModelFactory.eINSTANCE.createStructure();
        s.setName(name);
        s.setType(org.opensabt.model.RoiType.OAR);
        s.getColorRgb().addAll(List.of(255, 200, 0));
        s.setRoiNumber(99);
        c.getStudies().get(0).getStructureSets().get(0).getStructures().add(s);
    }

    private static void save(Path folder, String caseId, String patientId, String name) throws Exception {
        PatientCase c = new Phantom(20, Double.NaN, false, 2, 3).build();
        c.setCaseId(caseId);
        c.getPatient().setPatientId(patientId);
        c.getPatient().setName(name);
        CaseStore.expectNewFolder(c);
        new CaseStore("OpenSABT workbench tests").save(c, folder);
    }
}
