package org.opensabt.workbench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.opensabt.model.store.CaseStore;
import org.opensabt.viewer.ui.CaseSession;

/** The workbench's ways to open a case; all go through {@link CaseSession#open(Path)}, which asks about unsaved edits first. */
public final class OpenCase {

    /** The DICOM view of bundle org.opensabt.dicom.ui (import a CT into a new case). */
    public static final String DICOM_VIEW = "org.opensabt.dicom.ui.view";
    /** The demo case folder to offer: -Dopensabt.demo.case, else out/demo/sts-001 under the current folder (written by ./opensabt demo). */
    public static final String DEMO_PROPERTY = "opensabt.demo.case";

    private OpenCase() {
    }

    /** Opens the case folder (asking about unsaved edits first); true if it was opened. */
    public static boolean open(Path caseFolder) {
        return CaseSession.get().open(caseFolder);
    }

    /** Asks for a case folder and opens it. */
    public static boolean choose(Shell shell) {
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("Open case folder");
        dialog.setFilterPath(CaseWorkspace.folder().toString());
        String folder = dialog.open();
        return folder != null && open(Path.of(folder));
    }

    public static IAction openAction(IWorkbenchWindow window) {
        Action open = new Action("&Open Case\u2026") {
            @Override
            public void run() {
                choose(window.getShell());
            }
        };
        open.setId("org.opensabt.workbench.openCase");
        return open;
    }

    public static IAction importDicomAction(IWorkbenchWindow window) {
        Action open = new Action("&Import DICOM\u2026") {
            @Override
            public void run() {
                showDicomView(window);
            }
        };
        open.setId("org.opensabt.workbench.importDicom");
        return open;
    }

    /** Shows the DICOM view (import); false when it is not installed. */
    public static boolean showDicomView(IWorkbenchWindow window) {
        try {
            window.getActivePage().showView(DICOM_VIEW);
            return true;
        } catch (PartInitException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(window.getShell(), "Import DICOM", "The DICOM view is not installed: " + e.getMessage());
            return false;
        }
    }

    /** The demo case folder, if one has been made (./opensabt demo writes out/demo/sts-001), else null. */
    public static Path demoCase() {
        Path demo = Path.of(System.getProperty(DEMO_PROPERTY, "out/demo/sts-001")).toAbsolutePath();
        return Files.isRegularFile(demo.resolve(CaseStore.CASE_FILE)) ? demo : null;
    }
}
