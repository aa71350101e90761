package org.opensabt.viewer.ui;

import org.eclipse.swt.widgets.Composite;

/** Plan comparison: two or more plans of the open case, DVH overlay, metric table with differences, needles and seeds. */
public final class PlanComparisonView extends SessionView {

    public static final String ID = "org.opensabt.viewer.ui.planComparisonView";

    private PlanComparisonPanel panel;
    private final Runnable edited = () -> {
        if (live()) {
            panel.invalidateLater(); // plans added, replaced or undone; structures edited
        }
    };

    @Override
    protected Composite create(Composite parent) {
        panel = new PlanComparisonPanel(parent);
        CaseSession.get().addEditListener(edited);
        return panel;
    }

    @Override
    protected void show(CaseSession session) {
        if (live()) {
            panel.setCase(session.patientCase());
        }
    }

    @Override
    public void dispose() {
        CaseSession.get().removeEditListener(edited);
        super.dispose();
    }
}
