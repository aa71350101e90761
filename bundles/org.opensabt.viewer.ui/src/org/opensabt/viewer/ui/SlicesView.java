package org.opensabt.viewer.ui;

import java.util.function.Consumer;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.opensabt.viewer.SliceScene;

/** The slice views of the open case and chosen plan (see {@link CaseSession}). */
public final class SlicesView extends ViewPart {

    public static final String ID = "org.opensabt.viewer.ui.slicesView";

    private SlicesPanel panel;
    private final Consumer<CaseSession> listener = this::show;

    @Override
    public void createPartControl(Composite parent) {
        panel = new SlicesPanel(parent);
        CaseSession session = CaseSession.get();
        show(session);
        session.addListener(listener);
    }

    private void show(CaseSession session) {
        if (panel == null || panel.isDisposed()) {
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

    @Override
    public void dispose() {
        CaseSession.get().removeListener(listener);
        super.dispose();
    }

    @Override
    public void setFocus() {
        panel.setFocus();
    }
}
