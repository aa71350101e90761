package org.opensabt.viewer.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.store.CaseLoadException;
import org.opensabt.viewer.edit.CaseEditing;
import org.opensabt.viewer.edit.CaseRule;
import org.opensabt.viewer.edit.ChangeCommand;

/**
 * The case and plan the workbench views show, shared by them (one per workbench): a view that changes the
 * plan tells the others through the listeners. The case given as -Dopensabt.case is opened on first use.
 * Edits run on the case's command stack ({@link CaseEditing}): Edit ▸ Undo/Redo, the views' buttons and
 * Ctrl+Z/Ctrl+Y undo and redo them; saving keeps the history. Jobs that read or change the case run under
 * its {@link #rule()}.
 */
public final class CaseSession {

    private static final CaseSession INSTANCE = new CaseSession();

    private final CaseEditing editing = new CaseEditing("OpenSABT workbench");
    private Plan plan;
    private String problem;
    private boolean opened;
    private final List<Consumer<CaseSession>> listeners = new ArrayList<>();
    private final List<Runnable> editListeners = new ArrayList<>();

    private CaseSession() {
        editing.commands().addCommandStackListener(e -> {
            // an undone or replaced plan: show the case's plan of the same id, else its last
            PatientCase patientCase = editing.patientCase();
            if (patientCase != null && plan != null && !patientCase.getPlans().contains(plan)) {
                String id = plan.getPlanId();
                plan = patientCase.getPlans().stream().filter(p -> p.getPlanId().equals(id)).findFirst()
                        .orElse(patientCase.getPlans().isEmpty() ? null : patientCase.getPlans().get(patientCase.getPlans().size() - 1));
                fire();
            }
            List.copyOf(editListeners).forEach(Runnable::run);
        });
    }

    public static CaseSession get() {
        INSTANCE.openInitial();
        return INSTANCE;
    }

    private void openInitial() {
        if (opened) {
            return;
        }
        opened = true;
        String initial = System.getProperty("opensabt.case");
        if (initial != null) {
            open(Path.of(initial));
        }
    }

    /**
     * Opens a case folder and shows its last plan (the undo history of the previous case is dropped); a case
     * that cannot be read leaves a {@link #problem()} and the open case as it was.
     */
    public void open(Path caseFolder) {
        try {
            PatientCase patientCase = editing.open(caseFolder);
            plan = patientCase.getPlans().isEmpty() ? null : patientCase.getPlans().get(patientCase.getPlans().size() - 1);
            problem = null;
        } catch (CaseLoadException e) {
            problem = "Cannot open " + caseFolder + ": " + e.getMessage();
        }
        fire();
    }

    /**
     * Runs an edit of the case (contours, structures, seeds, needles) on the session's command stack, so
     * it can be undone; false if the command refused to run (e.g. a duplicate structure name).
     */
    public boolean execute(Command command) {
        return editing.execute(command);
    }

    /**
     * Runs a change of the case (e.g. a facade's {@code apply(case, result)}) as one undoable
     * {@link ChangeCommand}; its label names it in Edit ▸ Undo ("Add plan ui-plan-1"). False if no case is
     * open or the change failed (it is then rolled back).
     */
    public boolean change(String label, Runnable change) {
        return editing.change(label, change);
    }

    public void undo() {
        editing.undo();
    }

    public void redo() {
        editing.redo();
    }

    /** "Undo Add plan ui-plan-1", or null when there is nothing to undo. */
    public String undoLabel() {
        return editing.undoLabel();
    }

    public String redoLabel() {
        return editing.redoLabel();
    }

    public BasicCommandStack commands() {
        return editing.commands();
    }

    /** Whether the case has edits not yet saved. */
    public boolean dirty() {
        return editing.dirty();
    }

    /** The scheduling rule of the open case (null when none is open): set it on every Job that reads or changes the case. */
    public CaseRule rule() {
        return editing.rule();
    }

    /**
     * Saves the case into its folder (atomically: on failure the folder keeps what it had) and marks it clean;
     * the undo history is kept. The session holds no lock while the case is open, so commands can write it
     * meanwhile; the save takes the folder's lock and is refused (CaseConflictException) if a command saved
     * the case since it was opened here, or (CaseLockedException) while one is writing it. A refused save
     * keeps the edits here, unsaved.
     */
    public void save() throws IOException {
        editing.save();
        List.copyOf(editListeners).forEach(Runnable::run);
    }

    /** Told after every edit, undo, redo and save. */
    public void addEditListener(Runnable listener) {
        editListeners.add(listener);
    }

    public void removeEditListener(Runnable listener) {
        editListeners.remove(listener);
    }

    public void setPlan(Plan plan) {
        this.plan = plan;
        fire();
    }

    public PatientCase patientCase() {
        return editing.patientCase();
    }

    public Path folder() {
        return editing.folder();
    }

    public Plan plan() {
        return plan;
    }

    public String problem() {
        return problem;
    }

    public void addListener(Consumer<CaseSession> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<CaseSession> listener) {
        listeners.remove(listener);
    }

    private void fire() {
        for (Consumer<CaseSession> l : List.copyOf(listeners)) {
            l.accept(this);
        }
    }
}
