package org.opensabt.report.ui;

import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.handlers.HandlerUtil;
import org.opensabt.viewer.ui.CaseSession;

/** The handler of Plan ▸ Plan report PDF… ({@link PlanReportAction} on the session's case and shown plan; messages on the status line). */
public final class PlanReportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = org.opensabt.viewer.ui.HandlerShells.live(event);
        IStatusLineManager line = statusLine(HandlerUtil.getActivePart(event));
        Consumer<String> status = message -> {
            if (line != null) {
                line.setErrorMessage(null);
                line.setMessage(message);
            } else if (!message.startsWith("Plan report: ") && !message.startsWith("Writing") && !shell.isDisposed()) {
                MessageDialog.openInformation(shell, "Plan report PDF", message); // no status line here: the outcome in a dialog
            }
        };
        PlanReportAction.run(shell, CaseSession.get(), status);
        return null;
    }

    static IStatusLineManager statusLine(IWorkbenchPart part) {
        IWorkbenchPartSite site = part == null ? null : part.getSite();
        if (site instanceof IViewSite view) {
            return view.getActionBars().getStatusLineManager();
        }
        if (site instanceof IEditorSite editor) {
            return editor.getActionBars().getStatusLineManager();
        }
        return null;
    }
}
