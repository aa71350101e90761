package org.opensabt.postplan.ui;

import org.eclipse.swt.widgets.Composite;
import org.opensabt.viewer.ui.CaseSession;
import org.opensabt.viewer.ui.SessionView;

/** Post-implant review of the open case's implants: plan vs actual, seed pairing, seed edits (undoable). */
public final class PostImplantView extends SessionView {

    public static final String ID = "org.opensabt.postplan.ui.view";

    private PostImplantPanel panel;

    @Override
    protected Composite create(Composite parent) {
        panel = new PostImplantPanel(parent, CaseSession.get());
        return panel;
    }

    @Override
    protected void show(CaseSession session) {
        if (live()) {
            panel.setCase(session.patientCase());
        }
    }
}
