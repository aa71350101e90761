package org.opensabt.plan.ui;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.opensabt.viewer.ui.CaseSession;

/**
 * The handlers of Plan ▸ Approve plan…, Plan ▸ New draft from plan and File ▸ Export DICOM RT…, declared in
 * plugin.xml as {@code PlanHandlers:approve}, {@code :newDraft} and {@code :exportDicom}.
 */
public final class PlanHandlers extends AbstractHandler implements IExecutableExtension {

    private String action = "approve";

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        if (data instanceof String s) {
            action = s;
        }
    }

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = org.opensabt.viewer.ui.HandlerShells.live(event);
        CaseSession session = CaseSession.get();
        switch (action) {
        case "newDraft" -> {
            String refusal = PlanActions.newDraft(session);
            if (refusal != null) {
                MessageDialog.openInformation(shell, "New draft from plan", refusal);
            }
        }
        case "exportDicom" -> {
            if (session.plan() == null) {
                MessageDialog.openInformation(shell, "Export DICOM RT", "Open a case and choose a plan first");
                return null;
            }
            DirectoryDialog choose = new DirectoryDialog(shell);
            choose.setText("Export DICOM RT of plan " + session.plan().getPlanId() + " into");
            String folder = choose.open();
            if (folder != null) {
                PlanActions.exportDicom(session, Path.of(folder), shell, line -> {
                    if (!shell.isDisposed()) {
                        MessageDialog.openInformation(shell, "Export DICOM RT", line);
                    }
                });
            }
        }
        default -> {
            if (session.plan() == null) {
                MessageDialog.openInformation(shell, "Approve plan", "Open a case and choose a plan first");
                return null;
            }
            new ApproveDialog(shell, session).open();
        }
        }
        return null;
    }
}
