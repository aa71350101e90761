package org.opensabt.report.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.opensabt.model.Implant;
import org.opensabt.model.PatientCase;
import org.opensabt.report.PostImplantReports;
import org.opensabt.viewer.ui.CaseSession;
import org.opensabt.viewer.ui.FacadeJob;

/**
 * Plan ▸ Post-implant report PDF…: asks where to save the report of the case's last implant (PDF, and the JSON
 * beside it), then runs {@link PostImplantReports} in a {@link FacadeJob} (the case's rule, progress, cancel) and
 * says on the status line where the files went (or why there are none). Without an implant it says so and
 * starts nothing. The case is not changed.
 */
public final class PostImplantReportAction {

    /** Test hook: chooses the file instead of the file dialog (returns null for Cancel); null: the dialog. */
    public static volatile Function<Shell, String> fileChooser;

    /** What the status line says when the case has no implant. */
    public static final String NO_IMPLANT = "No post-implant report: the case has no implant yet (evaluate one in the Post-implant view)";

    private PostImplantReportAction() {
    }

    /**
     * Starts the report of the case's last implant, with {@code findings} of its evaluation when the caller has them
     * (null: what the case records).
     *
     * @return the job, or null when nothing was started (no case or implant, or the dialog was cancelled)
     */
    public static Job run(Shell shell, CaseSession session, PostImplantReports.Findings findings, Consumer<String> status) {
        PatientCase c = session.patientCase();
        if (c == null) {
            status.accept("No post-implant report: open a case first");
            return null;
        }
        if (c.getImplants().isEmpty()) {
            status.accept(NO_IMPLANT);
            return null;
        }
        Implant implant = c.getImplants().get(c.getImplants().size() - 1);
        String chosen = choose(shell, session, c, implant);
        if (chosen == null) {
            status.accept("Post-implant report cancelled");
            return null;
        }
        Path file = Path.of(chosen.toLowerCase(Locale.ROOT).endsWith(".pdf") ? chosen : chosen + ".pdf");
        String implantId = implant.getImplantId();
        String unsaved = session.dirty() ? " (includes unsaved changes)" : "";
        PostImplantReports.Request request = PostImplantReports.Request.of(implantId, file).withFindings(findings);
        status.accept("Writing the post-implant report of " + implantId + "…");
        return FacadeJob.schedule("Post-implant report " + implantId, session.rule(), shell, monitor -> PostImplantReports.write(c, request, monitor),
                FacadeJob.handler(r -> status.accept(String.format(Locale.ROOT, "Post-implant report of %s (%d pages, %d missing seed(s)) written to %s and %s%s",
                        r.report().implantId(), r.pages(), r.report().missingSeeds().size(), r.pdf(), r.json().getFileName(), unsaved)),
                        message -> status.accept("No post-implant report: " + message), () -> status.accept("Post-implant report cancelled; no file written"),
                        line -> status.accept("Post-implant report: " + line)));
    }

    private static String choose(Shell shell, CaseSession session, PatientCase c, Implant implant) {
        Function<Shell, String> hook = fileChooser;
        if (hook != null) {
            return hook.apply(shell);
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Post-implant report PDF of implant " + implant.getImplantId() + " (the JSON goes beside it)");
        dialog.setFilterExtensions(new String[] { "*.pdf" });
        dialog.setFilterNames(new String[] { "PDF (*.pdf)" });
        dialog.setOverwrite(true);
        if (session.folder() != null && session.folder().getParent() != null) {
            dialog.setFilterPath(session.folder().getParent().toString());
        }
        dialog.setFileName((c.getCaseId() == null ? "case" : c.getCaseId()) + "-" + implant.getImplantId() + "-report.pdf");
        return dialog.open();
    }
}
