package org.opensabt.contour;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.opensabt.model.Contour;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.Structure;
import org.opensabt.model.StructureSet;
import org.opensabt.model.geometry.GridGeometry;

/**
 * Slice edits of a structure for the contouring tools (polygon, brush, eraser, copy to the next slice)
 * on its mask, and the undoable EMF commands that put the result into the case. An edit of some axial
 * slices replaces the structure's contours on those slices only: contours on other slices (e.g. imported
 * from an RT Structure Set) stay exactly as they were.
 */
public final class ContourEditing {

    private ContourEditing() {
    }

    /** Sets the voxels of a slice whose centres lie inside a polygon (column, row voxel coordinates; even–odd rule). */
    public static void fillPolygon(Mask mask, int slice, List<double[]> polygonColRow, boolean inside) {
        GridGeometry g = mask.grid();
        checkSlice(g, slice);
        if (polygonColRow.size() < 3) {
            throw new IllegalArgumentException("a polygon needs at least 3 points, has " + polygonColRow.size());
        }
        double minRow = Double.MAX_VALUE, maxRow = -Double.MAX_VALUE;
        for (double[] p : polygonColRow) {
            minRow = Math.min(minRow, p[1]);
            maxRow = Math.max(maxRow, p[1]);
        }
        int n = polygonColRow.size();
        for (int r = Math.max(0, (int) Math.ceil(minRow)); r <= Math.min(g.rows() - 1, (int) Math.floor(maxRow)); r++) {
            List<Double> crossings = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double[] a = polygonColRow.get(i);
                double[] b = polygonColRow.get((i + 1) % n);
                if ((a[1] <= r) != (b[1] <= r)) {
                    crossings.add(a[0] + (r - a[1]) / (b[1] - a[1]) * (b[0] - a[0]));
                }
            }
            crossings.sort(Double::compare);
            for (int i = 0; i + 1 < crossings.size(); i += 2) {
                for (int c = Math.max(0, (int) Math.ceil(crossings.get(i))); c <= Math.min(g.columns() - 1, (int) Math.floor(crossings.get(i + 1))); c++) {
                    mask.set(g.index(c, r, slice), inside);
                }
            }
        }
    }

    /** Sets the voxels of a slice whose centres lie within {@code radiusMm} of a point (column, row voxel coordinates). */
    public static void paintDisc(Mask mask, int slice, double column, double row, double radiusMm, boolean inside) {
        GridGeometry g = mask.grid();
        checkSlice(g, slice);
        double sx = g.spacingMm()[0], sy = g.spacingMm()[1];
        int c0 = Math.max(0, (int) Math.floor(column - radiusMm / sx)), c1 = Math.min(g.columns() - 1, (int) Math.ceil(column + radiusMm / sx));
        int r0 = Math.max(0, (int) Math.floor(row - radiusMm / sy)), r1 = Math.min(g.rows() - 1, (int) Math.ceil(row + radiusMm / sy));
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                double dx = (c - column) * sx, dy = (r - row) * sy;
                if (dx * dx + dy * dy <= radiusMm * radiusMm) {
                    mask.set(g.index(c, r, slice), inside);
                }
            }
        }
    }

    /** Makes slice {@code to} a copy of slice {@code from}. */
    public static void copySlice(Mask mask, int from, int to) {
        GridGeometry g = mask.grid();
        checkSlice(g, from);
        checkSlice(g, to);
        int plane = g.columns() * g.rows();
        for (int i = 0; i < plane; i++) {
            mask.set(to * plane + i, mask.get(from * plane + i));
        }
    }

    /** The slice (on {@code grid}) a planar axial contour lies on, or -1 if on none. */
    public static int sliceOf(Contour contour, GridGeometry grid) {
        if (contour.getPointsMm().size() < 3) {
            return -1;
        }
        double w = grid.toGridMm(new double[] { contour.getPointsMm().get(0), contour.getPointsMm().get(1), contour.getPointsMm().get(2) })[2]
                / grid.spacingMm()[2];
        int s = (int) Math.round(w);
        return Math.abs(w - s) < 0.1 && s >= 0 && s < grid.slices() ? s : -1;
    }

    /**
     * The structure's contours with those on {@code slices} replaced by the mask's outlines there (the
     * others are copies of the current ones).
     */
    public static List<Contour> withSlicesFrom(Structure structure, Mask mask, Set<Integer> slices) {
        GridGeometry g = mask.grid();
        List<Contour> out = new ArrayList<>();
        for (Contour c : structure.getContours()) {
            if (!slices.contains(sliceOf(c, g))) {
                out.add(EcoreUtil.copy(c));
            }
        }
        int plane = g.columns() * g.rows();
        for (int s : slices) {
            Mask one = new Mask(g);
            for (int i = 0; i < plane; i++) {
                one.set(s * plane + i, mask.get(s * plane + i));
            }
            out.addAll(toContours(MarchingSquares.contours(one)));
        }
        return out;
    }

    /** The structure's contours plus those filled in by shape-based interpolation on the undrawn slices between drawn ones. */
    public static List<Contour> interpolated(Structure structure, GridGeometry grid) {
        List<Contour> out = new ArrayList<>();
        for (Contour c : structure.getContours()) {
            out.add(EcoreUtil.copy(c));
        }
        out.addAll(toContours(SliceInterpolation.interpolate(StructureGeometry.contours(structure), grid).contours()));
        return out;
    }

    static List<Contour> toContours(List<MarchingSquares.PlanarContour> planar) {
        Structure holder = ModelFactory.eINSTANCE.createStructure();
        StructureGeometry.setContours(holder, planar);
        return new ArrayList<>(holder.getContours());
    }

    private static void checkSlice(GridGeometry g, int slice) {
        if (slice < 0 || slice >= g.slices()) {
            throw new IllegalArgumentException("slice " + slice + " is outside the CT (0–" + (g.slices() - 1) + ")");
        }
    }

    /**
     * Replaces a structure's contours; undo puts the previous ones back.
     *
     * @deprecated a hand-written command; the workbench runs the change inside {@code CaseSession.change}
     *             (one EMF change-recording command). To be removed at the package's next major version.
     */
    @Deprecated
    public static final class ReplaceContours extends AbstractCommand {
        private final Structure structure;
        private final List<Contour> after;
        private List<Contour> before;

        public ReplaceContours(String label, Structure structure, List<Contour> contours) {
            super(label);
            this.structure = structure;
            this.after = List.copyOf(contours);
        }

        @Override
        protected boolean prepare() {
            return true;
        }

        @Override
        public void execute() {
            before = List.copyOf(structure.getContours());
            redo();
        }

        @Override
        public void undo() {
            structure.getContours().clear();
            structure.getContours().addAll(before);
        }

        @Override
        public void redo() {
            structure.getContours().clear();
            structure.getContours().addAll(after);
        }

        @Override
        public Collection<?> getAffectedObjects() {
            return List.of(structure);
        }
    }

    /**
     * Adds a structure (e.g. a margin, a boolean or an automatic BODY) to a structure set; undo removes it.
     *
     * @deprecated a hand-written command; use {@link StructureEdits} inside {@code CaseSession.change}. To be
     *             removed at the package's next major version.
     */
    @Deprecated
    public static final class AddStructure extends AbstractCommand {
        private final StructureSet set;
        private final Structure structure;

        public AddStructure(String label, StructureSet set, Structure structure) {
            super(label);
            this.set = set;
            this.structure = structure;
        }

        @Override
        protected boolean prepare() {
            return set.getStructures().stream().noneMatch(s -> s.getName().equalsIgnoreCase(structure.getName()));
        }

        @Override
        public void execute() {
            if (structure.getRoiNumber() == 0) {
                structure.setRoiNumber(1 + set.getStructures().stream().mapToInt(Structure::getRoiNumber).max().orElse(0));
            }
            redo();
        }

        @Override
        public void undo() {
            set.getStructures().remove(structure);
        }

        @Override
        public void redo() {
            set.getStructures().add(structure);
        }

        @Override
        public Collection<?> getAffectedObjects() {
            return List.of(structure);
        }
    }
}
