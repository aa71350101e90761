package org.opensabt.viewer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.opensabt.contour.CaseContents;
import org.opensabt.contour.ContourException;
import org.opensabt.contour.StructureEdits;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.RoiType;
import org.opensabt.model.Structure;
import org.opensabt.viewer.SliceScene;

/**
 * The structure list and legend beside the slice views: per structure its colour, name and type, per
 * isodose level its line (dashed, in its colour) and dose in Gy, then seeds and needles, each with a
 * check box that shows or hides it in all three views (view state, not saved in the case). With editing
 * enabled: New…, Edit… (double click, F2: name, type, colour) and Delete… (Delete key) of structures, each
 * one undoable edit; choosing a structure here makes it the one the drawing tools edit.
 */
public final class StructureLegend extends Composite {

    private static final String SEEDS = "Seeds";
    private static final String NEEDLES = "Needles";

    private final SlicesPanel slices;
    private final Table table;
    private final List<Image> images = new ArrayList<>();
    private CaseSession session;
    private ContourTools tools;
    private Button edit;
    private Button delete;

    StructureLegend(Composite parent, SlicesPanel slices) {
        super(parent, SWT.NONE);
        this.slices = slices;
        GridLayout layout = new GridLayout(3, true);
        layout.marginWidth = 0;
        setLayout(layout);
        table = new Table(this, SWT.CHECK | SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        TableColumn shown = new TableColumn(table, SWT.LEFT);
        shown.setText("Shown");
        shown.setWidth(135);
        TableColumn type = new TableColumn(table, SWT.LEFT);
        type.setText("Type");
        type.setWidth(50);
        table.addListener(SWT.Selection, this::selected);
        table.addListener(SWT.DefaultSelection, e -> editSelected());
        table.addListener(SWT.KeyDown, e -> { // F2 edits, Delete deletes the selected structure
            if (e.keyCode == SWT.F2) {
                editSelected();
            } else if (e.keyCode == SWT.DEL) {
                deleteSelected();
            }
        });
        addListener(SWT.Dispose, e -> disposeImages());
    }

    /** Adds the structure buttons (the session's case is edited; messages go to the tools' status line). */
    void enableEditing(CaseSession session, ContourTools tools) {
        this.session = session;
        this.tools = tools;
        button("New…", this::create);
        edit = button("Edit…", this::editSelected);
        delete = button("Delete…", this::deleteSelected);
        refresh();
        layout(true, true);
    }

    public Table table() {
        return table;
    }

    /** The rows follow the scene: structures of the case, the plan's isodose levels, seeds and needles. */
    public void refresh() {
        if (isDisposed()) {
            return;
        }
        Object chosen = table.getSelectionIndex() >= 0 ? table.getItem(table.getSelectionIndex()).getData() : null;
        table.removeAll();
        disposeImages();
        SliceScene scene = slices.scene();
        SliceCanvas.Layers layers = slices.layers();
        if (scene != null) {
            for (Structure s : CaseContents.structures(scene.patientCase())) {
                List<Integer> c = s.getColorRgb();
                RGB rgb = c.size() == 3 ? new RGB(c.get(0), c.get(1), c.get(2)) : new RGB(255, 255, 0);
                TableItem item = row(s, s.getName(), s.getType().getLiteral(), swatch(rgb, false), layers.shows(s));
                item.setData(s);
            }
            Plan plan = scene.plan();
            if (scene.hasDose() && plan.getPrescriptionDoseGy() > 0) {
                for (int i = 0; i < SliceCanvas.ISODOSE_PERCENTS.length; i++) {
                    double p = SliceCanvas.ISODOSE_PERCENTS[i];
                    row(i, String.format(Locale.ROOT, "%.0f %%  %s Gy", p, gy(plan.getPrescriptionDoseGy() * p / 100)), "dose",
                            swatch(SliceCanvas.ISODOSE_COLORS[i], true), layers.showsIsodose(i));
                }
            }
            if (plan != null) {
                row(SEEDS, SEEDS, "", swatch(SliceCanvas.SEED_COLOR, false), layers.showsSeeds());
                row(NEEDLES, NEEDLES, "", swatch(SliceCanvas.NEEDLE_COLOR, true), layers.showsNeedles());
            }
        }
        for (int i = 0; i < table.getItemCount(); i++) {
            if (chosen != null && chosen.equals(table.getItem(i).getData())) {
                table.select(i);
            }
        }
        updateButtons();
    }

    /** 140 Gy, 72.5 Gy: one decimal only where it is not zero. */
    static String gy(double doseGy) {
        return Math.abs(doseGy - Math.round(doseGy)) < 0.05 ? String.format(Locale.ROOT, "%.0f", doseGy) : String.format(Locale.ROOT, "%.1f", doseGy);
    }

    private TableItem row(Object data, String text, String type, Image image, boolean checked) {
        TableItem item = new TableItem(table, SWT.NONE);
        item.setText(new String[] { text, type });
        item.setImage(0, image);
        item.setChecked(checked);
        item.setData(data);
        return item;
    }

    /** The row of a structure (by name), an isodose level ("100 %") or "Seeds"/"Needles", or null. */
    public TableItem item(String text) {
        for (TableItem item : table.getItems()) {
            if (item.getText(0).equalsIgnoreCase(text) || item.getText(0).startsWith(text + " ")) {
                return item;
            }
        }
        return null;
    }

    private void selected(Event e) {
        if (e.detail == SWT.CHECK && e.item instanceof TableItem item) {
            boolean on = item.getChecked();
            SliceCanvas.Layers layers = slices.layers();
            if (item.getData() instanceof Structure s) {
                layers.show(s, on);
            } else if (item.getData() instanceof Integer i) {
                layers.showIsodose(i, on);
            } else if (SEEDS.equals(item.getData())) {
                layers.showSeeds(on);
            } else if (NEEDLES.equals(item.getData())) {
                layers.showNeedles(on);
            }
            slices.redrawViews();
        } else if (e.item instanceof TableItem item && item.getData() instanceof Structure s && tools != null) {
            tools.selectStructure(s.getName()); // the drawing tools edit the structure chosen here
        }
        updateButtons();
    }

    private Structure selectedStructure() {
        int i = table.getSelectionIndex();
        return i >= 0 && table.getItem(i).getData() instanceof Structure s ? s : null;
    }

    private void updateButtons() {
        if (edit != null) {
            boolean structure = selectedStructure() != null;
            edit.setEnabled(structure);
            delete.setEnabled(structure);
        }
    }

    private PatientCase patientCase() {
        return slices.scene() == null ? null : slices.scene().patientCase();
    }

    private void create() {
        PatientCase c = patientCase();
        if (c == null || session == null) {
            return;
        }
        StructureDialog d = new StructureDialog(getShell(), "New structure", c, null,
                new StructureDialog.Values("", RoiType.OAR, StructureEdits.suggestedColour(c, RoiType.OAR)));
        if (d.open() != Window.OK) {
            return;
        }
        StructureDialog.Values v = d.values();
        if (change("New structure " + v.name(), () -> StructureEdits.create(c, v.name(), v.type(), v.colorRgb()))) {
            tools.refresh();
            tools.selectStructure(v.name());
            select(v.name());
            tools.say("added " + v.name() + " (" + v.type().getLiteral() + "): draw it with Polygon or Brush on the axial view");
        }
    }

    private void editSelected() {
        Structure s = selectedStructure();
        PatientCase c = patientCase();
        if (s == null || c == null || session == null) {
            return;
        }
        List<Integer> rgb = s.getColorRgb();
        int[] before = rgb.size() == 3 ? new int[] { rgb.get(0), rgb.get(1), rgb.get(2) } : new int[] { 255, 255, 0 };
        StructureDialog d = new StructureDialog(getShell(), "Edit structure " + s.getName(), c, s, new StructureDialog.Values(s.getName(), s.getType(), before));
        if (d.open() != Window.OK) {
            return;
        }
        StructureDialog.Values v = d.values();
        String oldName = s.getName();
        RoiType oldType = s.getType();
        boolean renamed = !v.name().equals(oldName);
        boolean retyped = v.type() != oldType;
        boolean recoloured = !java.util.Arrays.equals(v.colorRgb(), before);
        List<String> what = new ArrayList<>();
        if (renamed) {
            what.add("Rename " + oldName + " to " + v.name());
        }
        if (retyped) {
            what.add((renamed ? "type " : "Type of " + oldName + " ") + oldType.getLiteral() + " → " + v.type().getLiteral());
        }
        if (recoloured) {
            what.add(renamed || retyped ? "colour" : "Colour of " + oldName);
        }
        if (what.isEmpty()) {
            return;
        }
        if (change(String.join(", ", what), () -> {
            if (renamed) {
                StructureEdits.rename(c, s, v.name());
            }
            if (retyped) {
                StructureEdits.setType(s, v.type());
            }
            if (recoloured) {
                StructureEdits.setColour(s, v.colorRgb());
            }
        })) {
            tools.refresh();
            tools.selectStructure(v.name());
            tools.say(String.join(", ", what));
        }
    }

    private void deleteSelected() {
        Structure s = selectedStructure();
        PatientCase c = patientCase();
        if (s == null || c == null || session == null) {
            return;
        }
        try {
            StructureEdits.checkDelete(c, s);
        } catch (ContourException e) {
            tools.say(ContourTools.message(e));
            return;
        }
        List<String> dependents = StructureEdits.dependents(c, s);
        String question = "Delete " + s.getName() + " (" + s.getType().getLiteral() + ", " + s.getContours().size() + " contours)?"
                + (dependents.isEmpty() ? "" : "\n\nDeleted with it: " + String.join("; ", dependents) + ".") + "\n\nEdit ▸ Undo brings it back.";
        if (!MessageDialog.openQuestion(getShell(), "Delete structure", question)) {
            return;
        }
        String name = s.getName();
        if (change("Delete " + name, () -> StructureEdits.delete(c, s))) {
            tools.refresh();
            tools.say("deleted " + name + (dependents.isEmpty() ? "" : " and " + String.join("; ", dependents)));
        }
    }

    private interface Edit {
        void run() throws ContourException;
    }

    /** One undoable edit on the session; a refused edit (checked before, so rare) is rolled back and said. */
    private boolean change(String label, Edit edit) {
        String[] problem = new String[1];
        boolean done = session.change(label, () -> {
            try {
                edit.run();
            } catch (ContourException e) {
                problem[0] = ContourTools.message(e);
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
        if (!done) {
            tools.say(problem[0] != null ? problem[0] : label + ": not done");
        }
        return done;
    }

    private void select(String name) {
        TableItem item = item(name);
        if (item != null) {
            table.setSelection(item);
            updateButtons();
        }
    }

    private Image swatch(RGB rgb, boolean line) {
        Image image = swatch(getDisplay(), rgb, line);
        images.add(image);
        return image;
    }

    /** A 16×12 colour swatch, or a dashed line sample on black (isodoses, needles). */
    static Image swatch(Display display, RGB rgb, boolean line) {
        Image image = new Image(display, 16, 12);
        GC gc = new GC(image);
        try {
            Color c = new Color(rgb);
            gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
            gc.fillRectangle(0, 0, 16, 12);
            if (line) {
                gc.setForeground(c);
                gc.setLineWidth(2);
                gc.setLineDash(new int[] { 4, 2 });
                gc.drawLine(0, 6, 16, 6);
            } else {
                gc.setBackground(c);
                gc.fillRectangle(1, 1, 14, 10);
            }
        } finally {
            gc.dispose();
        }
        return image;
    }

    private void disposeImages() {
        images.forEach(Image::dispose);
        images.clear();
    }

    private Button button(String text, Runnable action) {
        Button b = new Button(this, SWT.PUSH);
        b.setText(text);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }
}
