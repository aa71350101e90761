package org.opensabt.template.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensabt.ui.testing.UiHarness.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.opensabt.viewer.ui.CaseSession;

/**
 * "Preview" designs the template and shows its operating-room drawing (outline, labels, the blue laser
 * lines) in the panel, writing and recording nothing. Screenshot: target/ui-test/template-preview.png.
 */
class TemplatePreviewUiTest {

    /** Pixels of the drawing's canvas that are clearly blue (the laser lines, scaled and antialiased: blue well above red and green). */
    private static int bluish(TemplatePanel panel) {
        ImageData data = grab(panel.drawingCanvas());
        int n = 0;
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                RGB p = data.palette.getRGB(data.getPixel(x, y));
                n += p.blue > p.red + 50 && p.blue > p.green + 30 ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void previewShowsTheDrawingBeforeAnythingIsWritten() throws Exception {
        Path caseDir = outputDir().resolve("template-preview-case");
        Path folder = outputDir().resolve("template-preview-export");
        deleteTree(caseDir);
        deleteTree(folder);
        plannedPhantom(caseDir);
        CaseSession session = CaseSession.get();
        int templates = session.patientCase().getTemplates().size();
        Shell shell = shell("OpenSABT template preview (UI test)", 620, 640);
        try {
            TemplatePanel panel = new TemplatePanel(shell, session);
            shell.open();
            panel.setOutput(folder);
            settle(200);
            assertFalse(panel.hasDrawing());
            assertEquals(0, bluish(panel), "no drawing before the preview");
            Button preview = button(panel, "Preview");
            press(preview);
            assertTrue(panel.busy() && !preview.isEnabled(), "runs as a job: " + panel.statusText());
            assertTrue(waitFor(() -> !panel.busy(), 300), "the design ends: " + panel.statusText());
            settle(300);
            screenshot(shell, "template-preview.png");
            assertTrue(panel.hasDrawing(), panel.statusText());
            assertTrue(panel.statusText().startsWith("Preview of template"), panel.statusText());
            int blue = bluish(panel);
            assertTrue(blue > 20, "the laser lines are drawn: " + blue + " px");
            assertTrue(inked(panel.drawingCanvas()) > 500, "outline, holes and labels drawn");
            assertFalse(Files.exists(folder.resolve("template.stl")), "a preview writes nothing");
            assertEquals(templates, session.patientCase().getTemplates().size(), "a preview records nothing");
        } finally {
            shell.dispose();
        }
    }
}
