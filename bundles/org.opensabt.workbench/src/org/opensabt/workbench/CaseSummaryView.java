package org.opensabt.workbench;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.opensabt.model.store.CaseSummaries;
import org.opensabt.viewer.ui.CaseSession;
import org.opensabt.viewer.ui.SessionView;

/**
 * The summary of the open case (the session's, the same case every view shows; the same text as
 * {@code opensabt info}); "Open case folder…" opens another through the session (asking about unsaved edits).
 */
public final class CaseSummaryView extends SessionView {

    public static final String ID = "org.opensabt.workbench.caseSummaryView";
    /** A case folder to open at start, e.g. -Dopensabt.case=out/demo/sts-001 (opened by {@link CaseSession#get()}). */
    public static final String CASE_PROPERTY = "opensabt.case";

    private Text summary;
    private Label status;

    @Override
    protected Composite create(Composite parent) {
        Composite content = new Composite(parent, SWT.NONE);
        content.setLayout(new GridLayout(2, false));
        Button open = new Button(content, SWT.PUSH);
        open.setText("Open case folder\u2026");
        status = new Label(content, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        summary = new Text(content, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        summary.setFont(parent.getDisplay().getSystemFont());
        summary.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        open.addListener(SWT.Selection, e -> OpenCase.choose(content.getShell()));
        return content;
    }

    @Override
    protected void show(CaseSession session) {
        if (!live()) {
            return;
        }
        if (session.patientCase() == null) {
            summary.setText("");
            status.setText(session.problem() != null ? session.problem() : "No case open.");
        } else {
            String text = CaseSummaries.toText(session.patientCase());
            if (!text.equals(summary.getText())) {
                summary.setText(text);
            }
            status.setText(session.folder() == null ? "" : session.folder().toAbsolutePath().toString());
        }
        status.getParent().layout();
    }

    @Override
    protected void edited(CaseSession session) {
        show(session);
    }

    @Override
    protected void clear() {
        summary.setText("");
        status.setText("");
    }

    /** The summary text shown (for tests). */
    public String summaryText() {
        return summary.getText();
    }
}
