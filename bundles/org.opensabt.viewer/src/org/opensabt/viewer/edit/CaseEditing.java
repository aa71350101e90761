package org.opensabt.viewer.edit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.opensabt.model.PatientCase;
import org.opensabt.model.store.CaseLoadException;
import org.opensabt.model.store.CaseStore;

/**
 * An open case being edited, without any UI: the in-memory case, its folder, the command stack of its
 * edits (Undo/Redo) and its {@link CaseRule}. Only opening another case clears the undo history; saving
 * marks the stack's save point (the case is clean there; undo after a save makes it dirty again, redo
 * back to the save point clean) and exporting does not touch the stack at all. No edit may change an
 * approved plan ({@link ApprovedPlans}): such an edit is rolled back and refused, {@link #lastRefusal()} says why.
 */
public final class CaseEditing {

    private String refusal;
    private final BasicCommandStack commands = new BasicCommandStack() {
        @Override
        protected void handleError(Exception exception) {
            refusal = exception.getMessage() != null ? exception.getMessage() : exception.toString();
            if (!(exception instanceof ApprovedPlanException)) {
                super.handleError(exception);
            }
        }
    };
    private final String writtenBy;
    private PatientCase patientCase;
    private Path folder;

    /** @param writtenBy who saves (recorded in the case and its lock), e.g. "OpenSABT workbench" */
    public CaseEditing(String writtenBy) {
        this.writtenBy = writtenBy;
    }

    /** Opens a case folder in place of the current case; the undo history starts anew. */
    public PatientCase open(Path caseFolder) throws CaseLoadException {
        PatientCase loaded = new CaseStore(writtenBy).load(caseFolder);
        patientCase = loaded;
        folder = caseFolder;
        commands.flush();
        return loaded;
    }

    /**
     * Opens a case that was loaded elsewhere from {@code caseFolder} (e.g. by a background job with
     * {@code CaseStore.load}) in place of the current case; the undo history starts anew.
     */
    public PatientCase open(Path caseFolder, PatientCase loaded) {
        patientCase = loaded;
        folder = caseFolder;
        commands.flush();
        return loaded;
    }

    /**
     * Saves the case into its folder (atomically, under the folder's lock; refused with a
     * {@code CaseConflictException} if another writer saved it since it was opened here) and marks the
     * stack's save point. The undo history is kept. A refused save changes nothing here.
     */
    public void save() throws IOException {
        if (patientCase == null || folder == null) {
            throw new IOException("no case is open");
        }
        new CaseStore(writtenBy).save(patientCase, folder);
        commands.saveIsDone();
    }

    /**
     * Runs an edit on the stack; false (and nothing changed) if no case is open, the command refuses, or it
     * would edit an approved plan ({@link #lastRefusal()} then says why).
     */
    public boolean execute(Command command) {
        refusal = null;
        if (patientCase == null) {
            refusal = "no case is open";
            return false;
        }
        if (!command.canExecute()) {
            refusal = "'" + command.getLabel() + "' cannot run here";
            return false;
        }
        Command run = command instanceof ChangeCommand ? command : new Guarded(patientCase, command);
        commands.execute(run);
        return commands.getMostRecentCommand() == run;
    }

    /** Why the last {@link #execute} or {@link #change} returned false (e.g. the approved plan's refusal), or null if it ran. */
    public String lastRefusal() {
        return refusal;
    }

    /**
     * Runs a change of the open case as one undoable {@link ChangeCommand} labelled {@code label}; false if
     * no case is open or the change threw (it is then rolled back and the stack's error handler told).
     */
    public boolean change(String label, Runnable change) {
        return patientCase != null && execute(new ChangeCommand(patientCase, label, change));
    }

    public boolean canUndo() {
        return commands.canUndo();
    }

    public boolean canRedo() {
        return commands.canRedo();
    }

    public void undo() {
        if (commands.canUndo()) {
            commands.undo();
        }
    }

    public void redo() {
        if (commands.canRedo()) {
            commands.redo();
        }
    }

    /** The label of the edit Undo would undo ("Add plan ui-plan-1"), or null. */
    public String undoLabel() {
        return commands.canUndo() ? commands.getUndoCommand().getLabel() : null;
    }

    /** The label of the edit Redo would redo, or null. */
    public String redoLabel() {
        return commands.canRedo() ? commands.getRedoCommand().getLabel() : null;
    }

    /** Whether the case has edits since it was opened or last saved. */
    public boolean dirty() {
        return commands.isSaveNeeded();
    }

    public BasicCommandStack commands() {
        return commands;
    }

    public PatientCase patientCase() {
        return patientCase;
    }

    public Path folder() {
        return folder;
    }

    /** The scheduling rule of the open case (null when none is open). */
    public CaseRule rule() {
        return folder == null ? null : CaseRule.of(folder);
    }

    /** Any other command, held to the approved-plan rule: undone with its own undo and refused if it broke it. */
    private static final class Guarded extends CommandWrapper {
        private final PatientCase scope;

        Guarded(PatientCase scope, Command command) {
            super(command);
            this.scope = scope;
        }

        @Override
        public void execute() {
            ApprovedPlans approved = ApprovedPlans.before(scope);
            if (approved.none()) {
                super.execute();
                return;
            }
            ChangeRecorder recorder = new ChangeRecorder(List.of(scope));
            try {
                super.execute();
            } catch (RuntimeException | Error e) {
                recorder.dispose();
                throw e;
            }
            ChangeDescription done = recorder.endRecording();
            recorder.dispose();
            String why = approved.violation(done);
            if (why != null) {
                done.apply();
                throw new ApprovedPlanException(why);
            }
        }
    }
}
