package org.opensabt.viewer.ui;

import java.util.function.Consumer;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/** The plan of the open case: chooser, metrics and DVH; choosing a plan shows its dose in the slice views. */
public final class PlanView extends ViewPart {

    public static final String ID = "org.opensabt.viewer.ui.planView";

    private PlanPanel panel;
    private final Consumer<CaseSession> listener = s -> {
        if (panel != null && !panel.isDisposed()) {
            panel.setCase(s.patientCase(), s.plan());
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        panel = new PlanPanel(parent);
        CaseSession session = CaseSession.get();
        panel.onPlanChosen(session::setPlan);
        panel.setCase(session.patientCase(), session.plan());
        session.addListener(listener);
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
