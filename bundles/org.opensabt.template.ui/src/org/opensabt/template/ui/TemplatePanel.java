package org.opensabt.template.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.template.CaseTemplates;
import org.opensabt.template.TemplateDesigner;
import org.opensabt.template.TemplateOutputs;
import org.opensabt.template.TemplateSpec;
import org.opensabt.viewer.ui.CaseSession;
import org.opensabt.viewer.ui.FacadeJob;

/**
 * Template export for the session's plan: plate thickness and gap (mm), needle gauge and output folder.
 * "Export template" designs the template from the case as it is open (saved or not) with {@link CaseTemplates}
 * in a background job (progress here, Cancel), writes template.stl, needles.csv, needles.json and
 * drawing.png, and records the template in the case as one undoable edit (Edit ▸ Undo removes it). The
 * case is not saved or reopened, so the undo history stays; Save writes the recorded template. "Preview"
 * designs it the same way without writing or recording anything and shows the operating-room drawing
 * (outline, hole labels, laser lines) below; an export shows its drawing there too.
 */
public final class TemplatePanel extends Composite {

    private final CaseSession session;
    private final Label plan;
    private final Spinner thicknessTenthsMm;
    private final Spinner gapTenthsMm;
    private final Spinner gauge;
    private final Text outFolder;
    private final Button export;
    private final Button preview;
    private final Canvas drawing;
    private Image drawingImage;
    private final Button cancel;
    private final ProgressBar progress;
    private final Label status;
    private final Consumer<CaseSession> listener = s -> refresh();
    private volatile boolean running;
    private Job job;

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
        preview = new Button(this, SWT.PUSH);
        preview.setText("Preview");
        preview.addListener(SWT.Selection, e -> preview());
        cancel = new Button(this, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.setEnabled(false);
        cancel.addListener(SWT.Selection, e -> {
            if (job != null) {
                job.cancel();
                say("cancelling…");
            }
        });
        progress = new ProgressBar(this, SWT.INDETERMINATE);
        progress.setVisible(false);
        progress.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        status = new Label(this, SWT.WRAP);
        GridData statusData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        statusData.widthHint = 150;
        status.setLayoutData(statusData);
        drawing = new Canvas(this, SWT.BORDER | SWT.DOUBLE_BUFFERED);
        GridData drawingData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        drawingData.heightHint = 160;
        drawingData.widthHint = 200;
        drawing.setLayoutData(drawingData);
        drawing.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        drawing.addListener(SWT.Paint, e -> paintDrawing(e.gc));
        drawing.addListener(SWT.Resize, e -> drawing.redraw());
        addListener(SWT.Dispose, e -> setDrawing(null));
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

    /** The running (or last) export job, or null. */
    public Job job() {
        return job;
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

    /** The design request of the panel's fields for the session's plan, or null (and the reason said). */
    private CaseTemplates.Request request(Plan p) {
        try {
            return new CaseTemplates.Request(p.getPlanId(),
                    TemplateSpec.DEFAULT.with(thicknessTenthsMm.getSelection() / 10.0, gapTenthsMm.getSelection() / 10.0, gauge.getSelection()), null);
        } catch (IllegalArgumentException e) {
            say("No template: " + e.getMessage());
            return null;
        }
    }

    /** Designs the template of the session's plan in the background and shows its drawing; writes and records nothing. */
    public void preview() {
        if (running) {
            say("The template is being made");
            return;
        }
        Plan p = session.plan();
        PatientCase c = session.patientCase();
        if (p == null || c == null) {
            say("Open a case and choose a plan first");
            return;
        }
        CaseTemplates.Request request = request(p);
        if (request == null) {
            return;
        }
        running = true;
        export.setEnabled(false);
        preview.setEnabled(false);
        cancel.setEnabled(true);
        progress.setVisible(true);
        say("Designing the template of " + p.getPlanId() + " for a preview…");
        job = FacadeJob.schedule("Template preview of " + p.getPlanId(), session.rule(), this, monitor -> {
            CaseTemplates.Result result = CaseTemplates.design(c, request, monitor);
            return new Object[] { result, TemplateOutputs.drawingPng(result.design(), title(result)) };
        }, FacadeJob.handler((Object[] made) -> {
            finished();
            CaseTemplates.Result r = (CaseTemplates.Result) made[0];
            setDrawing((byte[]) made[1]);
            TemplateDesigner.Design d = r.design();
            say(String.format(Locale.ROOT, "Preview of template %s for plan %s: %d guide holes Ø%.2f mm, plate %.1f mm; nothing written yet (Export template writes it)",
                    r.templateId(), r.planId(), d.holes().size(), d.holeDiameterMm(), d.spec().thicknessMm())
                    + (d.notes().isEmpty() ? "" : "; " + String.join("; ", d.notes())));
        }, message -> {
            finished();
            say("No template: " + message);
        }, () -> {
            finished();
            say("Preview cancelled");
        }, this::say));
    }

    private static String title(CaseTemplates.Result r) {
        return "Needle template " + r.templateId() + " (plan " + r.planId() + ", case " + r.caseId() + ")";
    }

    /** Whether a drawing is shown (after a preview or an export). */
    public boolean hasDrawing() {
        return drawingImage != null;
    }

    /** The drawing's canvas (for tests). */
    public Canvas drawingCanvas() {
        return drawing;
    }

    private void setDrawing(byte[] png) {
        if (drawingImage != null) {
            drawingImage.dispose();
            drawingImage = null;
        }
        if (png != null && !isDisposed()) {
            drawingImage = new Image(getDisplay(), new ImageData(new java.io.ByteArrayInputStream(png)));
            drawing.redraw();
        }
    }

    /** The drawing scaled to fit the canvas, aspect kept, centred. */
    private void paintDrawing(org.eclipse.swt.graphics.GC gc) {
        Rectangle area = drawing.getClientArea();
        if (drawingImage == null) {
            gc.drawString("Preview: the template's drawing (holes and labels) appears here", 6, 6, true);
            return;
        }
        Rectangle b = drawingImage.getBounds();
        double scale = Math.min(area.width / (double) b.width, area.height / (double) b.height);
        int w = Math.max(1, (int) (b.width * scale));
        int h = Math.max(1, (int) (b.height * scale));
        gc.setInterpolation(SWT.HIGH);
        gc.drawImage(drawingImage, 0, 0, b.width, b.height, (area.width - w) / 2, (area.height - h) / 2, w, h);
    }

    /** Designs, writes and records the template of the session's plan in the background. */
    public void export() {
        if (running) {
            say("The template is being made");
            return;
        }
        Plan p = session.plan();
        PatientCase c = session.patientCase();
        if (p == null || c == null) {
            say("Open a case and choose a plan first");
            return;
        }
        if (outFolder.getText().isBlank()) {
            say("Choose an output folder");
            return;
        }
        CaseTemplates.Request request = request(p);
        if (request == null) {
            return;
        }
        Path folder = Path.of(outFolder.getText().trim()).toAbsolutePath();
        record Made(CaseTemplates.Result result, CaseTemplates.Exported files) {
        }
        running = true;
        export.setEnabled(false);
        preview.setEnabled(false);
        cancel.setEnabled(true);
        progress.setVisible(true);
        say("Designing the template of " + p.getPlanId() + "…");
        job = FacadeJob.schedule("Template of " + p.getPlanId(), session.rule(), this, monitor -> {
            SubMonitor sub = SubMonitor.convert(monitor, "Template of " + p.getPlanId(), 10);
            CaseTemplates.Result result = CaseTemplates.design(c, request, sub.split(8));
            return new Made(result, CaseTemplates.export(result, folder, sub.split(2)));
        }, FacadeJob.handler((Made made) -> {
            finished();
            if (session.patientCase() != c) {
                say("The case was closed meanwhile; the files are in " + folder + ", nothing recorded");
                return;
            }
            CaseTemplates.Result r = made.result();
            if (!session.change("Add template " + r.templateId(), () -> CaseTemplates.apply(c, r, made.files()))) {
                say("The files are in " + folder + " but the template could not be recorded: plan " + r.planId() + " is gone");
                return;
            }
            TemplateDesigner.Design d = r.design();
            try {
                setDrawing(Files.readAllBytes(made.files().drawingPng()));
            } catch (java.io.IOException e) {
                setDrawing(null);
            }
            String text = String.format(Locale.ROOT, "Template %s for plan %s: %d guide holes Ø%.2f mm, plate %.1f mm, %d triangles, %.1f cm³; wrote %s, %s, %s, %s in %s",
                    r.templateId(), r.planId(), d.holes().size(), d.holeDiameterMm(), d.spec().thicknessMm(), d.mesh().triangleCount(), d.mesh().volumeMm3() / 1000,
                    CaseTemplates.STL_FILE, CaseTemplates.CSV_FILE, CaseTemplates.JSON_FILE, CaseTemplates.DRAWING_FILE, made.files().folder());
            say(text + (d.notes().isEmpty() ? "" : "; " + String.join("; ", d.notes())));
        }, message -> {
            finished();
            say("No template: " + message);
        }, () -> {
            finished();
            say("Cancelled; nothing recorded");
        }, this::say));
    }

    private void finished() {
        running = false;
        export.setEnabled(true);
        preview.setEnabled(true);
        cancel.setEnabled(false);
        progress.setVisible(false);
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
        status.setToolTipText(text);
        layout(true, true);
    }
}
