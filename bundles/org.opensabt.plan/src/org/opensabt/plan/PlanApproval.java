package org.opensabt.plan;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.opensabt.model.DoseGrid;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.PlanStatus;

/**
 * A plan's approval, shared by the workbench and the tests: a DRAFT plan with its dose and metrics becomes
 * APPROVED by a named person at a date and time; an approved plan is never edited again, a change starts
 * from a {@link #newDraft new draft} copied from it ({@code basedOnPlanId}). Compute, then apply: the
 * computing steps never change the case; {@code apply} writes the result (the workbench runs it as one
 * undoable change, a command line would save it under the case lock).
 */
public final class PlanApproval {

    /** The stored form of {@code approvedDateTime}: local date and time, ISO-8601 to the second. */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

    /**
     * @param planId       the plan to approve
     * @param approverName who approves (recorded as {@code approvedBy}; the RT Plan's Reviewer Name)
     * @param dateTime     when (local time; recorded to the second)
     */
    public record Request(String planId, String approverName, LocalDateTime dateTime) {
    }

    /** An approval to record: the plan, by whom, when ({@link #DATE_TIME}). */
    public record Approval(String planId, String approvedBy, String approvedDateTime) {
    }

    /**
     * @param planId    the plan to copy (usually an approved one)
     * @param newPlanId the id of the new draft (not yet in the case)
     */
    public record DraftRequest(String planId, String newPlanId) {
    }

    /** A new draft, not yet in the case: a copy of plan {@code basedOnPlanId} (needles, seeds, dose, metrics). */
    public record Draft(Plan plan, String basedOnPlanId) {
    }

    private PlanApproval() {
    }

    /**
     * Checks that the plan can be approved; the case is not changed.
     *
     * @throws PlanningException one line: no such plan, a blank approver, no dose or metrics, already approved or retired
     */
    public static Approval approve(PatientCase c, Request request, IProgressMonitor monitor) throws PlanningException {
        SubMonitor progress = SubMonitor.convert(monitor, "Approving plan " + request.planId(), 1);
        checkCanceled(progress);
        Plan plan = plan(c, request.planId());
        if (request.approverName() == null || request.approverName().isBlank()) {
            throw new PlanningException("approver: a name is needed to approve plan " + plan.getPlanId());
        }
        if (request.dateTime() == null) {
            throw new PlanningException("date and time: needed to approve plan " + plan.getPlanId());
        }
        if (plan.getStatus() == PlanStatus.APPROVED) {
            throw new PlanningException("plan " + plan.getPlanId() + " is already approved by " + plan.getApprovedBy() + " on " + plan.getApprovedDateTime());
        }
        if (plan.getStatus() == PlanStatus.RETIRED) {
            throw new PlanningException("plan " + plan.getPlanId() + " is retired; make a new draft from it to approve");
        }
        if (plan.getDoseGrid() == null || plan.getSeeds().isEmpty()) {
            throw new PlanningException("plan " + plan.getPlanId() + " has no dose; compute its dose before approving it");
        }
        if (plan.getMetrics().isEmpty()) {
            throw new PlanningException("plan " + plan.getPlanId() + " has no dose metrics; evaluate its dose before approving it");
        }
        progress.worked(1);
        return new Approval(plan.getPlanId(), request.approverName().strip(), DATE_TIME.format(request.dateTime()));
    }

    /**
     * Records the approval: the plan becomes APPROVED with {@code approvedBy} and {@code approvedDateTime}.
     *
     * @throws IllegalArgumentException the case has no such plan, or it is not a draft any more
     */
    public static void apply(PatientCase c, Approval approval) {
        Plan plan = c.getPlans().stream().filter(p -> p.getPlanId().equals(approval.planId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the case has no plan " + approval.planId() + " to approve"));
        if (plan.getStatus() == PlanStatus.APPROVED || plan.getStatus() == PlanStatus.RETIRED) {
            throw new IllegalArgumentException("plan " + plan.getPlanId() + " is " + plan.getStatus().getLiteral().toLowerCase(Locale.ROOT) + " already");
        }
        plan.setStatus(PlanStatus.APPROVED);
        plan.setApprovedBy(approval.approvedBy());
        plan.setApprovedDateTime(approval.approvedDateTime());
    }

    /**
     * A new DRAFT copied from a plan (its needles, seeds, dose grid and metrics; the same source model, CT and
     * target), with {@code basedOnPlanId} set and no approval; the case is not changed.
     *
     * @throws PlanningException one line: no such plan, a blank new id, or a plan of that id exists
     */
    public static Draft newDraft(PatientCase c, DraftRequest request, IProgressMonitor monitor) throws PlanningException {
        SubMonitor progress = SubMonitor.convert(monitor, "New draft from plan " + request.planId(), 1);
        checkCanceled(progress);
        Plan source = plan(c, request.planId());
        String id = request.newPlanId();
        if (id == null || id.isBlank()) {
            throw new PlanningException("new plan id: needed for the draft from plan " + source.getPlanId());
        }
        id = id.strip();
        for (Plan p : c.getPlans()) {
            if (p.getPlanId().equals(id)) {
                throw new PlanningException("new plan id: the case has a plan " + id + " already");
            }
        }
        Plan draft = EcoreUtil.copy(source); // references outside the plan (source model, CT, target, structures) stay shared
        DoseGrid grid = draft.getDoseGrid();
        if (grid != null && grid.getDoseValues() != null) {
            grid.setDoseValues(grid.getDoseValues().clone());
        }
        draft.setPlanId(id);
        draft.setStatus(PlanStatus.DRAFT);
        draft.setApprovedBy(null);
        draft.setApprovedDateTime(null);
        draft.setBasedOnPlanId(source.getPlanId());
        progress.worked(1);
        return new Draft(draft, source.getPlanId());
    }

    /**
     * Adds the draft to the case (after its other plans).
     *
     * @throws IllegalArgumentException a plan of the draft's id is in the case already
     */
    public static void apply(PatientCase c, Draft draft) {
        String id = draft.plan().getPlanId();
        if (c.getPlans().stream().anyMatch(p -> p.getPlanId().equals(id))) {
            throw new IllegalArgumentException("the case has a plan " + id + " already");
        }
        c.getPlans().add(draft.plan());
    }

    /** A free id for a new draft of {@code planId}: {@code <planId>-draft}, else {@code <planId>-draft2}, {@code -draft3}, … */
    public static String nextDraftId(PatientCase c, String planId) {
        String id = planId + "-draft";
        for (int n = 2; exists(c, id); n++) {
            id = planId + "-draft" + n;
        }
        return id;
    }

    private static boolean exists(PatientCase c, String id) {
        return c.getPlans().stream().anyMatch(p -> p.getPlanId().equals(id));
    }

    /** The plan with this id; the message lists the case's plans. */
    static Plan plan(PatientCase c, String planId) throws PlanningException {
        for (Plan p : c.getPlans()) {
            if (p.getPlanId().equals(planId)) {
                return p;
            }
        }
        throw new PlanningException("no plan " + planId + " (plans: " + String.join(", ", c.getPlans().stream().map(Plan::getPlanId).toList()) + ")");
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
