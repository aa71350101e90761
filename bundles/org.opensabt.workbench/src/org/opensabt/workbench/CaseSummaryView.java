package org.opensabt.workbench;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.opensabt.model.store.CaseSummaries;
import org.opensabt.model.store.CaseLoadException;
import org.opensabt.model.store.CaseStore;

/** Opens a case folder and shows its summary (the same text as {@code opensabt info}). */
public final class CaseSummaryView extends ViewPart {

    public static final String ID = "org.opensabt.workbench.caseSummaryView";
    /** A case folder to open at start, e.g. -Dopensabt.case=out/demo/sts-001. */
    public static final String CASE_PROPERTY = "opensabt.case";

    private Text summary;
    private Label status;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        Button open = new Button(parent, SWT.PUSH);
        open.setText("Open case folder…");
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        summary = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        summary.setFont(parent.getDisplay().getSystemFont());
        summary.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        open.addListener(SWT.Selection, e -> {
            String folder = new DirectoryDialog(parent.getShell()).open();
            if (folder != null) {
                show(Path.of(folder));
            }
        });
        String initial = System.getProperty(CASE_PROPERTY);
        if (initial != null) {
            show(Path.of(initial));
        } else {
            status.setText("No case open.");
        }
    }

    private void show(Path caseDir) {
        try {
            summary.setText(CaseSummaries.toText(new CaseStore().load(caseDir)));
            status.setText(caseDir.toAbsolutePath().toString());
        } catch (CaseLoadException e) {
            summary.setText("");
            status.setText("Cannot open: " + e.getMessage());
        }
    }

    @Override
    public void setFocus() {
        summary.setFocus();
    }
}
