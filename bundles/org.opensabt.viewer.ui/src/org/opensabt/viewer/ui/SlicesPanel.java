package org.opensabt.viewer.ui;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.viewer.Orientation;
import org.opensabt.viewer.SliceScene;
import org.opensabt.viewer.WindowLevel;

/**
 * Axial, coronal and sagittal views of a case side by side with linked crosshairs, a structure list and
 * legend beside them (visibility per structure, isodose level, seeds and needles; view state, not saved),
 * the window/level (a preset, or set by right-button drag in any view: horizontal width, vertical level),
 * the plan shown and a readout of position (mm), HU and dose (Gy) under the mouse. Showing another case
 * clears the readout, crosshair, measurement, selection, visibility and window.
 */
public final class SlicesPanel extends Composite {

    private final SliceCanvas[] views = new SliceCanvas[3];
    private final Combo windows;
    private final Label planLabel;
    private final Label readout;
    private final StructureLegend legend;
    private final SliceCanvas.Layers layers = new SliceCanvas.Layers();
    private WindowLevel window = WindowLevel.presets().get(0);
    private SliceScene scene;
    private ContourTools tools;

    public SlicesPanel(Composite parent) {
        super(parent, SWT.NONE);
        GridLayout grid = new GridLayout(4, false);
        setLayout(grid);
        Composite bar = new Composite(this, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        bar.setLayout(new GridLayout(3, false));
        windows = new Combo(bar, SWT.READ_ONLY);
        windows.setToolTipText("Window/level preset; or drag with the right mouse button in a view: horizontal = width, vertical = level");
        showWindowChoice();
        windows.addListener(SWT.Selection, e -> {
            int i = windows.getSelectionIndex();
            if (i >= 0 && i < WindowLevel.presets().size()) {
                setWindow(WindowLevel.presets().get(i));
            }
        });
        planLabel = new Label(bar, SWT.NONE);
        planLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        readout = new Label(bar, SWT.NONE);
        readout.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Orientation[] order = { Orientation.AXIAL, Orientation.CORONAL, Orientation.SAGITTAL };
        for (int i = 0; i < 3; i++) {
            SliceCanvas v = new SliceCanvas(this, order[i]);
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
            data.widthHint = 1; // equal shares of the width
            v.setLayoutData(data);
            v.setLayers(layers);
            v.onCrosshair(this::showPoint);
            v.onReadout(text -> {
                readout.setText(text);
                readout.getParent().layout();
            });
            v.onWindowDragged(this::setWindow);
            views[i] = v;
        }
        legend = new StructureLegend(this, this);
        GridData legendData = new GridData(SWT.FILL, SWT.FILL, false, true);
        legendData.widthHint = 195;
        legend.setLayoutData(legendData);
    }

    /** Adds the contouring tools under the views, editing the session's case (see {@link ContourTools}), and the legend's structure edits. */
    public ContourTools enableEditing(CaseSession session) {
        if (tools == null) {
            tools = new ContourTools(this, this, session);
            tools.setLayoutData(ContourTools.spanning());
            tools.moveAbove(views[0]);
            legend.enableEditing(session, tools);
            layout(true, true);
        }
        return tools;
    }

    public ContourTools tools() {
        return tools;
    }

    public StructureLegend legend() {
        return legend;
    }

    public List<SliceCanvas> views() {
        return List.of(views);
    }

    public SliceScene scene() {
        return scene;
    }

    /** What the views show (view state). */
    public SliceCanvas.Layers layers() {
        return layers;
    }

    /** The window/level of all three views. */
    public WindowLevel window() {
        return window;
    }

    /** Sets the window/level of all three views (a preset or a dragged one); the choice shows it in HU. */
    public void setWindow(WindowLevel w) {
        window = w;
        for (SliceCanvas v : views) {
            if (v.window() != w) {
                v.setWindow(w);
            }
        }
        showWindowChoice();
    }

    public String readoutText() {
        return readout.getText();
    }

    private void showWindowChoice() {
        List<WindowLevel> presets = WindowLevel.presets();
        String[] items = new String[presets.size() + (presets.contains(window) ? 0 : 1)];
        for (int i = 0; i < presets.size(); i++) {
            items[i] = label(presets.get(i));
        }
        if (items.length > presets.size()) {
            items[presets.size()] = label(window);
        }
        if (!List.of(items).equals(List.of(windows.getItems()))) {
            windows.setItems(items);
        }
        windows.select(presets.contains(window) ? presets.indexOf(window) : presets.size());
        windows.getParent().layout();
    }

    private static String label(WindowLevel w) {
        return String.format(Locale.ROOT, "%s (W %.0f / L %.0f HU)", w.name(), w.widthHu(), w.centreHu());
    }

    /** Shows a scene; a scene of another case first clears what belonged to the previous one. */
    public void setScene(SliceScene scene) {
        PatientCase before = this.scene == null ? null : this.scene.patientCase();
        PatientCase after = scene == null ? null : scene.patientCase();
        if (before != after) {
            layers.reset();
            readout.setText("");
            for (SliceCanvas v : views) {
                v.reset();
            }
            window = WindowLevel.presets().get(0);
            showWindowChoice();
            if (tools != null) {
                tools.caseChanged();
            }
        }
        this.scene = scene;
        for (SliceCanvas v : views) {
            v.setScene(scene);
        }
        if (tools != null) {
            tools.refresh();
        }
        legend.refresh();
        Plan plan = scene == null ? null : scene.plan();
        planLabel.setText(plan == null ? "No plan" : String.format(Locale.ROOT, "Plan %s: %d seeds, Rx %.1f Gy", plan.getPlanId(),
                plan.getSeeds().size(), plan.getPrescriptionDoseGy()));
        layout(true, true);
    }

    /** Redraws the three views (after a change of what is shown or of the structures). */
    public void redrawViews() {
        for (SliceCanvas v : views) {
            v.redraw();
        }
    }

    /** Moves every view to the slices through a patient point (linked crosshair). */
    public void showPoint(double[] patientMm) {
        for (SliceCanvas v : views) {
            v.showPoint(patientMm);
        }
    }
}
