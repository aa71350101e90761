package org.opensabt.viewer.ui;

import java.io.IOException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.Saveable;

/**
 * The open case as the workbench sees it when saving and closing: views that show the case
 * ({@link SessionView}s that are saveable parts, e.g. the slice views) hand the workbench this one saveable, so
 * its Save saves the case and its exit prompt names the case and what is unsaved ("case sts-001 (STS_001,
 * Doe^J): Add plan ui-plan-1, Add structure Nerve") instead of a view ("Slices"). One per session: all views
 * share it, so the workbench asks once.
 */
public final class CaseSaveable extends Saveable {

    private final CaseSession session;

    CaseSaveable(CaseSession session) {
        this.session = session;
    }

    /** "case sts-001 (STS_001, Doe^J): Add plan ui-plan-1, Add structure Nerve" (the edits only while unsaved). */
    @Override
    public String getName() {
        String edits = String.join(", ", session.unsavedEdits());
        return session.caseName() + (edits.isEmpty() ? "" : ": " + edits);
    }

    @Override
    public String getToolTipText() {
        return session.folder() == null ? getName() : session.folder().toAbsolutePath().toString();
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public void doSave(IProgressMonitor monitor) throws CoreException {
        try {
            session.save();
        } catch (IOException e) {
            throw new CoreException(Status.error("Case not saved: " + e.getMessage()
                    + ". Your changes are still open in the workbench and have not been written.", e));
        }
    }

    @Override
    public boolean isDirty() {
        return session.dirty();
    }

    @Override
    public boolean equals(Object other) {
        return other == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

}
