package org.opensabt.plan.ui;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.opensabt.dicom.CaseExport;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.plan.PlanApproval;
import org.opensabt.plan.PlanningException;
import org.opensabt.viewer.ui.CaseSession;
import org.opensabt.viewer.ui.FacadeJob;

/**
 * The plan actions of the Plan and File menus on the {@link CaseSession}'s plan, without dialogs (the
 * handlers and the tests call them): approve and new draft through {@link PlanApproval}, each one undoable
 * change; the DICOM RT export through {@link CaseExport} in a job.
 */
public final class PlanActions {

    private PlanActions() {
    }

    /** Who approves by default: the operating system's user name. */
    public static String defaultApprover() {
        return System.getProperty("user.name", "");
    }

    /**
     * Approves the session's plan as one undoable change ("Approve plan X"); null when done, else the one-line reason
     * (e.g. "Metrics of plan X are out of date since "Widen GTV" (structures changed): Recompute dose first").
     */
    public static String approve(CaseSession session, String approver, LocalDateTime when) {
        PatientCase c = session.patientCase();
        Plan plan = session.plan();
        if (c == null || plan == null) {
            return "Open a case and choose a plan first";
        }
        String stale = session.metricsOutOfDate(plan);
        if (stale != null) { // the metrics shown (and to be signed) are not those of the plan and contours now
            return "Metrics of plan " + plan.getPlanId() + " are out of date since " + stale + ": Recompute dose first";
        }
        PlanApproval.Approval approval;
        try {
            approval = PlanApproval.approve(c, new PlanApproval.Request(plan.getPlanId(), approver, when), null);
        } catch (PlanningException e) {
            return e.getMessage();
        }
        if (!session.change("Approve plan " + plan.getPlanId(), () -> PlanApproval.apply(c, approval))) {
            return "Plan " + plan.getPlanId() + " could not be approved" + (session.lastRefusal() == null ? "" : ": " + session.lastRefusal());
        }
        session.setPlan(plan); // tells the views (banner, status)
        return null;
    }

    /** Copies the session's plan into a new draft (one undoable change) and shows it; null when done, else the reason. */
    public static String newDraft(CaseSession session) {
        PatientCase c = session.patientCase();
        Plan plan = session.plan();
        if (c == null || plan == null) {
            return "Open a case and choose a plan first";
        }
        PlanApproval.Draft draft;
        try {
            draft = PlanApproval.newDraft(c, new PlanApproval.DraftRequest(plan.getPlanId(), PlanApproval.nextDraftId(c, plan.getPlanId())), null);
        } catch (PlanningException e) {
            return e.getMessage();
        }
        if (!session.change("New draft " + draft.plan().getPlanId() + " from " + plan.getPlanId(), () -> PlanApproval.apply(c, draft))) {
            return "No draft could be made from plan " + plan.getPlanId();
        }
        session.setPlan(draft.plan());
        return null;
    }

    /**
     * Writes RS.dcm, RP.dcm and RD.dcm of the session's plan into {@code folder} in a job (the case's rule,
     * progress, Cancel); {@code report} gets one line on the UI thread when it ends ("Wrote 3 files … (plan
     * X, APPROVED)" or why not). Null (and the reason reported) when nothing can be exported.
     */
    public static Job exportDicom(CaseSession session, Path folder, Control owner, Consumer<String> report) {
        PatientCase c = session.patientCase();
        Plan plan = session.plan();
        if (c == null || plan == null) {
            report.accept("Open a case and choose a plan first");
            return null;
        }
        String status = plan.getStatus() == null ? "DRAFT" : plan.getStatus().getLiteral();
        return FacadeJob.schedule("DICOM RT export of " + plan.getPlanId(), session.rule(), owner,
                monitor -> CaseExport.run(new CaseExport.Request(c, CaseExport.Kind.ALL, folder, plan, null), monitor),
                FacadeJob.handler((CaseExport.Result r) -> report.accept("Wrote " + r.written().size() + " files (" + String.join(", ",
                        r.written().stream().map(p -> p.getFileName().toString()).toList()) + ") of plan " + plan.getPlanId() + ", " + status + ", into " + folder
                        + (r.warnings().isEmpty() ? "" : "; " + String.join("; ", r.warnings()))),
                        message -> report.accept("No DICOM RT export: " + message), () -> report.accept("DICOM RT export cancelled"), line -> {
                        }));
    }
}
