package org.opensabt.vtk.ui;

import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.opensabt.viewer.Scene3D;
import org.opensabt.viewer.ui.CaseSession;
import org.opensabt.viewer.ui.SessionView;
import org.opensabt.viewer.ui.StartTimes;
import org.opensabt.vtk.VtkRuntime;
import org.opensabt.vtk.VtkScene;

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
        // the case open now is made into a scene in the same thread, right after VTK is loaded, not after the UI thread is free again
        CaseSession opening = CaseSession.get();
        org.opensabt.model.PatientCase patientCase = opening.patientCase();
        org.opensabt.model.Plan plan = opening.plan();
        Object lastEdit = opening.commands().getUndoCommand(); // an edit meanwhile (same case and plan) makes the early scene stale
        Thread loader = new Thread(() -> {
            java.util.concurrent.atomic.AtomicReference<Map.Entry<VtkScene, Scene3D>> early = new java.util.concurrent.atomic.AtomicReference<>();
            try {
                boolean available = VtkRuntime.availability().available(); // loads VTK's libraries once (seconds on a cold start)
                StartTimes.mark("VTK loaded (background)");
                if (available && patientCase != null) {
                    early.set(scene(patientCase, plan));
                }
            } catch (RuntimeException e) {
                // show() below makes the scene again and reports the failure in the view
            } finally {
                // whatever happened above, the panel is made (else the view would say "Loading" for good)
                display.asyncExec(() -> {
                    if (holder.isDisposed()) {
                        return;
                    }
                    loading.dispose();
                    panel = new View3DPanel(holder);
                    holder.layout(true, true);
                    CaseSession session = CaseSession.get();
                    Map.Entry<VtkScene, Scene3D> made = early.get();
                    if (made != null && panel.available() && session.patientCase() == patientCase && session.plan() == plan
                            && session.commands().getUndoCommand() == lastEdit) {
                        panel.setScene(made.getKey(), made.getValue());
                        StartTimes.mark("filled " + getViewSite().getId() + " " + patientCase.getCaseId());
                    } else {
                        show(session);
                    }
                });
            }
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
        // the VTK meshes too: smoothing and decimating them takes seconds, which the UI thread must not wait for
        View3DPanel shownIn = panel;
        inBackground("3D scene of " + patientCase.getCaseId(), () -> scene(patientCase, plan), made -> shownIn.setScene(made.getKey(), made.getValue()));
    }

    /** The scene of a case and plan, and its VTK actors (seconds for a real CT: off the UI thread). */
    private static Map.Entry<VtkScene, Scene3D> scene(org.opensabt.model.PatientCase patientCase, org.opensabt.model.Plan plan) {
        Scene3D scene = Scene3D.of(patientCase, plan);
        return Map.entry(new VtkScene(scene), scene);
    }
}
