package org.opensabt.template.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensabt.ui.testing.UiHarness.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.opensabt.model.NeedleTemplate;
import org.opensabt.model.Plan;
import org.opensabt.viewer.ui.CaseSession;

/**
 * The Template view on real SWT widgets, on a phantom planned in the test: "Export template" runs as a job
 * (the button disabled meanwhile), writes the STL, needle table and drawing, and the case records the
 * template for the plan. Screenshot: target/ui-test/template.png.
 */
class TemplateViewUiTest {

    @Test
    void exportTemplateWritesTheFilesAndRecordsTheTemplateInTheCase() throws Exception {
        Path caseDir = outputDir().resolve("template-case");
        Path folder = outputDir().resolve("template-export");
        deleteTree(caseDir);
        deleteTree(folder);
        plannedPhantom(caseDir);
        CaseSession session = CaseSession.get();
        Plan plan = session.plan();
        Shell shell = shell("OpenSABT template (UI test)", 520, 420);
        try {
            TemplatePanel panel = new TemplatePanel(shell, session);
            shell.open();
            panel.setOutput(folder);
            Button export = button(panel, "Export template");
            long t0 = System.nanoTime();
            press(export);
            assertTrue(panel.busy() && !export.isEnabled(), "runs as a job, the button disabled meanwhile: " + panel.statusText());
            assertTrue(waitFor(() -> !panel.busy(), 300), "the export ends: " + panel.statusText());
            System.out.printf(Locale.ROOT, "export (job, %.1f s): %s%n", (System.nanoTime() - t0) / 1e9, panel.statusText());
            screenshot(shell, "template.png");
            assertTrue(export.isEnabled());
            Path stl = folder.resolve("template.stl");
            assertTrue(Files.isRegularFile(stl) && Files.size(stl) > 10_000, "template.stl: " + panel.statusText());
            assertTrue(Files.isRegularFile(folder.resolve("needles.csv")));
            assertTrue(Files.isRegularFile(folder.resolve("drawing.png")));
            // one row per needle of the plan (after the header)
            long rows = Files.readAllLines(folder.resolve("needles.csv")).stream().filter(l -> !l.isBlank()).count() - 1;
            assertEquals(plan.getNeedles().size(), rows, "needles.csv rows");
            NeedleTemplate recorded = session.patientCase().getTemplates().stream()
                    .filter(t -> t.getPlan() != null && t.getPlan().getPlanId().equals(plan.getPlanId())).reduce((a, b) -> b).orElse(null);
            assertNotNull(recorded, "the case records the template of " + plan.getPlanId());
            assertEquals(stl.toAbsolutePath(), Path.of(recorded.getStlFile()).toAbsolutePath());
            assertFalse(panel.statusText().isBlank());
            assertTrue(panel.hasDrawing(), "the exported drawing is shown");
        } finally {
            shell.dispose();
        }
    }
}
