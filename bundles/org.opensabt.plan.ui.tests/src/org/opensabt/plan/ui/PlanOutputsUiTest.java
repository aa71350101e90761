package org.opensabt.plan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensabt.ui.testing.UiHarness.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.opensabt.model.Needle;
import org.opensabt.model.Plan;
import org.opensabt.model.PlanStatus;
import org.opensabt.model.Seed;
import org.opensabt.viewer.ui.CaseSession;

/**
 * The operating-room outputs on real widgets, on a phantom planned in the test: Approve plan… (refused
 * without a name, then approved as one undoable change), the approved plan refusing an edit, a new draft
 * that can be edited, the needle table with its CSV, and the DICOM RT export stating the approval.
 * Screenshots: target/ui-test/approve-dialog.png, needle-table.png.
 */
class PlanOutputsUiTest {

    @Test
    void approveLockNewDraftNeedleTableAndDicomExport() throws Exception {
        Path caseDir = outputDir().resolve("plan-outputs-case");
        deleteTree(caseDir);
        plannedPhantom(caseDir);
        CaseSession session = CaseSession.get();
        Plan plan = session.plan();
        assertNotNull(plan);
        assertEquals(PlanStatus.DRAFT, plan.getStatus());

        // Approve plan…: the OS user by default; a blank name is refused in the dialog, a name approves
        Shell owner = shell("OpenSABT plan outputs (UI test)", 900, 520);
        try {
            owner.open();
            ApproveDialog dialog = new ApproveDialog(owner, session);
            dialog.setBlockOnOpen(false);
            dialog.open();
            settle(200);
            assertEquals(System.getProperty("user.name", ""), dialog.approverField().getText());
            // metrics out of date (a GTV contour moved after the dose): refused in one line, nothing approved
            org.opensabt.model.Contour contour = plan.getTarget().getContours().get(0);
            double y0 = contour.getPointsMm().get(1);
            assertTrue(session.change("Move a GTV point", () -> contour.getPointsMm().set(1, y0 + 3)));
            dialog.approverField().setText("Dr Ui Test");
            press(dialog.approveButton());
            assertEquals("Metrics of plan " + plan.getPlanId() + " are out of date since \"Move a GTV point\" (structures changed): Recompute dose first",
                    dialog.problemText());
            assertEquals(PlanStatus.DRAFT, plan.getStatus());
            settle(100);
            assertTrue(dialog.getShell().getSize().y >= dialog.getShell().computeSize(dialog.getShell().getSize().x, SWT.DEFAULT, true).y,
                    "the dialog grew to show the refusal whole: " + dialog.getShell().getSize());
            screenshot(dialog.getShell(), "approve-dialog-stale.png");
            session.undo(); // the contour as the dose was computed from: current again
            assertEquals(null, session.metricsOutOfDate(plan));
            dialog.approverField().setText("");
            press(dialog.approveButton());
            assertEquals("approver: a name is needed to approve plan " + plan.getPlanId(), dialog.problemText());
            assertEquals(PlanStatus.DRAFT, plan.getStatus());
            dialog.approverField().setFocus();
            dialog.approverField().setText("Dr Ui Test");
            screenshot(dialog.getShell(), "approve-dialog.png");
            press(dialog.approveButton());
            settle(100);
            assertEquals(PlanStatus.APPROVED, plan.getStatus());
            assertEquals("Dr Ui Test", plan.getApprovedBy());
            assertTrue(plan.getApprovedDateTime().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"), plan.getApprovedDateTime());
            assertEquals("Approve plan " + plan.getPlanId(), session.undoLabel());

            // the approved plan cannot be edited through the session
            Seed seed = plan.getSeeds().get(0);
            double x = seed.getPositionMm().get(0);
            assertFalse(session.change("Drag seed", () -> seed.getPositionMm().set(0, x + 15)));
            assertEquals(x, seed.getPositionMm().get(0));
            assertEquals("Approve plan " + plan.getPlanId(), session.undoLabel());

            // the needle table of the approved plan, its CSV
            NeedleTablePanel table = new NeedleTablePanel(owner, session);
            owner.layout(true, true);
            settle(200);
            assertEquals(plan.getNeedles().size(), table.table().getItemCount());
            assertTrue(table.shown() != null && table.table().getItem(0).getText(0).equals(plan.getNeedles().get(0).getNeedleId()),
                    "no template: the hole is the needle id");
            screenshot(owner, "needle-table.png");
            assertTrue(table.table().getSize().y > 200, "the table fills the view: " + table.table().getSize());
            // a narrow, short view (a side stack at 1366x768) still shows the table's rows
            Shell narrow = shell("Needle table, narrow", 320, 330);
            try {
                NeedleTablePanel small = new NeedleTablePanel(narrow, session);
                narrow.open();
                narrow.layout(true, true);
                settle(200);
                screenshot(narrow, "needle-table-narrow.png");
                assertTrue(small.table().getSize().y >= 80, "rows visible in a narrow view: " + small.table().getSize());
            } finally {
                narrow.dispose();
            }
            Path csv = outputDir().resolve("needles-ui.csv");
            table.saveCsv(csv);
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertEquals("hole,needle,entry_x_mm,entry_y_mm,entry_z_mm,depth_mm,depth_from,angle_deg,seeds,loading_from_tip", lines.get(0));
            assertEquals(plan.getNeedles().size() + 1, lines.size());
            int seeds = 0;
            for (int i = 0; i < plan.getNeedles().size(); i++) {
                Needle n = plan.getNeedles().get(i);
                String[] f = lines.get(i + 1).split(",");
                assertEquals(n.getNeedleId(), f[1]);
                double depth = Math.sqrt(sq(n.getTipPointMm().get(0) - n.getEntryPointMm().get(0)) + sq(n.getTipPointMm().get(1) - n.getEntryPointMm().get(1))
                        + sq(n.getTipPointMm().get(2) - n.getEntryPointMm().get(2)));
                assertEquals(depth, Double.parseDouble(f[5]), 0.051, "skin entry to tip of " + n.getNeedleId());
                assertEquals("skin entry", f[6]);
                long onNeedle = plan.getSeeds().stream().filter(s -> s.getNeedle() == n).count();
                assertEquals(onNeedle, Long.parseLong(f[8]), "seeds of " + n.getNeedleId());
                assertEquals(onNeedle, f[9].chars().filter(ch -> ch == 'S').count(), "loading of " + n.getNeedleId() + ": " + f[9]);
                assertTrue(f[9].matches("S(-s)*(-S(-s)*)*|"), f[9]);
                seeds += Integer.parseInt(f[8]);
            }
            assertEquals(plan.getSeeds().size(), seeds);
            table.saveHtml(outputDir().resolve("needles-ui.html"));
            assertTrue(Files.readString(outputDir().resolve("needles-ui.html")).contains("APPROVED by Dr Ui Test"));

            // File ▸ Export DICOM RT… of the approved plan: a job, the RT Plan says APPROVED and who
            Path folder = outputDir().resolve("plan-outputs-rt");
            deleteTree(folder);
            AtomicReference<String> report = new AtomicReference<>();
            assertNotNull(PlanActions.exportDicom(session, folder, owner, report::set));
            assertTrue(waitFor(() -> report.get() != null, 120), "the export ends");
            assertTrue(report.get().startsWith("Wrote 3 files (RS.dcm, RP.dcm, RD.dcm) of plan " + plan.getPlanId() + ", APPROVED"), report.get());
            String rp = new String(Files.readAllBytes(folder.resolve("RP.dcm")), StandardCharsets.ISO_8859_1);
            assertTrue(rp.contains("APPROVED") && !rp.contains("UNAPPROVED") && rp.contains("Dr Ui Test"), "RT Plan approval");

            // Plan ▸ New draft from plan: an editable copy, shown; the table follows it
            assertEquals(null, PlanActions.newDraft(session));
            Plan draft = session.plan();
            assertEquals(plan.getPlanId() + "-draft", draft.getPlanId());
            assertEquals(plan.getPlanId(), draft.getBasedOnPlanId());
            assertEquals(PlanStatus.DRAFT, draft.getStatus());
            assertTrue(session.change("Drag seed", () -> draft.getSeeds().get(0).getPositionMm().set(0, x + 1)));
            settle(100);
            assertTrue(table.shown().planId().equals(draft.getPlanId()), "the table shows the draft");
            session.undo();
            session.undo();
            assertEquals(2 - 1, session.patientCase().getPlans().stream().filter(p -> p.getPlanId().startsWith(plan.getPlanId())).count(),
                    "undo removed the draft");
            report.set(null);
            deleteTree(folder);
            session.undo(); // the approval
            assertEquals(PlanStatus.DRAFT, plan.getStatus());
            session.setPlan(plan);
            PlanActions.exportDicom(session, folder, owner, report::set);
            assertTrue(waitFor(() -> report.get() != null, 120), "the export ends");
            assertTrue(new String(Files.readAllBytes(folder.resolve("RP.dcm")), StandardCharsets.ISO_8859_1).contains("UNAPPROVED"), "a draft is UNAPPROVED");
        } finally {
            owner.dispose();
        }
        assertTrue(SWT.getPlatform().length() > 0);
    }

    private static double sq(double v) {
        return v * v;
    }

    /** plugin.xml as the workbench reads it: the view and the three handlers load, the menus name the commands. */
    @Test
    void theContributionsLoadFromTheExtensionRegistry() throws Exception {
        org.eclipse.core.runtime.IExtensionRegistry registry = org.eclipse.core.runtime.Platform.getExtensionRegistry();
        java.util.Map<String, Object> handlers = new java.util.TreeMap<>();
        for (org.eclipse.core.runtime.IConfigurationElement e : registry.getConfigurationElementsFor("org.eclipse.ui.handlers")) {
            if (e.getContributor().getName().equals("org.opensabt.plan.ui")) {
                handlers.put(e.getAttribute("commandId"), e.createExecutableExtension("class"));
            }
        }
        assertEquals(List.of("org.opensabt.plan.ui.approve", "org.opensabt.plan.ui.exportDicom", "org.opensabt.plan.ui.newDraft"), List.copyOf(handlers.keySet()));
        assertTrue(handlers.values().stream().allMatch(h -> h instanceof PlanHandlers));
        Object view = null;
        for (org.eclipse.core.runtime.IConfigurationElement e : registry.getConfigurationElementsFor("org.eclipse.ui.views")) {
            if (NeedleTableView.ID.equals(e.getAttribute("id"))) {
                view = e.createExecutableExtension("class");
            }
        }
        assertTrue(view instanceof NeedleTableView, "the Needle table view");
        List<String> menus = new java.util.ArrayList<>();
        for (org.eclipse.core.runtime.IConfigurationElement e : registry.getConfigurationElementsFor("org.eclipse.ui.menus")) {
            if (e.getContributor().getName().equals("org.opensabt.plan.ui")) {
                for (org.eclipse.core.runtime.IConfigurationElement c : e.getChildren("command")) {
                    menus.add(e.getAttribute("locationURI") + " " + c.getAttribute("label"));
                }
            }
        }
        assertEquals(List.of("menu:org.opensabt.menu.plan?after=additions Approve plan…", "menu:org.opensabt.menu.plan?after=additions New draft from plan",
                "menu:org.opensabt.menu.plan?after=additions Needle table", "menu:file?after=additions Export DICOM RT…"), menus);
    }
}
