package org.opensabt.viewer.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;

/**
 * The plan of the open case: the plan request and "Optimise" (a background job with progress and
 * Cancel), the plan chooser, metrics and DVH; choosing a plan shows its dose in the slice views.
 */
public final class PlanView extends SessionView {

    public static final String ID = "org.opensabt.viewer.ui.planView";

    private PlanPanel panel;
    private PlanningControls controls;

    @Override
    protected Composite create(Composite parent) {
        SashForm content = new SashForm(parent, SWT.HORIZONTAL);
        ScrolledComposite scroll = new ScrolledComposite(content, SWT.V_SCROLL);
        controls = new PlanningControls(scroll, CaseSession.get());
        scroll.setContent(controls);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, e -> scroll.setMinSize(controls.computeSize(scroll.getClientArea().width, SWT.DEFAULT)));
        panel = new PlanPanel(content);
        panel.onPlanChosen(CaseSession.get()::setPlan);
        content.setWeights(1, 2);
        return content;
    }

    @Override
    protected void show(CaseSession session) {
        if (live()) {
            panel.setCase(session.patientCase(), session.plan());
            controls.refresh();
        }
    }
}
