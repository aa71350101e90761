package org.opensabt.report.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensabt.ui.testing.UiHarness.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opensabt.model.DoseMetric;
import org.opensabt.model.Implant;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;
import org.opensabt.viewer.ui.CaseSession;

/**
 * Plan ▸ Post-implant report PDF… on real SWT widgets, wired to {@link PostImplantReportAction} as the workbench's
 * handler is: on a planned phantom without an implant it says so and opens no dialog; with an implant stored (every
 * planned seed but the first, each 1 mm to the left, the plan's dose standing in for the implant's) the PDF and the
 * JSON are written in a job, the status line says where, and the PDF names the missing seed. Screenshot:
 * target/ui-test/post-implant-report-menu.png.
 */
class PostImplantReportUiTest {

    @AfterEach
    void noHook() {
        PostImplantReportAction.fileChooser = null;
    }

    @Test
    void withoutAnImplantItSaysSoAndWithOneItWritesPdfAndJson() throws Exception {
        Path caseDir = outputDir().resolve("post-implant-report-case");
        deleteTree(caseDir);
        plannedPhantom(caseDir);
        CaseSession session = CaseSession.get();
        PatientCase c = session.patientCase();
        Plan plan = session.plan();
        Path pdf = outputDir().resolve("post-implant-report-ui.pdf");
        Path json = outputDir().resolve("post-implant-report-ui.json");
        Files.deleteIfExists(pdf);
        Files.deleteIfExists(json);
        Shell shell = shell("OpenSABT post-implant report (UI test)", 1300, 240);
        try {
            Label status = stand(shell, session);
            PostImplantReportAction.fileChooser = s -> {
                throw new AssertionError("no dialog without an implant");
            };
            select(shell, "Post-implant report PDF…");
            assertEquals(PostImplantReportAction.NO_IMPLANT, status.getText());

            String missing = plan.getSeeds().get(0).getSeedId();
            assertTrue(session.change("Store an implant", () -> c.getImplants().add(implant(plan))));
            PostImplantReportAction.fileChooser = s -> pdf.toString();
            select(shell, "Post-implant report PDF…");
            assertTrue(waitFor(() -> status.getText().contains("written to"), 120), "the report ends: " + status.getText());
            shell.layout(true, true);
            settle(200);
            screenshot(shell, "post-implant-report-menu.png");
            assertTrue(status.getText().startsWith("Post-implant report of UI-implant ("), status.getText());
            assertTrue(status.getText().contains("1 missing seed(s)) written to " + pdf + " and " + json.getFileName()), status.getText());
            assertTrue(Files.isRegularFile(json));
            String text;
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                text = new PDFTextStripper().getText(doc);
            }
            assertTrue(text.contains("implant UI-implant"), text);
            assertTrue(text.lines().anyMatch(l -> l.startsWith("— MISSING " + missing + " ")), text);
            session.undo();
            assertFalse(session.dirty());
        } finally {
            shell.dispose();
        }
    }

    /** Every planned seed but the first, 1 mm to the patient's left, paired with it; the plan's dose and metrics as the implant's. */
    private static Implant implant(Plan plan) {
        Implant implant = ModelFactory.eINSTANCE.createImplant();
        implant.setImplantId("UI-implant");
        implant.setPlan(plan);
        implant.setRegistration("same frame of reference");
        for (Seed s : plan.getSeeds().subList(1, plan.getSeeds().size())) {
            Seed seed = ModelFactory.eINSTANCE.createSeed();
            seed.setSeedId("D" + s.getSeedId());
            seed.getPositionMm().addAll(s.getPositionMm());
            seed.getPositionMm().set(0, s.getPositionMm().get(0) + 1);
            seed.getDirectionUnit().addAll(s.getDirectionUnit());
            seed.setOrigin("detected");
            seed.setPlannedSeedId(s.getSeedId());
            implant.getSeeds().add(seed);
        }
        implant.setDoseGrid(EcoreUtil.copy(plan.getDoseGrid()));
        for (DoseMetric m : plan.getMetrics()) {
            implant.getMetrics().add(EcoreUtil.copy(m));
        }
        return implant;
    }

    /** The workbench's Plan menu and status line, stood in by a shell: the item calls the action as the handler does. */
    private static Label stand(Shell shell, CaseSession session) {
        return PlanMenuStandIn.stand(shell, "Post-implant report PDF…", status -> PostImplantReportAction.run(shell, session, null, status));
    }

    private static void select(Shell shell, String label) {
        PlanMenuStandIn.select(shell, label);
    }
}
