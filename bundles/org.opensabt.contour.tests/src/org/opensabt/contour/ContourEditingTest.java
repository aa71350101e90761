package org.opensabt.contour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;
import org.opensabt.model.Contour;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.RoiType;
import org.opensabt.model.Structure;
import org.opensabt.model.StructureSet;
import org.opensabt.model.geometry.GridGeometry;

/** Slice edits against analytic areas; undo and redo through an EMF command stack restore the contours exactly. */
class ContourEditingTest {

    private static final GridGeometry GRID = GridGeometry.axisAligned(new double[] { -50, -50, -20 }, new double[] { 1, 1, 2 }, 101, 101, 21);

    private static Structure cylinder() {
        Structure s = ModelFactory.eINSTANCE.createStructure();
        s.setName("GTV");
        s.setType(RoiType.GTV);
        for (double[] pts : Phantoms.cylinder(0, 0, 15, -10, 10, 2)) {
            Contour c = ModelFactory.eINSTANCE.createContour();
            for (double v : pts) {
                c.getPointsMm().add(v);
            }
            s.getContours().add(c);
        }
        return s;
    }

    private static double sliceAreaMm2(Mask m, int slice) {
        int plane = GRID.columns() * GRID.rows();
        int n = 0;
        for (int i = 0; i < plane; i++) {
            n += m.get(slice * plane + i) ? 1 : 0;
        }
        return n * GRID.spacingMm()[0] * GRID.spacingMm()[1];
    }

    @Test
    void polygonBrushAndEraserChangeTheirSliceByTheirArea() {
        Mask m = new Mask(GRID);
        // a 20 × 10 mm rectangle (voxel centres inside: 21 × 11 on a 1 mm grid with vertices on centres ± 0.5)
        ContourEditing.fillPolygon(m, 3, List.of(new double[] { 9.5, 19.5 }, new double[] { 29.5, 19.5 }, new double[] { 29.5, 29.5 }, new double[] { 9.5, 29.5 }), true);
        assertEquals(200, sliceAreaMm2(m, 3), 1e-9);
        assertEquals(0, sliceAreaMm2(m, 2));
        ContourEditing.paintDisc(m, 5, 50, 50, 8, true);
        assertEquals(Math.PI * 64, sliceAreaMm2(m, 5), Math.PI * 64 * 0.04, "disc of 8 mm radius (mm²)");
        ContourEditing.paintDisc(m, 5, 50, 50, 4, false);
        assertEquals(Math.PI * (64 - 16), sliceAreaMm2(m, 5), Math.PI * 48 * 0.06, "ring after erasing 4 mm (mm²)");
        ContourEditing.copySlice(m, 5, 6);
        assertEquals(sliceAreaMm2(m, 5), sliceAreaMm2(m, 6));
        assertThrows(IllegalArgumentException.class, () -> ContourEditing.paintDisc(m, 21, 0, 0, 1, true));
        assertThrows(IllegalArgumentException.class, () -> ContourEditing.fillPolygon(m, 0, List.of(new double[2], new double[2]), true));
    }

    @Test
    void aSliceEditReplacesThatSliceOnlyAndUndoesExactly() {
        Structure s = cylinder();
        List<List<Double>> original = new ArrayList<>();
        s.getContours().forEach(c -> original.add(List.copyOf(c.getPointsMm())));
        int slice = GRID.slices() / 2; // z = 0
        Mask mask = StructureGeometry.mask(s, GRID);
        double before = sliceAreaMm2(mask, slice);
        ContourEditing.paintDisc(mask, slice, 50 + 15, 50, 6, true); // a bump on the cylinder's edge
        BasicCommandStack stack = new BasicCommandStack();
        stack.execute(new ContourEditing.ReplaceContours("brush", s, ContourEditing.withSlicesFrom(s, mask, Set.of(slice))));
        assertTrue(stack.isSaveNeeded());
        Mask after = StructureGeometry.mask(s, GRID);
        assertTrue(sliceAreaMm2(after, slice) > before + 40, "the brushed slice grew: " + before + " → " + sliceAreaMm2(after, slice));
        assertEquals(sliceAreaMm2(mask, slice), sliceAreaMm2(after, slice), 1e-9, "the new contours rasterise back to the edited mask");
        for (Contour c : s.getContours()) {
            int k = ContourEditing.sliceOf(c, GRID);
            if (k != slice) {
                assertTrue(original.contains(c.getPointsMm()), "slice " + k + " kept its contour point for point");
            }
        }
        stack.undo();
        assertEquals(original.size(), s.getContours().size());
        for (int i = 0; i < original.size(); i++) {
            assertEquals(original.get(i), s.getContours().get(i).getPointsMm());
        }
        assertFalse(stack.isSaveNeeded());
        stack.redo();
        assertEquals(sliceAreaMm2(mask, slice), sliceAreaMm2(StructureGeometry.mask(s, GRID), slice), 1e-9);
    }

    @Test
    void interpolationFillsTheUndrawnSlicesAndANewStructureIsUndoable() {
        Structure s = cylinder();
        s.getContours().removeIf(c -> {
            int k = ContourEditing.sliceOf(c, GRID);
            return k != 5 && k != 9;
        });
        BasicCommandStack stack = new BasicCommandStack();
        stack.execute(new ContourEditing.ReplaceContours("interpolate", s, ContourEditing.interpolated(s, GRID)));
        Mask m = StructureGeometry.mask(s, GRID);
        for (int k = 5; k <= 9; k++) {
            assertEquals(Math.PI * 225, sliceAreaMm2(m, k), Math.PI * 225 * 0.04, "slice " + k + " (mm²)");
        }
        assertEquals(0, sliceAreaMm2(m, 4));

        StructureSet set = ModelFactory.eINSTANCE.createStructureSet();
        set.getStructures().add(s);
        s.setRoiNumber(4);
        Structure ptv = StructureGeometry.toStructure(Margins.expand(m, 5, 5, 0), "GTV+5mm", RoiType.PTV, new int[] { 0, 128, 255 });
        stack.execute(new ContourEditing.AddStructure("margin", set, ptv));
        assertEquals(2, set.getStructures().size());
        assertEquals(5, ptv.getRoiNumber());
        assertNotEquals(0, ptv.getContours().size());
        stack.undo();
        assertEquals(List.of(s), List.copyOf(set.getStructures()));
        Structure same = StructureGeometry.toStructure(m, "gtv", RoiType.GTV, new int[] { 1, 2, 3 });
        assertFalse(new ContourEditing.AddStructure("duplicate", set, same).canExecute(), "names are unique in a set");
    }
}
