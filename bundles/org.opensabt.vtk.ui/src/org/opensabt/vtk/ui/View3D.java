package org.opensabt.vtk.ui;

import org.eclipse.swt.widgets.Composite;
import org.opensabt.viewer.Scene3D;
import org.opensabt.viewer.ui.CaseSession;
import org.opensabt.viewer.ui.SessionView;

/** The 3D view of the open case and chosen plan (see {@link CaseSession}). */
public final class View3D extends SessionView {

    public static final String ID = "org.opensabt.vtk.ui.view3d";

    private View3DPanel panel;

    @Override
    protected Composite create(Composite parent) {
        panel = new View3DPanel(parent);
        return panel;
    }

    @Override
    protected void show(CaseSession session) {
        if (!live() || session.patientCase() == null || !panel.available()) {
            return;
        }
        panel.setScene(Scene3D.of(session.patientCase(), session.plan()));
    }
}
