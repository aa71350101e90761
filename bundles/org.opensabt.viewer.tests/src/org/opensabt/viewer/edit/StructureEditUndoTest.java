package org.opensabt.viewer.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.opensabt.contour.CaseContents;
import org.opensabt.contour.ContourException;
import org.opensabt.contour.StructureEdits;
import org.opensabt.model.PatientCase;
import org.opensabt.model.RoiType;
import org.opensabt.model.Structure;
import org.opensabt.phantoms.Phantom;

/**
 * Each structure edit as the workbench runs it (one {@link ChangeCommand}): undo restores the case exactly
 * (EMF structural equality with a copy taken before), redo makes the edit again with the same objects.
 */
class StructureEditUndoTest {

    private interface Edit {
        void run() throws ContourException;
    }

    private static ChangeCommand command(PatientCase c, String label, Edit edit) {
        return new ChangeCommand(c, label, () -> {
            try {
                edit.run();
            } catch (ContourException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void createRenameRetypeRecolourAndDeleteAreEachOneUndoableEdit() {
        PatientCase c = new Phantom(10, 5, false, 3, 5).build();
        BasicCommandStack stack = new BasicCommandStack();
        Structure oar = CaseContents.structures(c).stream().filter(s -> s.getName().equals("OAR")).findFirst().orElseThrow();
        Structure[] created = new Structure[1];
        List<ChangeCommand> edits = List.of(
                command(c, "New structure Sciatic nerve", () -> created[0] = StructureEdits.create(c, "Sciatic nerve", RoiType.OAR, new int[] { 0, 200, 200 })),
                command(c, "Rename", () -> StructureEdits.rename(c, created[0], "Sciatic nerve L")),
                command(c, "Type", () -> StructureEdits.setType(created[0], RoiType.AVOID)),
                command(c, "Colour", () -> StructureEdits.setColour(created[0], new int[] { 255, 90, 140 })),
                command(c, "Delete OAR", () -> StructureEdits.delete(c, oar)));
        for (ChangeCommand edit : edits) {
            PatientCase before = EcoreUtil.copy(c);
            stack.execute(edit);
            assertSame(edit, stack.getMostRecentCommand(), edit.getLabel() + " ran");
            PatientCase after = EcoreUtil.copy(c);
            assertFalse(EcoreUtil.equals(before, c), edit.getLabel() + " changed the case");
            stack.undo();
            assertTrue(EcoreUtil.equals(before, c), "undo of " + edit.getLabel() + " restores the case exactly");
            stack.redo();
            assertTrue(EcoreUtil.equals(after, c), "redo of " + edit.getLabel());
        }
        Structure s = created[0];
        assertEquals("Sciatic nerve L", s.getName());
        assertEquals(RoiType.AVOID, s.getType());
        assertEquals(List.of(255, 90, 140), s.getColorRgb());
        assertFalse(CaseContents.structures(c).contains(oar));
        for (int i = 0; i < edits.size(); i++) {
            stack.undo();
        }
        assertTrue(CaseContents.structures(c).contains(oar), "the deleted structure itself is back");
        assertFalse(CaseContents.structures(c).contains(s), "and the new one gone");
        assertEquals("Sciatic nerve", s.getName(), "the object is as it was created");
    }
}
