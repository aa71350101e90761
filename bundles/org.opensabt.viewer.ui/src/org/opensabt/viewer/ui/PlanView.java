package org.opensabt.viewer.ui;

import org.eclipse.swt.widgets.Composite;

/** The plan of the open case: chooser, metrics and DVH; choosing a plan shows its dose in the slice views. */
public final class PlanView extends SessionView {

    public static final String ID = "org.opensabt.viewer.ui.planView";

    private PlanPanel panel;

    @Override
    protected Composite create(Composite parent) {
        panel = new PlanPanel(parent);
        panel.onPlanChosen(CaseSession.get()::setPlan);
        return panel;
    }

    @Override
    protected void show(CaseSession session) {
        if (live()) {
            panel.setCase(session.patientCase(), session.plan());
        }
    }
}
