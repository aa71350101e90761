package org.opensabt.report.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensabt.ui.testing.UiHarness.*;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opensabt.model.Plan;
import org.opensabt.viewer.ui.CaseSession;

/**
 * Plan ▸ Plan report PDF… on real SWT widgets: a shell with the Plan menu and a status line, the menu item
 * wired to {@link PlanReportAction} as the workbench's handler is, on a phantom planned through the planning
 * panel. The file dialog is replaced by the test hook. The report is written in a job, the status line says
 * where it went, and the PDF (read back with PDFBox) is the shown plan's, marked DRAFT. Screenshots:
 * target/ui-test/report-menu.png (the status line) and report-page-3.png (the isodose page as rendered).
 */
class PlanReportUiTest {

    @AfterEach
    void noHook() {
        PlanReportAction.fileChooser = null;
    }

    @Test
    void planReportMenuWritesThePdfOfTheShownPlanAndSaysWhere() throws Exception {
        Path caseDir = outputDir().resolve("report-case");
        deleteTree(caseDir);
        plannedPhantom(caseDir);
        CaseSession session = CaseSession.get();
        Plan plan = session.plan();
        Path pdf = outputDir().resolve("report-ui.pdf");
        Files.deleteIfExists(pdf);
        Shell shell = shell("OpenSABT plan report (UI test)", 1200, 240);
        try {
            Label status = stand(shell, session);
            PlanReportAction.fileChooser = s -> pdf.toString();
            select(shell, "Plan report PDF…");
            assertTrue(waitFor(() -> status.getText().contains("written to"), 120), "the report ends: " + status.getText());
            shell.layout(true, true);
            settle(200);
            screenshot(shell, "report-menu.png");
            assertEquals("Plan report of " + plan.getPlanId() + " (DRAFT, " + pages(pdf) + " pages) written to " + pdf, status.getText());
            String text;
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                text = new PDFTextStripper().getText(doc);
                ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(2, 90), "png", outputDir().resolve("report-page-3.png").toFile());
            }
            assertTrue(text.contains("plan " + plan.getPlanId()), text);
            assertTrue(text.contains("DRAFT — not for treatment"));
            assertTrue(text.contains("Needle table (" + plan.getNeedles().size() + " needles, " + plan.getSeeds().size() + " seeds)"), text);
            assertFalse(session.dirty(), "the report does not change the case");
            assertFalse(text.contains("METRICS OUT OF DATE"), "current metrics: no warning");

            // a GTV contour moved after the dose: the draft's report says "METRICS OUT OF DATE" on page 1, and the status line too
            org.opensabt.model.Contour contour = plan.getTarget().getContours().get(0);
            double y0 = contour.getPointsMm().get(1);
            assertTrue(session.change("Move a GTV point", () -> contour.getPointsMm().set(1, y0 + 3)));
            Path stalePdf = outputDir().resolve("report-ui-stale.pdf");
            Files.deleteIfExists(stalePdf);
            PlanReportAction.fileChooser = s -> stalePdf.toString();
            select(shell, "Plan report PDF…");
            assertTrue(waitFor(() -> status.getText().contains("written to"), 120), "the report ends: " + status.getText());
            shell.layout(true, true);
            settle(200);
            screenshot(shell, "report-menu-stale.png");
            assertTrue(status.getText().endsWith("; METRICS OUT OF DATE since \"Move a GTV point\" (structures changed) (said on page 1): Recompute dose"),
                    status.getText());
            try (PDDocument doc = Loader.loadPDF(stalePdf.toFile())) {
                PDFTextStripper page1 = new PDFTextStripper();
                page1.setStartPage(1);
                page1.setEndPage(1);
                String first = page1.getText(doc);
                assertTrue(first.contains("METRICS OUT OF DATE"), first);
                assertTrue(first.contains("\"Move a GTV point\" (structures changed)"), first);
                ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 90), "png", outputDir().resolve("report-stale-page-1.png").toFile());
            }
            session.undo();
            assertFalse(session.dirty());

            // Cancel in the file dialog: nothing written, the status line says so
            Path other = outputDir().resolve("report-cancelled.pdf");
            Files.deleteIfExists(other);
            PlanReportAction.fileChooser = s -> null;
            select(shell, "Plan report PDF…");
            assertEquals("Plan report cancelled", status.getText());
            assertFalse(Files.exists(other));
        } finally {
            shell.dispose();
        }
    }

    @Test
    void withoutAPlanTheMenuSaysWhatIsMissing() {
        Shell shell = shell("OpenSABT plan report, no plan (UI test)", 760, 240);
        try {
            CaseSession session = CaseSession.get();
            Plan shown = session.plan();
            session.setPlan(null);
            try {
                Label status = stand(shell, session);
                PlanReportAction.fileChooser = s -> {
                    throw new AssertionError("no dialog without a plan");
                };
                select(shell, "Plan report PDF…");
                assertEquals("No plan report: open a case and show a plan first", status.getText());
                assertNull(session.plan());
            } finally {
                session.setPlan(shown);
            }
        } finally {
            shell.dispose();
        }
    }

    /** The workbench's Plan menu and status line, stood in by a shell: the item calls the action as the handler does. */
    private static Label stand(Shell shell, CaseSession session) {
        return PlanMenuStandIn.stand(shell, "Plan report PDF…", status -> PlanReportAction.run(shell, session, status));
    }

    private static void select(Shell shell, String label) {
        PlanMenuStandIn.select(shell, label);
    }

    private static int pages(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }
}
