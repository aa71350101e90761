package org.opensabt.template.ui;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.opensabt.viewer.ui.CaseSession;

/** The Template view: export the chosen plan's needle template. */
public final class TemplateView extends ViewPart {

    public static final String ID = "org.opensabt.template.ui.view";

    private TemplatePanel panel;

    @Override
    public void createPartControl(Composite parent) {
        panel = new TemplatePanel(parent, CaseSession.get());
    }

    @Override
    public void setFocus() {
        panel.setFocus();
    }
}
