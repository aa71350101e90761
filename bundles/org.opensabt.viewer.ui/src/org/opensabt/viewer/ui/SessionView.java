package org.opensabt.viewer.ui;

import java.util.function.Consumer;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.part.ViewPart;
import org.opensabt.model.PatientCase;

/**
 * A workbench view that shows the {@link CaseSession}'s case and plan and follows their changes. Its content
 * description is the session's patient banner ("Doe^J (STS_001) · case sts-001 · plan plan-1 DRAFT", followed
 * by the view's own {@link #notice(String)}), so no view can show another patient unnoticed. When another case
 * is opened, {@link #clear()} runs before {@link #show(CaseSession)}: views drop what they showed of the previous
 * patient there (status lines, readouts). The open case is the view's {@link Saveable} (one for all views).
 */
public abstract class SessionView extends ViewPart implements ISaveablesSource {

    private final Consumer<CaseSession> listener = this::update;
    private final Runnable editListener = () -> {
        if (live()) {
            edited(CaseSession.get());
            showBanner();
        }
    };
    private Composite content;
    private PatientCase shownCase;
    private String notice;

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
        content = create(parent);
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

    protected boolean live() {
        return content != null && !content.isDisposed();
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
