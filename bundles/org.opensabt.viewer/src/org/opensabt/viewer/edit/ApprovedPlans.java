package org.opensabt.viewer.edit;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.FeatureChange;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.opensabt.model.ModelPackage;
import org.opensabt.model.Plan;
import org.opensabt.model.PlanStatus;

/**
 * The rule that an approved plan is never edited: a change of the case may approve a plan, retire it, rename
 * it or label its needles' guide holes (a template made for it), but not touch its needles, seeds, dose,
 * metrics or prescription, take it out of the case (e.g. replace it by a plan of the same id) or turn it back
 * into a draft. {@link ChangeCommand} and {@link CaseEditing} refuse such a change (rolled back, not on the
 * undo stack) with {@link #refusal(Plan)} as the reason.
 */
public final class ApprovedPlans {

    private static final ModelPackage M = ModelPackage.eINSTANCE;
    /** What may change on an approved plan itself. */
    private static final Set<EStructuralFeature> PLAN_FREE = Set.of(M.getPlan_Status(), M.getPlan_Label(), M.getPlan_ApprovedBy(),
            M.getPlan_ApprovedDateTime());
    /** What may change inside an approved plan: the hole label a template gives a needle. */
    private static final Set<EStructuralFeature> INSIDE_FREE = Set.of(M.getNeedle_GuideHoleId());

    private record Before(EObject container, String refusal) {
    }

    private final Map<Plan, Before> approved = new IdentityHashMap<>();

    private ApprovedPlans() {
    }

    /** The approved plans within {@code scope} (an EObject, Resource or ResourceSet) now, before a change. */
    public static ApprovedPlans before(Notifier scope) {
        ApprovedPlans a = new ApprovedPlans();
        if (scope instanceof org.opensabt.model.PatientCase c) { // the usual scope: its plans only
            c.getPlans().forEach(a::note);
            return a;
        }
        TreeIterator<?> it = scope instanceof EObject o ? o.eAllContents()
                : scope instanceof Resource r ? r.getAllContents() : scope instanceof ResourceSet s ? s.getAllContents() : null;
        if (scope instanceof Plan p) {
            a.note(p);
        }
        while (it != null && it.hasNext()) {
            Object next = it.next();
            if (next instanceof Plan p) {
                a.note(p);
                it.prune();
            }
        }
        return a;
    }

    private void note(Plan p) {
        if (p.getStatus() == PlanStatus.APPROVED) {
            approved.put(p, new Before(p.eContainer(), refusal(p)));
        }
    }

    /** Whether no plan in scope was approved (no change can then break the rule). */
    public boolean none() {
        return approved.isEmpty();
    }

    /**
     * The reason a recorded change breaks the rule, or null if it keeps it.
     *
     * @param recorded the change as {@code ChangeRecorder.endRecording()} gives it (the model is in its changed state)
     */
    public String violation(ChangeDescription recorded) {
        if (approved.isEmpty()) {
            return null;
        }
        for (Map.Entry<Plan, Before> e : approved.entrySet()) {
            Plan p = e.getKey();
            if (p.eContainer() != e.getValue().container() || p.getStatus() == PlanStatus.DRAFT) {
                return e.getValue().refusal();
            }
        }
        for (Map.Entry<EObject, org.eclipse.emf.common.util.EList<FeatureChange>> e : recorded.getObjectChanges().entrySet()) {
            EObject changed = e.getKey();
            Plan plan = planOf(changed);
            if (plan == null || !approved.containsKey(plan)) {
                continue;
            }
            Set<EStructuralFeature> free = changed == plan ? PLAN_FREE : INSIDE_FREE;
            for (FeatureChange fc : e.getValue()) {
                if (!free.contains(fc.getFeature())) {
                    return approved.get(plan).refusal();
                }
            }
        }
        return null;
    }

    /** The plan {@code o} belongs to (itself, or its container), or null. */
    private static Plan planOf(EObject o) {
        for (EObject x = o; x != null; x = x.eContainer()) {
            if (x instanceof Plan p) {
                return p;
            }
        }
        return null; // detached by the change: its removal is a change of its old container's feature
    }

    /** Why an approved plan cannot be changed: "Plan X is approved by Y on Z; make a new draft to change it"; null if it is not approved. */
    public static String refusal(Plan p) {
        if (p == null || p.getStatus() != PlanStatus.APPROVED) {
            return null;
        }
        return "Plan " + p.getPlanId() + " is approved by " + p.getApprovedBy() + " on " + p.getApprovedDateTime() + "; make a new draft to change it";
    }

    /** Whether a plan is approved and so cannot be edited. */
    public static boolean locked(Plan p) {
        return p != null && p.getStatus() == PlanStatus.APPROVED;
    }
}
