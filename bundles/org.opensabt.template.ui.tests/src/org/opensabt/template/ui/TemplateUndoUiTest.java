package org.opensabt.template.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensabt.ui.testing.UiHarness.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.opensabt.model.Needle;
import org.opensabt.model.Plan;
import org.opensabt.model.store.CaseStore;
import org.opensabt.viewer.ui.CaseSession;

/**
 * Exporting a template from a case with unsaved edits neither saves nor reopens the case: the template is one
 * more undoable edit on top of the history (which reaches back before the last save), undo removes it and the
 * needles' hole labels, and a save afterwards keeps the history.
 */
class TemplateUndoUiTest {

    @Test
    void exportWithUnsavedEditsKeepsTheUndoHistory() throws Exception {
        Path caseDir = outputDir().resolve("template-undo-case");
        Path folder = outputDir().resolve("template-undo-export");
        deleteTree(caseDir);
        deleteTree(folder);
        plannedPhantom(caseDir);
        CaseSession session = CaseSession.get();
        Plan plan = session.plan();
        String added = session.undoLabel();
        assertEquals("Add plan " + plan.getPlanId(), added, "the planning is on the stack, saved");
        assertFalse(session.dirty());
        String label = plan.getLabel();
        assertTrue(session.change("Rename plan", () -> plan.setLabel("edited")));
        byte[] saved = Files.readAllBytes(caseDir.resolve(CaseStore.CASE_FILE));
        Shell shell = shell("OpenSABT template undo (UI test)", 520, 420);
        try {
            TemplatePanel panel = new TemplatePanel(shell, session);
            shell.open();
            panel.setOutput(folder);
            press(button(panel, "Export template"));
            assertTrue(waitFor(() -> !panel.busy(), 300), "the export ends: " + panel.statusText());
            assertTrue(Files.isRegularFile(folder.resolve("template.stl")), panel.statusText());
            assertArrayEquals(saved, Files.readAllBytes(caseDir.resolve(CaseStore.CASE_FILE)), "the export did not save the case");
            assertTrue(session.plan() == plan && session.patientCase().getPlans().contains(plan), "the case was not reopened");
            String id = plan.getPlanId() + "-template";
            assertEquals("Add template " + id, session.undoLabel());
            assertEquals(1, session.patientCase().getTemplates().size());
            assertTrue(plan.getNeedles().stream().allMatch(n -> n.getGuideHoleId() != null), "every needle has its hole");
            assertTrue(session.dirty());

            session.undo();
            assertTrue(session.patientCase().getTemplates().isEmpty());
            assertTrue(plan.getNeedles().stream().map(Needle::getGuideHoleId).allMatch(h -> h == null), "the hole labels are undone too");
            assertEquals("Rename plan", session.undoLabel());
            session.undo();
            assertEquals(label, plan.getLabel());
            assertEquals(added, session.undoLabel(), "the history reaches back before the save");
            assertFalse(session.dirty(), "back at the save point");

            session.redo();
            session.redo();
            assertEquals("Add template " + id, session.undoLabel());
            assertNull(session.redoLabel());
            session.save();
            assertFalse(session.dirty());
            assertEquals("Add template " + id, session.undoLabel(), "the save kept the history");
            assertEquals(1, new CaseStore().load(caseDir).getTemplates().size());
        } finally {
            shell.dispose();
        }
    }
}
