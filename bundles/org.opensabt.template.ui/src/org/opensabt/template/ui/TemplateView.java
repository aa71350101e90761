package org.opensabt.template.ui;

import org.eclipse.swt.widgets.Composite;
import org.opensabt.viewer.ui.CaseSession;
import org.opensabt.viewer.ui.SessionView;

/**
 * The Template view: export the chosen plan's needle template. A {@link SessionView}: the patient banner names
 * the case and plan the template is made for (the panel follows the session's plan itself).
 */
public final class TemplateView extends SessionView {

    public static final String ID = "org.opensabt.template.ui.view";

    @Override
    protected Composite create(Composite parent) {
        return new TemplatePanel(parent, CaseSession.get());
    }

    @Override
    protected void show(CaseSession session) {
        // the panel listens to the session itself
    }
}
