package org.opensabt.viewer.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;

/**
 * The plan of the open case: the plan request and "Optimise" (a background job with progress and
 * Cancel, always visible at the top of the request), the plan chooser, metrics and DVH (marked out of date
 * after an edit, with "Recompute dose"); choosing a plan shows its dose in the slice views.
 */
public final class PlanView extends SessionView {

    public static final String ID = "org.opensabt.viewer.ui.planView";

    private Content content;

    /** The view's content: the request with its action bar at the left, the plan at the right. */
    record Content(SashForm sash, PlanningControls controls, PlanPanel panel) {
        void show(CaseSession session) {
            panel.setCase(session.patientCase(), session.plan());
            controls.refresh();
        }
    }

    /** Builds the view's content in {@code parent} (also used by the tests, without a workbench). */
    static Content content(Composite parent, CaseSession session) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        PlanningControls controls = new PlanningControls(sash, session);
        PlanPanel panel = new PlanPanel(sash, session);
        panel.onPlanChosen(session::setPlan);
        sash.setWeights(1, 2);
        return new Content(sash, controls, panel);
    }

    @Override
    protected Composite create(Composite parent) {
        content = content(parent, CaseSession.get());
        return content.sash();
    }

    /** Another case opened: the status line, the out-of-date line and the Optimise run of the previous patient are dropped. */
    @Override
    protected void clear() {
        if (live()) {
            content.controls().clear();
            content.panel().clear();
        }
    }

    /** The planning controls' whole status line (for tests and the lead's walkthrough). */
    public String planningStatus() {
        return live() ? content.controls().statusText() : null;
    }

    /** The view's planning controls (for tests). */
    public PlanningControls controls() {
        return live() ? content.controls() : null;
    }

    @Override
    protected void show(CaseSession session) {
        if (live()) {
            content.show(session);
        }
    }
}
