package org.opensabt.viewer.ui;

import org.eclipse.swt.widgets.Composite;
import org.opensabt.viewer.SliceScene;

/** The slice views of the open case and chosen plan (see {@link CaseSession}). */
public final class SlicesView extends SessionView {

    public static final String ID = "org.opensabt.viewer.ui.slicesView";

    private SlicesPanel panel;

    @Override
    protected Composite create(Composite parent) {
        panel = new SlicesPanel(parent);
        return panel;
    }

    @Override
    protected void show(CaseSession session) {
        if (!live()) {
            return;
        }
        if (session.problem() != null) {
            setContentDescription(session.problem());
        }
        if (session.patientCase() == null) {
            return;
        }
        try {
            SliceScene scene = new SliceScene(session.patientCase(), session.plan());
            panel.setScene(scene);
            setContentDescription(session.patientCase().getCaseId() + (session.plan() == null ? "" : ", plan " + session.plan().getPlanId()));
            if (scene.plan() != null && scene.plan().getTarget() != null) {
                double[] centre = scene.centroidMm(scene.plan().getTarget().getName());
                if (centre != null) {
                    panel.showPoint(centre);
                }
            }
        } catch (IllegalArgumentException e) {
            setContentDescription("Cannot show " + session.patientCase().getCaseId() + ": " + e.getMessage());
        }
    }
}
