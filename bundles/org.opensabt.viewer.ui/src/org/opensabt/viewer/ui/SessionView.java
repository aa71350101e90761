package org.opensabt.viewer.ui;

import java.util.function.Consumer;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/** A workbench view that shows the {@link CaseSession}'s case and plan and follows their changes. */
public abstract class SessionView extends ViewPart {

    private final Consumer<CaseSession> listener = this::show;
    private Composite content;

    /** Creates the view's content (shown again on every change of case or plan). */
    protected abstract Composite create(Composite parent);

    /** Shows the session's case and plan. */
    protected abstract void show(CaseSession session);

    @Override
    public final void createPartControl(Composite parent) {
        content = create(parent);
        CaseSession session = CaseSession.get();
        show(session);
        session.addListener(listener);
    }

    protected boolean live() {
        return content != null && !content.isDisposed();
    }

    @Override
    public void dispose() {
        CaseSession.get().removeListener(listener);
        super.dispose();
    }

    @Override
    public void setFocus() {
        content.setFocus();
    }
}
