package org.opensabt.viewer.ui;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** The shell a menu handler should parent its dialogs and jobs on. */
public final class HandlerShells {

    private HandlerShells() {
    }

    /**
     * The event's active shell, or its workbench window's shell when that one is gone: right after a dialog
     * closes, the event can still name the dialog's disposed shell, and a dialog or job on it would fail.
     */
    public static Shell live(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        if (shell != null && !shell.isDisposed()) {
            return shell;
        }
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        return window != null ? window.getShell() : shell;
    }
}
