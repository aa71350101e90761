package org.opensabt.viewer.ui;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.opensabt.model.Plan;
import org.opensabt.viewer.Orientation;
import org.opensabt.viewer.SliceScene;
import org.opensabt.viewer.WindowLevel;

/**
 * Axial, coronal and sagittal views of a case side by side with linked crosshairs, a window/level preset,
 * the plan shown and a readout of position (mm), HU and dose (Gy) under the mouse.
 */
public final class SlicesPanel extends Composite {

    private final SliceCanvas[] views = new SliceCanvas[3];
    private final Combo windows;
    private final Label planLabel;
    private final Label readout;
    private SliceScene scene;
    private ContourTools tools;

    public SlicesPanel(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(3, true));
        Composite bar = new Composite(this, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        bar.setLayout(new GridLayout(3, false));
        windows = new Combo(bar, SWT.READ_ONLY);
        for (WindowLevel w : WindowLevel.presets()) {
            windows.add(String.format(Locale.ROOT, "%s (W %.0f / L %.0f HU)", w.name(), w.widthHu(), w.centreHu()));
        }
        windows.select(0);
        windows.addListener(SWT.Selection, e -> {
            for (SliceCanvas v : views) {
                v.setWindow(WindowLevel.presets().get(windows.getSelectionIndex()));
            }
        });
        planLabel = new Label(bar, SWT.NONE);
        planLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        readout = new Label(bar, SWT.NONE);
        readout.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Orientation[] order = { Orientation.AXIAL, Orientation.CORONAL, Orientation.SAGITTAL };
        for (int i = 0; i < 3; i++) {
            SliceCanvas v = new SliceCanvas(this, order[i]);
            v.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            v.onCrosshair(this::showPoint);
            v.onReadout(text -> {
                readout.setText(text);
                readout.getParent().layout();
            });
            views[i] = v;
        }
    }

    /** Adds the contouring tools under the views, editing the session's case (see {@link ContourTools}). */
    public ContourTools enableEditing(CaseSession session) {
        if (tools == null) {
            tools = new ContourTools(this, this, session);
            tools.setLayoutData(ContourTools.spanning());
            tools.moveAbove(views[0]);
            layout(true, true);
        }
        return tools;
    }

    public ContourTools tools() {
        return tools;
    }

    public List<SliceCanvas> views() {
        return List.of(views);
    }

    public SliceScene scene() {
        return scene;
    }

    public void setScene(SliceScene scene) {
        this.scene = scene;
        for (SliceCanvas v : views) {
            v.setScene(scene);
        }
        if (tools != null) {
            tools.refresh();
        }
        Plan plan = scene == null ? null : scene.plan();
        planLabel.setText(plan == null ? "No plan" : String.format(Locale.ROOT, "Plan %s: %d seeds, Rx %.1f Gy; isodoses 50/100/150/200 %%", plan.getPlanId(),
                plan.getSeeds().size(), plan.getPrescriptionDoseGy()));
        layout(true, true);
    }

    /** Moves every view to the slices through a patient point (linked crosshair). */
    public void showPoint(double[] patientMm) {
        for (SliceCanvas v : views) {
            v.showPoint(patientMm);
        }
    }
}
