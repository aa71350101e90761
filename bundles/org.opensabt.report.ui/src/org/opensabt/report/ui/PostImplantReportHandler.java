package org.opensabt.report.ui;

import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.opensabt.viewer.ui.CaseSession;

/** The handler of Plan ▸ Post-implant report PDF… ({@link PostImplantReportAction} on the session's case and its last implant; messages on the status line). */
public final class PostImplantReportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = org.opensabt.viewer.ui.HandlerShells.live(event);
        IStatusLineManager line = PlanReportHandler.statusLine(HandlerUtil.getActivePart(event));
        Consumer<String> status = message -> {
            if (line != null) {
                line.setErrorMessage(null);
                line.setMessage(message);
            } else if (!message.startsWith("Post-implant report: ") && !message.startsWith("Writing") && !shell.isDisposed()) {
                MessageDialog.openInformation(shell, "Post-implant report PDF", message); // no status line here: the outcome in a dialog
            }
        };
        PostImplantReportAction.run(shell, CaseSession.get(), null, status);
        return null;
    }
}
