package org.opensabt.viewer.ui;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.part.ViewPart;
import org.opensabt.model.PatientCase;
import org.opensabt.model.store.CaseConflictException;
import org.opensabt.model.store.CaseLockedException;

/**
 * A workbench view that shows the {@link CaseSession}'s case and plan and follows their changes. Its content
 * description is the session's patient banner ("Doe^J (STS_001) · case sts-001 · plan plan-1 DRAFT", followed
 * by the view's own {@link #notice(String)}), so no view can show another patient unnoticed. When another case
 * is opened, {@link #clear()} runs before {@link #show(CaseSession)}: views drop what they showed of the previous
 * patient there (status lines, readouts). The open case is the view's {@link Saveable}, one for all views: every
 * session view is a saveable part (its tab shows '*' while the case has unsaved edits, File ▸ Save saves the case),
 * so that closing the workbench asks once, naming the case ("'case sts-001 (STS_001, Doe^J): Add plan ui-plan-1'
 * has been modified. Save changes?").
 */
public abstract class SessionView extends ViewPart implements ISaveablePart, ISaveablesSource {

    private final Consumer<CaseSession> listener = this::update;
    private final Runnable editListener = () -> {
        if (live()) {
            edited(CaseSession.get());
            showBanner();
            firePropertyChange(PROP_DIRTY);
        }
    };
    private Composite content;
    private PatientCase shownCase;
    private String notice;
    private int requests;

    /** Creates the view's content (shown again on every change of case or plan). */
    protected abstract Composite create(Composite parent);

    /** Shows the session's case and plan. */
    protected abstract void show(CaseSession session);

    /**
     * Called when the session's case is replaced (another case opened), before {@link #show(CaseSession)}:
     * forget everything of the previous patient (status lines, readouts, selections). Does nothing by default.
     */
    protected void clear() {
    }

    /** Called after every edit, undo, redo and save of the case (the banner is updated anyway). Does nothing by default. */
    protected void edited(CaseSession session) {
    }

    @Override
    public final void createPartControl(Composite parent) {
        StartTimes.mark("create " + getViewSite().getId());
        content = create(parent);
        StartTimes.mark("created " + getViewSite().getId());
        CaseSession session = CaseSession.get();
        update(session);
        session.addListener(listener);
        session.addEditListener(editListener);
    }

    private void update(CaseSession session) {
        if (!live()) {
            return;
        }
        notice = null;
        if (session.patientCase() != shownCase) {
            requests++; // what is still being computed for the previous case is dropped
            if (shownCase != null) {
                clear();
            }
            shownCase = session.patientCase();
        }
        show(session);
        showBanner();
        if (session.patientCase() != null) {
            StartTimes.mark("shown " + getViewSite().getId() + " " + session.patientCase().getCaseId());
        }
    }

    /** A line of this view's own after the banner (e.g. "Not saved: …"); null to remove it. Kept until the next change of case or plan. */
    protected void notice(String text) {
        notice = text;
        showBanner();
    }

    private void showBanner() {
        if (!live()) {
            return;
        }
        CaseSession session = CaseSession.get();
        String text = session.banner();
        if (session.problem() != null) {
            text += " \u2014 " + session.problem();
        }
        if (notice != null) {
            text += " \u2014 " + notice;
        }
        if (!text.equals(getContentDescription())) {
            setContentDescription(text);
        }
    }

    /**
     * Computes something slow for the view off the UI thread (e.g. the 3D surfaces of the case), then applies it
     * on the UI thread, unless the case or plan changed meanwhile (a newer request replaces an older one). A
     * computation that fails is shown as the view's notice.
     */
    protected final <T> void inBackground(String name, java.util.function.Supplier<T> compute, Consumer<T> apply) {
        int request = ++requests;
        org.eclipse.swt.widgets.Display display = content.getDisplay();
        Thread worker = new Thread(() -> {
            T result;
            try {
                result = compute.get();
                StartTimes.mark("computed " + name + " (background)");
            } catch (RuntimeException e) {
                display.asyncExec(() -> {
                    if (live() && request == requests) {
                        notice(name + " failed: " + e.getMessage());
                    }
                });
                return;
            }
            display.asyncExec(() -> {
                if (live() && request == requests) {
                    apply.accept(result);
                    CaseSession session = CaseSession.get();
                    StartTimes.mark("filled " + getViewSite().getId() + (session.patientCase() == null ? "" : " " + session.patientCase().getCaseId()));
                }
            });
        }, "OpenSABT: " + name);
        worker.setDaemon(true);
        worker.start();
    }

    protected boolean live() {
        return content != null && !content.isDisposed();
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
    public Saveable[] getSaveables() {
        return CaseSession.get().patientCase() == null ? new Saveable[0] : new Saveable[] { CaseSession.get().saveable() };
    }

    @Override
    public Saveable[] getActiveSaveables() {
        return getSaveables();
    }

    @Override
    public void dispose() {
        CaseSession.get().removeListener(listener);
        CaseSession.get().removeEditListener(editListener);
        super.dispose();
    }

    @Override
    public void setFocus() {
        content.setFocus();
    }
}
