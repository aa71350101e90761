package org.opensabt.plan.ui;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.opensabt.model.Plan;
import org.opensabt.plan.PlanApproval;
import org.opensabt.viewer.ui.CaseSession;

/**
 * Plan ▸ Approve plan…: the plan, the approver (the OS user name by default) and the date and time (now).
 * Approve runs {@link PlanActions#approve} (one undoable change); a refusal stays in the dialog in one line.
 */
public final class ApproveDialog extends Dialog {

    private final CaseSession session;
    private final LocalDateTime when = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    private Text approver;
    private Label problem;

    public ApproveDialog(Shell parent, CaseSession session) {
        super(parent);
        this.session = session;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Approve plan");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Plan plan = session.plan();
        new Label(area, SWT.NONE).setText("Plan");
        new Label(area, SWT.NONE).setText(plan == null ? "(none)"
                : plan.getPlanId() + (plan.getLabel() == null ? "" : " — " + plan.getLabel()) + " (" + (plan.getStatus() == null ? "DRAFT" : plan.getStatus().getLiteral()) + ")");
        new Label(area, SWT.NONE).setText("Approved by");
        approver = new Text(area, SWT.BORDER);
        approver.setText(PlanActions.defaultApprover());
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wide.widthHint = 260;
        approver.setLayoutData(wide);
        new Label(area, SWT.NONE).setText("Date and time");
        new Label(area, SWT.NONE).setText(PlanApproval.DATE_TIME.format(when).replace('T', ' '));
        Label note = new Label(area, SWT.WRAP);
        note.setText("An approved plan cannot be edited; Plan ▸ New draft from plan makes an editable copy.");
        GridData span = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        span.widthHint = 360;
        note.setLayoutData(span);
        problem = new Label(area, SWT.WRAP);
        GridData span2 = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        span2.widthHint = 360;
        problem.setLayoutData(span2);
        problem.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Approve", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        String refusal = PlanActions.approve(session, approver.getText(), when);
        if (refusal != null) {
            problem.setText(refusal);
            problem.getParent().layout(true, true);
            // a long refusal (e.g. stale metrics) wraps: the dialog grows to show it whole
            org.eclipse.swt.graphics.Point now = getShell().getSize();
            org.eclipse.swt.graphics.Point needed = getShell().computeSize(now.x, SWT.DEFAULT, true);
            if (needed.y > now.y) {
                getShell().setSize(now.x, needed.y);
            }
            return;
        }
        super.okPressed();
    }

    /** The approver field (for tests). */
    public Text approverField() {
        return approver;
    }

    /** The dialog's Approve button (for tests). */
    public Button approveButton() {
        return getButton(IDialogConstants.OK_ID);
    }

    /** The refusal shown, or "". */
    public String problemText() {
        return problem.getText();
    }
}
