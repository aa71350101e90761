package org.opensabt.vtk.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.opensabt.viewer.Scene3D;
import org.opensabt.viewer.ui.CaseSession;
import org.opensabt.viewer.ui.SessionView;
import org.opensabt.vtk.VtkRuntime;

/**
 * The 3D view of the open case and chosen plan (see {@link CaseSession}). VTK's libraries are loaded and the
 * scene's surfaces computed off the UI thread, so the other views fill meanwhile.
 */
public final class View3D extends SessionView {

    public static final String ID = "org.opensabt.vtk.ui.view3d";

    private Composite holder;
    private View3DPanel panel;

    @Override
    protected Composite create(Composite parent) {
        holder = new Composite(parent, SWT.NONE);
        holder.setLayout(new FillLayout());
        Label loading = new Label(holder, SWT.WRAP);
        loading.setText("Loading the 3D view\u2026");
        Display display = parent.getDisplay();
        Thread loader = new Thread(() -> {
            VtkRuntime.availability(); // loads VTK's libraries once (seconds on a cold start)
            display.asyncExec(() -> {
                if (holder.isDisposed()) {
                    return;
                }
                loading.dispose();
                panel = new View3DPanel(holder);
                holder.layout(true, true);
                show(CaseSession.get());
            });
        }, "OpenSABT: load VTK");
        loader.setDaemon(true);
        loader.start();
        return holder;
    }

    /** Another case: the previous patient's scene goes at once (the new one is computed in the background). */
    @Override
    protected void clear() {
        if (panel != null) {
            panel.setScene(null);
        }
    }

    @Override
    protected void show(CaseSession session) {
        if (!live() || panel == null || session.patientCase() == null || !panel.available()) {
            return;
        }
        // the surfaces (marching cubes, smoothing, decimation) take seconds for a real CT
        org.opensabt.model.PatientCase patientCase = session.patientCase();
        org.opensabt.model.Plan plan = session.plan();
        inBackground("3D scene of " + patientCase.getCaseId(), () -> Scene3D.of(patientCase, plan), panel::setScene);
    }
}
