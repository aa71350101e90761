package org.opensabt.viewer.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISaveablePart;
import org.opensabt.model.store.CaseConflictException;
import org.opensabt.model.store.CaseLockedException;
import org.opensabt.viewer.SliceScene;

/**
 * The slice views of the open case and chosen plan (see {@link CaseSession}) with the contouring tools;
 * the tab shows the case's unsaved edits (dirty marker) and the workbench's Save saves them (through the case's
 * {@link CaseSaveable}, so the exit prompt names the case, see {@link SessionView#getSaveables()}).
 */
public final class SlicesView extends SessionView implements ISaveablePart {

    public static final String ID = "org.opensabt.viewer.ui.slicesView";

    private SlicesPanel panel;
    private org.opensabt.model.PatientCase shownCase;
    private final Runnable dirtyListener = () -> firePropertyChange(PROP_DIRTY);

    @Override
    protected Composite create(Composite parent) {
        panel = new SlicesPanel(parent);
        panel.enableEditing(CaseSession.get());
        CaseSession.get().addEditListener(dirtyListener);
        return panel;
    }

    @Override
    protected void show(CaseSession session) {
        if (!live()) {
            return;
        }
        if (session.patientCase() == null) {
            return;
        }
        try {
            SliceScene scene = new SliceScene(session.patientCase(), session.plan());
            panel.setScene(scene);
            boolean newCase = session.patientCase() != shownCase;
            shownCase = session.patientCase();
            if (newCase && scene.plan() != null && scene.plan().getTarget() != null) {
                double[] centre = scene.centroidMm(scene.plan().getTarget().getName());
                if (centre != null) {
                    panel.showPoint(centre);
                }
            }
        } catch (IllegalArgumentException e) {
            notice("Cannot show " + session.patientCase().getCaseId() + ": " + e.getMessage());
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            CaseSession.get().save();
        } catch (java.io.IOException e) {
            notice("Not saved: " + e.getMessage());
            if (e instanceof CaseConflictException || e instanceof CaseLockedException) {
                // the command line wrote (or is writing) the case: say so plainly; the edits stay here, unsaved
                MessageDialog.openError(getSite().getShell(), "Case not saved", e.getMessage()
                        + "\n\nYour changes are still open in the workbench and have not been written.");
            }
        }
    }

    @Override
    public void doSaveAs() {
    }

    @Override
    public boolean isDirty() {
        return CaseSession.get().dirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public boolean isSaveOnCloseNeeded() {
        return isDirty();
    }

    @Override
    public void dispose() {
        CaseSession.get().removeEditListener(dirtyListener);
        super.dispose();
    }
}
