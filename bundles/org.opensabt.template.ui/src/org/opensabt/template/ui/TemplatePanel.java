package org.opensabt.template.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.opensabt.model.Plan;
import org.opensabt.template.cli.TemplateCommand;
import org.opensabt.viewer.ui.CaseSession;
import org.opensabt.viewer.ui.CommandJob;

/**
 * Template export for the session's plan: plate thickness and gap (mm), needle gauge and output folder;
 * "Export template" runs the `template` command on the saved case as a background job (template.stl,
 * needles.csv, needles.json, drawing.png; the template recorded in the case), then reopens the case so
 * the 3D view shows the plate. A case with unsaved edits is refused: the command works on the saved case.
 */
public final class TemplatePanel extends Composite {

    private final CaseSession session;
    private final Label plan;
    private final Spinner thicknessTenthsMm;
    private final Spinner gapTenthsMm;
    private final Spinner gauge;
    private final Text outFolder;
    private final Button export;
    private final Label status;
    private final Consumer<CaseSession> listener = s -> refresh();
    private volatile boolean running;

    public TemplatePanel(Composite parent, CaseSession session) {
        super(parent, SWT.NONE);
        this.session = session;
        setLayout(new GridLayout(3, false));
        new Label(this, SWT.NONE).setText("Plan");
        plan = new Label(this, SWT.NONE);
        plan.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        thicknessTenthsMm = tenths("Plate thickness", 50, 20, 150);
        gapTenthsMm = tenths("Gap to the skin", 5, 0, 50);
        new Label(this, SWT.NONE).setText("Needle gauge");
        gauge = new Spinner(this, SWT.BORDER);
        gauge.setValues(18, 17, 22, 0, 1, 1);
        new Label(this, SWT.NONE).setText("G");
        new Label(this, SWT.NONE).setText("Output folder");
        outFolder = new Text(this, SWT.BORDER);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 120;
        outFolder.setLayoutData(data);
        Button browse = new Button(this, SWT.PUSH);
        browse.setText("…");
        browse.addListener(SWT.Selection, e -> {
            String f = new DirectoryDialog(getShell()).open();
            if (f != null) {
                outFolder.setText(f);
            }
        });
        export = new Button(this, SWT.PUSH);
        export.setText("Export template");
        export.addListener(SWT.Selection, e -> export());
        status = new Label(this, SWT.WRAP);
        GridData statusData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        statusData.widthHint = 150;
        status.setLayoutData(statusData);
        session.addListener(listener);
        addListener(SWT.Dispose, e -> session.removeListener(listener));
        refresh();
    }

    public void setOutput(Path folder) {
        outFolder.setText(folder.toString());
    }

    public String statusText() {
        return status.getText();
    }

    /** Whether a job is running or its result is not yet shown. */
    public boolean busy() {
        return running;
    }

    private void refresh() {
        if (isDisposed()) {
            return;
        }
        Plan p = session.plan();
        plan.setText(p == null ? "(no plan)" : p.getPlanId() + ", " + p.getNeedles().size() + " needles");
        if (outFolder.getText().isBlank() && session.folder() != null && p != null) {
            outFolder.setText(session.folder().resolve("template-" + p.getPlanId()).toString());
        }
        layout(true, true);
    }

    /** Exports the template of the session's plan in the background. */
    public void export() {
        Plan p = session.plan();
        if (p == null || session.folder() == null) {
            say("Open a case and choose a plan first");
            return;
        }
        if (session.dirty()) {
            say("Save the case first: the template is made from the saved case");
            return;
        }
        if (outFolder.getText().isBlank()) {
            say("Choose an output folder");
            return;
        }
        Path caseFolder = session.folder();
        String planId = p.getPlanId();
        List<String> args = List.of("--case", caseFolder.toString(), "--plan", planId, "--out", Path.of(outFolder.getText().trim()).toAbsolutePath().toString(),
                "--thickness-mm", String.valueOf(thicknessTenthsMm.getSelection() / 10.0), "--gap-mm", String.valueOf(gapTenthsMm.getSelection() / 10.0),
                "--needle-gauge", String.valueOf(gauge.getSelection()));
        Display display = getDisplay();
        export.setEnabled(false);
        say("Designing the template of " + planId + "…");
        running = true;
        CommandJob.schedule("Template of " + planId, new TemplateCommand(), args, caseFolder, display, (result, text) -> {
            running = false;
            if (result != null) {
                session.open(caseFolder); // the case now records the template
                session.patientCase().getPlans().stream().filter(x -> x.getPlanId().equals(planId)).findFirst().ifPresent(session::setPlan);
            }
            if (!isDisposed()) {
                export.setEnabled(true);
                say(result == null ? "No template: " + text : text.lines().findFirst().orElse(text));
                status.setToolTipText(text);
            }
        });
    }

    private Spinner tenths(String label, int value, int min, int max) {
        new Label(this, SWT.NONE).setText(label);
        Spinner s = new Spinner(this, SWT.BORDER);
        s.setValues(value, min, max, 1, 1, 10);
        new Label(this, SWT.NONE).setText("mm");
        return s;
    }

    private void say(String text) {
        status.setText(text);
        layout(true, true);
    }
}
