package org.opensabt.report.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.outcomes.LocalControlModels;
import org.opensabt.outcomes.OutcomeInputException;
import org.opensabt.report.PlanReports;
import org.opensabt.viewer.ui.PlanningPreferences;
import org.opensabt.viewer.ui.CaseSession;
import org.opensabt.viewer.ui.FacadeJob;

/**
 * Plan ▸ Plan report PDF…: asks where to save the report of the session's shown plan, then runs
 * {@link PlanReports} in a {@link FacadeJob} (the case's rule, progress, cancel) and says on the status
 * line where the file went (or why there is none). The case is not changed.
 */
public final class PlanReportAction {

    /** Test hook: chooses the file instead of the file dialog (returns null for Cancel); null: the dialog. */
    public static volatile Function<Shell, String> fileChooser;

    private PlanReportAction() {
    }

    /**
     * Starts the report of the shown plan; {@code status} gets every line to show (progress, then where the
     * file went, or why not).
     *
     * @return the job, or null when nothing was started (no plan, or the dialog was cancelled)
     */
    public static Job run(Shell shell, CaseSession session, Consumer<String> status) {
        PatientCase c = session.patientCase();
        Plan plan = session.plan();
        if (c == null || plan == null) {
            status.accept("No plan report: open a case and show a plan first");
            return null;
        }
        String chosen = choose(shell, session, c, plan);
        if (chosen == null) {
            status.accept("Plan report cancelled");
            return null;
        }
        Path file = Path.of(chosen.toLowerCase(Locale.ROOT).endsWith(".pdf") ? chosen : chosen + ".pdf");
        String planId = plan.getPlanId();
        String unsaved = session.dirty() ? " (includes unsaved changes)" : "";
        // metrics out of date (a stale plan cannot be approved, but contours may change after approval): said on page 1
        String stale = session.metricsOutOfDate(plan);
        String staleNote = stale == null ? "" : "; METRICS OUT OF DATE since " + stale + " (said on page 1): Recompute dose";
        // the predicted local control of the Planning preferences' model, template-assisted; a model that cannot be read leaves it out
        LocalControlModels.PlanPrediction prediction = null;
        String predictionNote = "";
        try {
            prediction = LocalControlModels.predict(PlanningPreferences.localControlModel(), plan, "CT_TEMPLATE", 0.8);
        } catch (OutcomeInputException e) {
            predictionNote = "; no predicted local control: " + e.getMessage();
        }
        String noPrediction = predictionNote;
        PlanReports.Request request = PlanReports.Request.of(planId, file).withMetricsOutOfDate(stale).withPrediction(prediction);
        status.accept("Writing the plan report of " + planId + "…");
        return FacadeJob.schedule("Plan report " + planId, session.rule(), shell,
                monitor -> PlanReports.write(c, request, monitor),
                FacadeJob.handler(r -> status.accept(String.format(Locale.ROOT, "Plan report of %s (%s, %d pages) written to %s%s%s", r.planId(), r.status(),
                        r.pages(), r.file(), unsaved, staleNote + noPrediction)), message -> status.accept("No plan report: " + message),
                        () -> status.accept("Plan report cancelled; no file written"), line -> status.accept("Plan report: " + line)));
    }

    private static String choose(Shell shell, CaseSession session, PatientCase c, Plan plan) {
        Function<Shell, String> hook = fileChooser;
        if (hook != null) {
            return hook.apply(shell);
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Plan report PDF of plan " + plan.getPlanId());
        dialog.setFilterExtensions(new String[] { "*.pdf" });
        dialog.setFilterNames(new String[] { "PDF (*.pdf)" });
        dialog.setOverwrite(true);
        if (session.folder() != null && session.folder().getParent() != null) {
            dialog.setFilterPath(session.folder().getParent().toString());
        }
        dialog.setFileName((c.getCaseId() == null ? "case" : c.getCaseId()) + "-" + plan.getPlanId() + "-report.pdf");
        return dialog.open();
    }
}
