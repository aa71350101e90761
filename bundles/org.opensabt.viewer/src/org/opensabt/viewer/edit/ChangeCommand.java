package org.opensabt.viewer.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;

/**
 * The one undoable edit of a model: runs a change of the model (any mutation of the objects contained in
 * {@code scope}: attributes, references, containment) while EMF's {@link ChangeRecorder} records it, and
 * undoes or redoes it by applying and reversing the recorded {@link ChangeDescription}. So a facade's
 * {@code apply(case, result)} becomes undoable without a hand-written inverse. A change that throws is
 * rolled back before the exception propagates (the command stack then does not keep the command). A change
 * that would edit an approved plan ({@link ApprovedPlans}) is rolled back too and refused with an
 * {@link ApprovedPlanException} naming the plan, its approver and date.
 * Run it on the thread that owns the model (the UI thread in the workbench).
 */
public final class ChangeCommand extends AbstractCommand {

    private final Notifier scope;
    private final Runnable change;
    private ChangeDescription recorded;

    /**
     * @param scope  the root (an EObject, Resource or ResourceSet) whose contents the change may touch
     * @param label  what the edit does, for "Undo …" (e.g. "Add plan ui-plan-1")
     * @param change the mutation
     */
    public ChangeCommand(Notifier scope, String label, Runnable change) {
        super(label);
        this.scope = scope;
        this.change = change;
    }

    @Override
    protected boolean prepare() {
        return scope != null && change != null;
    }

    @Override
    public void execute() {
        if (recorded != null) {
            throw new IllegalStateException("'" + getLabel() + "' has already run; use redo()");
        }
        ApprovedPlans approved = ApprovedPlans.before(scope);
        ChangeRecorder recorder = new ChangeRecorder(List.of(scope));
        try {
            change.run();
        } catch (RuntimeException | Error e) {
            recorder.endRecording().apply(); // back to the model as it was
            recorder.dispose();
            throw e;
        }
        ChangeDescription done = recorder.endRecording();
        recorder.dispose();
        String refusal = approved.violation(done);
        if (refusal != null) {
            done.apply(); // back to the model as it was
            throw new ApprovedPlanException(refusal);
        }
        recorded = done;
    }

    @Override
    public boolean canUndo() {
        return recorded != null;
    }

    @Override
    public void undo() {
        recorded.applyAndReverse();
    }

    @Override
    public void redo() {
        recorded.applyAndReverse();
    }

    /** The objects the last execute, undo or redo attached to the model, else those it changed. */
    @Override
    public Collection<?> getAffectedObjects() {
        if (recorded == null) {
            return List.of();
        }
        // the description is kept reversed: it now detaches what the last run attached
        if (!recorded.getObjectsToDetach().isEmpty()) {
            return List.copyOf(recorded.getObjectsToDetach());
        }
        return new ArrayList<>(recorded.getObjectChanges().keySet());
    }

    /** Whether the change altered the model at all (a no-op change need not go on the stack). */
    public boolean changedAnything() {
        return recorded != null && (!recorded.getObjectChanges().isEmpty() || !recorded.getResourceChanges().isEmpty()
                || !recorded.getObjectsToAttach().isEmpty() || !recorded.getObjectsToDetach().isEmpty());
    }

    @Override
    public void dispose() {
        recorded = null;
        super.dispose();
    }
}
