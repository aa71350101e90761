package org.opensabt.viewer.ui;

import org.eclipse.swt.widgets.Composite;
import org.opensabt.viewer.SliceScene;

/**
 * The slice views of the open case and chosen plan (see {@link CaseSession}) with the contouring tools;
 * like every {@link SessionView}, the tab shows the case's unsaved edits (dirty marker) and the workbench's Save
 * saves them (through the case's {@link CaseSaveable}, so the exit prompt names the case).
 */
public final class SlicesView extends SessionView {

    public static final String ID = "org.opensabt.viewer.ui.slicesView";

    private SlicesPanel panel;
    private org.opensabt.model.PatientCase shownCase;

    @Override
    protected Composite create(Composite parent) {
        panel = new SlicesPanel(parent);
        panel.enableEditing(CaseSession.get());
        return panel;
    }

    @Override
    protected void show(CaseSession session) {
        if (!live() || session.patientCase() == null) {
            return;
        }
        org.opensabt.model.PatientCase patientCase = session.patientCase();
        org.opensabt.model.Plan plan = session.plan();
        if (shownCase == null) {
            // the first scene (at start): its structure masks are computed off the UI thread while the window fills
            inBackground("slices of " + patientCase.getCaseId(), () -> new SliceScene(patientCase, plan), scene -> showScene(patientCase, scene));
            return;
        }
        try {
            showScene(patientCase, new SliceScene(patientCase, plan));
        } catch (IllegalArgumentException e) {
            notice("Cannot show " + patientCase.getCaseId() + ": " + e.getMessage());
        }
    }

    private void showScene(org.opensabt.model.PatientCase patientCase, SliceScene scene) {
        panel.setScene(scene);
        boolean newCase = patientCase != shownCase;
        shownCase = patientCase;
        if (newCase && scene.plan() != null && scene.plan().getTarget() != null) {
            double[] centre = scene.centroidMm(scene.plan().getTarget().getName());
            if (centre != null) {
                panel.showPoint(centre);
            }
        }
    }
}
