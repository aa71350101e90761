package org.opensabt.plan.ui;

import org.eclipse.swt.widgets.Composite;
import org.opensabt.viewer.ui.CaseSession;
import org.opensabt.viewer.ui.SessionView;

/** The Needle table view of the Planning perspective (see {@link NeedleTablePanel}). */
public final class NeedleTableView extends SessionView {

    public static final String ID = "org.opensabt.plan.ui.needleTableView";

    private NeedleTablePanel panel;

    @Override
    protected Composite create(Composite parent) {
        panel = new NeedleTablePanel(parent, CaseSession.get());
        return panel;
    }

    @Override
    protected void show(CaseSession session) {
        if (live()) {
            panel.refresh();
        }
    }
}
