package org.opensabt.viewer.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.opensabt.contour.AutoStructures;
import org.opensabt.contour.CaseContents;
import org.opensabt.contour.ContourEditing;
import org.opensabt.contour.ContourException;
import org.opensabt.contour.Margins;
import org.opensabt.contour.Mask;
import org.opensabt.contour.StructureEdits;
import org.opensabt.contour.StructureGeometry;
import org.opensabt.model.RoiType;
import org.opensabt.model.Structure;
import org.opensabt.model.StructureSet;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.viewer.Orientation;
import org.opensabt.viewer.SliceScene;

/**
 * The contouring tools of the slice views, on the axial view (DICOM contours are axial): polygon,
 * brush and eraser on the chosen structure, copy to the next slice, interpolation of undrawn slices,
 * margin, boolean and automatic BODY/BONE structures. Every edit is an EMF command on the
 * {@link CaseSession}'s stack (Undo/Redo), and Save writes the case atomically.
 */
public final class ContourTools extends Composite {

    private final SlicesPanel slices;
    private final CaseSession session;
    private final Combo structure;
    private final Button[] tools = new Button[SliceCanvas.Tool.values().length];
    private final Spinner brushMm;
    private final Spinner marginMm;
    private final Combo operation;
    private final Combo other;
    private final Button undo;
    private final Button redo;
    private final Button save;
    private final Label status;
    private final Runnable editListener = this::afterEdit;
    private final SeedEditing seeds;

    public ContourTools(Composite parent, SlicesPanel slices, CaseSession session) {
        super(parent, SWT.NONE);
        this.slices = slices;
        this.session = session;
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.center = true;
        row.wrap = true;
        setLayout(row);
        new Label(this, SWT.NONE).setText("Structure");
        structure = new Combo(this, SWT.READ_ONLY);
        String[] toolNames = { "Navigate", "Polygon", "Brush", "Eraser", "Seeds" };
        for (SliceCanvas.Tool t : SliceCanvas.Tool.values()) {
            Button b = new Button(this, SWT.RADIO);
            b.setText(toolNames[t.ordinal()]);
            b.setSelection(t == SliceCanvas.Tool.NAVIGATE);
            b.addListener(SWT.Selection, e -> {
                if (b.getSelection()) {
                    setTool(t);
                }
            });
            tools[t.ordinal()] = b;
        }
        brushMm = spinner(5, 1, 30);
        brushMm.setToolTipText("brush radius (mm)");
        brushMm.addListener(SWT.Selection, e -> slices.views().get(0).setBrushRadiusMm(brushMm.getSelection()));
        new Label(this, SWT.NONE).setText("mm");
        button("Copy to next slice", this::copyToNextSlice);
        button("Interpolate", this::interpolate);
        button("Margin", this::margin);
        marginMm = spinner(5, -30, 30);
        marginMm.setToolTipText("margin (mm): positive expands, negative contracts");
        new Label(this, SWT.NONE).setText("mm");
        operation = new Combo(this, SWT.READ_ONLY);
        operation.setItems("∪ union", "∩ intersection", "− minus");
        operation.select(0);
        other = new Combo(this, SWT.READ_ONLY);
        button("Boolean", this::booleanOperation);
        button("Auto BODY", () -> automatic(false));
        button("Auto BONE", () -> automatic(true));
        undo = button("Undo", session::undo);
        redo = button("Redo", session::redo);
        save = button("Save", this::save);
        status = new Label(this, SWT.NONE);
        slices.views().get(0).onEdit(this::applyStroke);
        seeds = new SeedEditing(slices, session, this::say);
        slices.views().get(0).onSeedGestures(seeds);
        session.addEditListener(editListener);
        addListener(SWT.Dispose, e -> session.removeEditListener(editListener));
        refresh();
    }

    /** Chooses the structure that the tools edit; false if the case has none of that name. */
    public boolean selectStructure(String name) {
        int i = List.of(structure.getItems()).indexOf(name);
        if (i >= 0) {
            structure.select(i);
        }
        return i >= 0;
    }

    public void setTool(SliceCanvas.Tool tool) {
        for (SliceCanvas.Tool t : SliceCanvas.Tool.values()) {
            tools[t.ordinal()].setSelection(t == tool);
        }
        slices.views().get(0).setTool(tool);
        slices.views().get(0).setBrushRadiusMm(brushMm.getSelection());
    }

    /** Whether a seed edit's dose is being computed. */
    public boolean seedEditBusy() {
        return seeds.busy();
    }

    public String statusText() {
        return status.getText();
    }

    /** Called after the scene changed (new case or plan): the structure list follows. */
    public void refresh() {
        String chosen = structure.getSelectionIndex() >= 0 ? structure.getText() : null;
        String chosenOther = other.getSelectionIndex() >= 0 ? other.getText() : null;
        List<String> names = new ArrayList<>();
        SliceScene scene = slices.scene();
        if (scene != null) {
            CaseContents.structures(scene.patientCase()).forEach(s -> names.add(s.getName()));
        }
        structure.setItems(names.toArray(String[]::new));
        other.setItems(names.toArray(String[]::new));
        structure.select(Math.max(0, names.indexOf(chosen)));
        other.select(Math.max(0, names.indexOf(chosenOther)));
        undo.setEnabled(session.commands().canUndo());
        redo.setEnabled(session.commands().canRedo());
        undo.setToolTipText(session.undoLabel() == null ? null : "Undo " + session.undoLabel() + " (Ctrl+Z)");
        redo.setToolTipText(session.redoLabel() == null ? null : "Redo " + session.redoLabel() + " (Ctrl+Y)");
        save.setText(session.dirty() ? "Save *" : "Save");
        layout(true, true);
        getParent().layout(true, true);
    }

    private void afterEdit() {
        if (isDisposed()) {
            return;
        }
        SliceScene scene = slices.scene();
        if (scene != null) {
            scene.refreshStructures();
            slices.views().forEach(SliceCanvas::redraw);
        }
        refresh();
        slices.legend().refresh();
    }

    /** Another case is shown: the last message and the tool's state belonged to the previous one. */
    void caseChanged() {
        say("");
        setTool(SliceCanvas.Tool.NAVIGATE);
    }

    private Structure selected() {
        SliceScene scene = slices.scene();
        if (scene == null || structure.getSelectionIndex() < 0) {
            return null;
        }
        String name = structure.getText();
        return CaseContents.structures(scene.patientCase()).stream().filter(s -> s.getName().equals(name)).findFirst().orElse(null);
    }

    private void applyStroke(SliceCanvas.Tool tool, List<double[]> uv) {
        Structure s = selected();
        if (s == null) {
            say("Choose a structure to edit first");
            return;
        }
        SliceScene scene = slices.scene();
        SliceCanvas axial = slices.views().get(0);
        int k = axial.slice();
        Mask mask = scene.mask(s);
        List<double[]> colRow = new ArrayList<>();
        for (double[] p : uv) {
            double[] g = scene.slicer().gridIndex(Orientation.AXIAL, k, p[0], p[1]);
            colRow.add(new double[] { g[0], g[1] });
        }
        String label;
        if (tool == SliceCanvas.Tool.POLYGON) {
            if (colRow.size() < 3) {
                say("A polygon needs at least 3 points");
                return;
            }
            ContourEditing.fillPolygon(mask, k, colRow, true);
            label = "polygon";
        } else {
            boolean add = tool == SliceCanvas.Tool.BRUSH;
            double radius = axial.brushRadiusMm();
            double step = Math.max(0.25, radius / 3 / scene.slicer().grid().spacingMm()[0]); // discs close enough to make a band
            for (int i = 0; i < colRow.size(); i++) {
                double[] a = colRow.get(i);
                double[] b = i + 1 < colRow.size() ? colRow.get(i + 1) : a;
                int n = Math.max(1, (int) Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / step));
                for (int j = 0; j < n; j++) {
                    ContourEditing.paintDisc(mask, k, a[0] + (b[0] - a[0]) * j / n, a[1] + (b[1] - a[1]) * j / n, radius, add);
                }
            }
            label = add ? "brush" : "eraser";
        }
        replaceContours(capitalised(label) + " on " + s.getName(), s, ContourEditing.withSlicesFrom(s, mask, Set.of(k)),
                () -> String.format(Locale.ROOT, "%s on %s, axial slice %d: %.2f cc now", label, s.getName(), k + 1, volumeAfter(s)));
    }

    private void copyToNextSlice() {
        Structure s = selected();
        SliceCanvas axial = slices.views().get(0);
        int k = axial.slice();
        if (s == null || slices.scene() == null || k + 1 >= slices.scene().slicer().count(Orientation.AXIAL)) {
            say(s == null ? "Choose a structure first" : "There is no next slice");
            return;
        }
        Mask mask = slices.scene().mask(s);
        ContourEditing.copySlice(mask, k, k + 1);
        if (replaceContours("Copy " + s.getName() + " to the next slice", s, ContourEditing.withSlicesFrom(s, mask, Set.of(k + 1)),
                () -> "copied " + s.getName() + " from axial slice " + (k + 1) + " to " + (k + 2))) {
            axial.setSlice(k + 1);
        }
    }

    private void interpolate() {
        Structure s = selected();
        if (s == null) {
            say("Choose a structure first");
            return;
        }
        try {
            List<org.opensabt.model.Contour> contours = ContourEditing.interpolated(s, slices.scene().slicer().grid());
            int added = contours.size() - s.getContours().size();
            replaceContours("Interpolate " + s.getName(), s, contours,
                    () -> added == 0 ? s.getName() + " has no undrawn slices between drawn ones" : "interpolated " + added + " contours of " + s.getName());
        } catch (IllegalArgumentException e) {
            say("Cannot interpolate " + s.getName() + ": " + e.getMessage());
        }
    }

    private void margin() {
        Structure s = selected();
        if (s == null) {
            say("Choose a structure first");
            return;
        }
        int mm = marginMm.getSelection();
        if (mm == 0) {
            say("A margin of 0 mm changes nothing");
            return;
        }
        Mask mask = slices.scene().mask(s);
        Mask result = mm > 0 ? Margins.expand(mask, mm, mm, mm) : Margins.contract(mask, -mm, -mm, -mm);
        addStructure(s, result, String.format(Locale.ROOT, "%s%+dmm", s.getName(), mm), mm > 0 && s.getType() == RoiType.GTV ? RoiType.PTV : s.getType(),
                "margin");
    }

    private void booleanOperation() {
        Structure a = selected();
        String otherName = other.getText();
        Structure b = slices.scene() == null ? null
                : CaseContents.structures(slices.scene().patientCase()).stream().filter(s -> s.getName().equals(otherName)).findFirst().orElse(null);
        if (a == null || b == null || a == b) {
            say("Choose two different structures");
            return;
        }
        Mask ma = slices.scene().mask(a);
        Mask mb = slices.scene().mask(b);
        int op = operation.getSelectionIndex();
        Mask result = op == 0 ? ma.union(mb) : op == 1 ? ma.intersection(mb) : ma.subtraction(mb);
        String[] words = { "or", "and", "not" };
        addStructure(a, result, a.getName() + "_" + words[op] + "_" + b.getName(), RoiType.OTHER, "boolean");
    }

    private void automatic(boolean bone) {
        SliceScene scene = slices.scene();
        if (scene == null) {
            return;
        }
        GridGeometry grid = scene.slicer().grid();
        short[] hu = scene.slicer().voxels();
        Mask body = AutoStructures.body(hu, grid, AutoStructures.BODY_THRESHOLD_HU);
        Mask result = bone ? AutoStructures.bone(hu, grid, AutoStructures.BONE_THRESHOLD_HU, body) : body;
        addStructure(null, result, bone ? "BONE" : "BODY", bone ? RoiType.AVOID : RoiType.BODY, bone ? "automatic BONE" : "automatic BODY");
    }

    private void addStructure(Structure from, Mask mask, String name, RoiType type, String what) {
        if (mask.isEmpty()) {
            say(what + ": the result is empty; nothing added");
            return;
        }
        StructureSet set = from != null && from.eContainer() instanceof StructureSet ss ? ss : firstStructureSet();
        if (set == null) {
            say("The case has no structure set to add " + name + " to");
            return;
        }
        try {
            StructureEdits.checkName(slices.scene().patientCase(), name, null);
        } catch (ContourException e) {
            say(message(e));
            return;
        }
        Structure created = StructureGeometry.toStructure(mask, name, type, StructureEdits.suggestedColour(slices.scene().patientCase(), type));
        if (session.change(capitalised(what) + " " + name, () -> {
            if (created.getRoiNumber() == 0) {
                created.setRoiNumber(1 + set.getStructures().stream().mapToInt(Structure::getRoiNumber).max().orElse(0));
            }
            set.getStructures().add(created);
        })) {
            say(String.format(Locale.ROOT, "%s: added %s (%.2f cc)", what, name, mask.volumeCc()));
            refresh();
            selectStructure(name);
        }
    }

    private StructureSet firstStructureSet() {
        return slices.scene().patientCase().getStudies().stream().flatMap(st -> st.getStructureSets().stream()).findFirst().orElse(null);
    }

    private double volumeAfter(Structure s) {
        return StructureGeometry.mask(s, slices.scene().slicer().grid()).volumeCc();
    }

    /** Replaces a structure's contours as one undoable edit; the message is made after it ran. */
    private boolean replaceContours(String label, Structure s, List<org.opensabt.model.Contour> contours, java.util.function.Supplier<String> done) {
        List<org.opensabt.model.Contour> after = List.copyOf(contours);
        if (!session.change(label, () -> {
            s.getContours().clear();
            s.getContours().addAll(after);
        })) {
            return false;
        }
        say(done.get());
        return true;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private void save() {
        try {
            session.save();
            say("saved " + session.folder());
        } catch (IOException | RuntimeException e) {
            say("Not saved: " + e.getMessage());
        }
    }

    /** A structure edit's refusal as the status line says it. */
    static String message(ContourException e) {
        return e instanceof ContourException.NameTaken taken ? "A structure named " + taken.name() + " exists already; choose another name"
                : capitalised(e.getMessage());
    }

    void say(String text) {
        status.setText(text);
        layout(true, true);
    }

    private Spinner spinner(int value, int min, int max) {
        Spinner s = new Spinner(this, SWT.BORDER);
        s.setValues(value, min, max, 0, 1, 5);
        return s;
    }

    private Button button(String text, Runnable action) {
        Button b = new Button(this, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    static GridData spanning() {
        return new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1);
    }
}
