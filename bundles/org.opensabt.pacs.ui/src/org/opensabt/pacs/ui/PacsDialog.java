package org.opensabt.pacs.ui;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.opensabt.viewer.ui.CaseSession;

/** File ▸ Query/Retrieve from PACS…: the {@link PacsPanel} in a modeless dialog with a Close button. */
public final class PacsDialog extends Dialog {

    private final CaseSession session;
    private PacsPanel panel;

    public PacsDialog(Shell parent, CaseSession session) {
        super(parent);
        this.session = session;
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Query/Retrieve from PACS");
        shell.setSize(820, 620);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        panel = new PacsPanel(area, session);
        panel.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    public PacsPanel panel() {
        return panel;
    }
}
