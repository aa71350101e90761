package org.opensabt.viewer.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.opensabt.model.Patient;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.store.CaseLoadException;
import org.opensabt.model.store.CaseStore;
import org.opensabt.viewer.edit.CaseEditing;
import org.opensabt.viewer.edit.CaseRule;
import org.opensabt.viewer.edit.ChangeCommand;

/**
 * The case and plan the workbench views show, shared by them (one per workbench): a view that changes the
 * plan tells the others through the listeners. The case given as -Dopensabt.case is opened on first use.
 * Edits run on the case's command stack ({@link CaseEditing}): Edit ▸ Undo/Redo, the views' buttons and
 * Ctrl+Z/Ctrl+Y undo and redo them; saving keeps the history. Jobs that read or change the case run under
 * its {@link #rule()}.
 * <p>
 * Every way of opening a case (the case explorer, recent cases, the welcome page, the case summary, a DICOM
 * import) goes through {@link #open(Path)}, which asks first when the open case has unsaved edits:
 * Save, Discard or Cancel, naming the case and its unsaved edits ({@link #unsavedEdits()}). The
 * {@link #banner()} ("Doe^J (STS_001) · case sts-001 · plan plan-1 DRAFT") names the patient in the window
 * title and on every {@link SessionView}.
 */
public final class CaseSession {

    private static final CaseSession INSTANCE = new CaseSession();

    private final CaseEditing editing = new CaseEditing("OpenSABT workbench");
    private Plan plan;
    private String problem;
    private boolean opened;
    /** The case folder being read in the background at start (-Dopensabt.case), or null. */
    private Path loading;
    /** The initial case as read in the background (folder, case or null, problem or null) until it is opened. */
    private volatile Object[] initialRead;
    private final List<Consumer<CaseSession>> listeners = new ArrayList<>();
    private final List<Runnable> editListeners = new ArrayList<>();
    /** Mirror of the command stack: the edits done (oldest first) and undone (last undone last), for {@link #unsavedEdits()}. */
    private final List<Command> done = new ArrayList<>();
    private final List<Command> undone = new ArrayList<>();
    /** How many of {@link #done} were done at the last save or open; -1 when the saved state was left behind by a new edit after undos. */
    private int savedAt;
    private SwitchDecision decision;
    private final CaseSaveable saveable = new CaseSaveable(this);

    /** What to do with unsaved edits before another case is opened. */
    public enum Choice {
        SAVE, DISCARD, CANCEL
    }

    /** Decides what happens to the open case's unsaved edits before another case is opened (the dialog, or a test's answer). */
    @FunctionalInterface
    public interface SwitchDecision {
        Choice decide(CaseSession session, Path next);
    }

    private CaseSession() {
        editing.commands().addCommandStackListener(e -> {
            mirror();
            // an undone or replaced plan: show the case's plan of the same id, else its last
            PatientCase patientCase = editing.patientCase();
            if (patientCase != null && plan != null && !patientCase.getPlans().contains(plan)) {
                String id = plan.getPlanId();
                plan = patientCase.getPlans().stream().filter(p -> p.getPlanId().equals(id)).findFirst()
                        .orElse(patientCase.getPlans().isEmpty() ? null : patientCase.getPlans().get(patientCase.getPlans().size() - 1));
                fire();
            }
            DoseInputs.follow(editing.patientCase(), lastEdit());
            List.copyOf(editListeners).forEach(Runnable::run);
        });
    }

    /** The edit just made, undone or redone, as Edit ▸ Undo/Redo names it: "\"Widen GTV\"" or "undo of \"Widen GTV\"". */
    private String lastEdit() {
        Command recent = editing.commands().getMostRecentCommand();
        if (recent == null) {
            return "an edit";
        }
        String label = recent.getLabel() == null ? "an edit" : recent.getLabel();
        return recent == editing.commands().getUndoCommand() ? "\"" + label + "\"" : "undo of \"" + label + "\"";
    }

    /**
     * Why a plan's metrics and DVH are out of date: the edit after which they went stale and what it changed
     * ("\"Widen GTV\" (structures changed)"); null when they are current (or the plan has no dose). UI thread.
     */
    public String metricsOutOfDate(Plan plan) {
        PatientCase c = patientCase();
        return c == null || plan == null || !c.getPlans().contains(plan) ? null : DoseInputs.outOfDate(c, plan);
    }

    public static CaseSession get() {
        INSTANCE.openInitial();
        INSTANCE.adoptInitialIfRead();
        return INSTANCE;
    }

    /** On the UI thread: opens the initial case as soon as it has been read (e.g. while the views are being created). */
    private void adoptInitialIfRead() {
        Object[] read = initialRead;
        if (read != null && Display.getCurrent() != null) {
            initialRead = null;
            adoptInitial((Path) read[0], (PatientCase) read[1], (String) read[2]);
        }
    }

    private void openInitial() {
        if (opened) {
            return;
        }
        opened = true;
        String initial = System.getProperty("opensabt.case");
        if (initial == null) {
            return;
        }
        Path folder = Path.of(initial);
        Display display = Display.getCurrent();
        if (display == null) {
            open(folder);
            return;
        }
        // on the UI thread (the workbench starting): read the case in the background while the workbench builds its
        // window, then open it on the UI thread; the views say "Opening …" meanwhile
        loading = folder;
        Thread reader = new Thread(() -> {
            PatientCase loaded = null;
            String failed = null;
            try {
                StartTimes.mark("opening " + folder + " (background)");
                loaded = new CaseStore("OpenSABT workbench").load(folder);
                StartTimes.mark("loaded " + loaded.getCaseId());
            } catch (CaseLoadException | RuntimeException e) {
                failed = e.getMessage();
            }
            PatientCase result = loaded;
            String problemText = failed;
            initialRead = new Object[] { folder, result, problemText };
            if (!display.isDisposed()) {
                display.asyncExec(this::adoptInitialIfRead);
            }
        }, "OpenSABT: read " + folder);
        reader.setDaemon(true);
        reader.start();
    }

    /** The initial case read in the background, opened unless another case was opened meanwhile. */
    private void adoptInitial(Path folder, PatientCase loaded, String failed) {
        if (loading != folder) {
            return;
        }
        loading = null;
        if (patientCase() != null) {
            return; // the user opened a case meanwhile
        }
        if (loaded == null) {
            problem = "Cannot open " + folder + ": " + failed;
        } else {
            StartTimes.mark("adopted " + loaded.getCaseId());
            adopt(folder, loaded);
        }
        fire();
        List.copyOf(editListeners).forEach(Runnable::run);
    }

    private void adopt(Path folder, PatientCase patientCase) {
        editing.open(folder, patientCase);
        DoseInputs.seen(patientCase);
        plan = patientCase.getPlans().isEmpty() ? null : patientCase.getPlans().get(patientCase.getPlans().size() - 1);
        problem = null;
        done.clear();
        undone.clear();
        savedAt = 0;
    }

    /**
     * Opens a case folder and shows its last plan (the undo history of the previous case is dropped): the one
     * way every view opens a case. When the open case has unsaved edits, asks first ({@link #setSwitchDecision}):
     * Save (a refused save keeps the case open and returns false), Discard, or Cancel (nothing changes). A case
     * that cannot be read leaves a {@link #problem()} and the open case as it was. True if the case was opened.
     */
    public boolean open(Path caseFolder) {
        if (dirty()) {
            SwitchDecision ask = decision != null ? decision : CaseSession::askInDialog;
            Choice choice = ask.decide(this, caseFolder);
            if (choice == null || choice == Choice.CANCEL) {
                return false;
            }
            if (choice == Choice.SAVE) {
                try {
                    save();
                } catch (IOException e) {
                    problem = "Not saved, so " + caseFolder + " was not opened: " + e.getMessage();
                    fire();
                    return false;
                }
            }
        }
        boolean opened;
        try {
            StartTimes.mark("opening " + caseFolder);
            PatientCase patientCase = new CaseStore("OpenSABT workbench").load(caseFolder);
            StartTimes.mark("loaded " + patientCase.getCaseId());
            loading = null;
            adopt(caseFolder, patientCase);
            opened = true;
        } catch (CaseLoadException e) {
            problem = "Cannot open " + caseFolder + ": " + e.getMessage();
            opened = false;
        }
        fire();
        List.copyOf(editListeners).forEach(Runnable::run);
        return opened;
    }

    /**
     * Sets who decides about unsaved edits when another case is opened (null: the default, a Save / Discard /
     * Cancel dialog while the workbench runs, else Discard as before there was a guard, e.g. in panel tests).
     */
    public void setSwitchDecision(SwitchDecision decision) {
        this.decision = decision;
    }

    /** The Save / Discard / Cancel dialog, naming the case and listing its unsaved edits. */
    public static Choice askInDialog(CaseSession session, Path next) {
        Display display = Display.getCurrent();
        if (display == null || !PlatformUI.isWorkbenchRunning()) {
            return Choice.DISCARD;
        }
        Shell parent = display.getActiveShell();
        if (parent == null && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null) {
            parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        }
        MessageDialog dialog = new MessageDialog(parent, SWITCH_DIALOG_TITLE, null, switchQuestion(session, next), MessageDialog.WARNING, 0,
                "Save", "Discard", "Cancel");
        return switch (dialog.open()) {
        case 0 -> Choice.SAVE;
        case 1 -> Choice.DISCARD;
        default -> Choice.CANCEL;
        };
    }

    /**
     * Before the workbench closes: when the case has unsaved edits, asks Save / Discard / Cancel (the decision set
     * by {@link #setSwitchDecision}, else the dialog) with the question "Save changes to case sts-001 (STS_001,
     * Doe^J): Add plan ui-plan-1, Add structure Nerve?". Save saves (a refused save keeps the workbench open);
     * Discard forgets the edits (the case is marked clean, nothing written). False when the workbench must stay open.
     */
    public boolean closing() {
        if (!dirty()) {
            return true;
        }
        Choice choice = decision != null ? decision.decide(this, null) : askOnClose(this);
        if (choice == Choice.SAVE) {
            try {
                save();
            } catch (IOException e) {
                problem = "Not saved, so the workbench stays open: " + e.getMessage();
                fire();
                return false;
            }
            return true;
        }
        if (choice == Choice.DISCARD) {
            editing.commands().saveIsDone(); // closing: the edits are dropped with the workbench
            return true;
        }
        return false;
    }

    /** "Save changes to case sts-001 (STS_001, Doe^J): Add plan ui-plan-1, Add structure Nerve?" */
    public static String closeQuestion(CaseSession session) {
        return "Save changes to " + session.saveable().getName() + "?";
    }

    private static Choice askOnClose(CaseSession session) {
        Display display = Display.getCurrent();
        if (display == null || !PlatformUI.isWorkbenchRunning()) {
            return Choice.DISCARD;
        }
        Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null ? PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()
                : display.getActiveShell();
        MessageDialog dialog = new MessageDialog(parent, SWITCH_DIALOG_TITLE, null, closeQuestion(session), MessageDialog.WARNING, 0, "Save", "Discard",
                "Cancel");
        return switch (dialog.open()) {
        case 0 -> Choice.SAVE;
        case 1 -> Choice.DISCARD;
        default -> Choice.CANCEL;
        };
    }

    /** The title of the dialog that asks before another case is opened. */
    public static final String SWITCH_DIALOG_TITLE = "Unsaved changes";

    /** The question of that dialog: the case, its unsaved edits and the case to open next. */
    public static String switchQuestion(CaseSession session, Path next) {
        StringBuilder text = new StringBuilder("Save changes to ").append(session.caseName()).append(" before opening ")
                .append(next.getFileName() == null ? next : next.getFileName()).append("?\n\nUnsaved:");
        for (String edit : session.unsavedEdits()) {
            text.append("\n  \u2022 ").append(edit);
        }
        return text.toString();
    }

    /**
     * The open case's unsaved edits, oldest first, by their undo labels ("Add plan ui-plan-1"); an edit undone
     * since the last save is listed as "Undone: …". Empty when the case is clean or none is open.
     */
    public List<String> unsavedEdits() {
        List<String> edits = new ArrayList<>();
        if (!dirty()) {
            return edits;
        }
        if (savedAt < 0) {
            done.forEach(c -> edits.add(c.getLabel()));
        } else if (savedAt <= done.size()) {
            done.subList(savedAt, done.size()).forEach(c -> edits.add(c.getLabel()));
        } else {
            // undone since the save: the redo list holds them, last undone last
            int undoneSinceSave = savedAt - done.size();
            for (int i = undone.size() - 1; i >= undone.size() - undoneSinceSave && i >= 0; i--) {
                edits.add("Undone: " + undone.get(i).getLabel());
            }
        }
        return edits;
    }

    /** Follows the command stack: a new edit, an undo or a redo (one at a time, as the stack tells its listeners). */
    private void mirror() {
        BasicCommandStack stack = editing.commands();
        Command top = stack.getUndoCommand();
        Command last = done.isEmpty() ? null : done.get(done.size() - 1);
        if (top == last) {
            return;
        }
        if (!undone.isEmpty() && top == undone.get(undone.size() - 1)) {
            done.add(undone.remove(undone.size() - 1)); // redo
        } else if (done.size() >= 2 && top == done.get(done.size() - 2) || done.size() == 1 && top == null) {
            undone.add(done.remove(done.size() - 1)); // undo
        } else if (top != null && !done.contains(top)) {
            if (savedAt > done.size()) {
                savedAt = -1; // the saved state was in the redo list, now dropped
            }
            done.add(top); // a new edit: the redo list is dropped
            undone.clear();
        }
    }

    /** "case sts-001 (STS_001, Doe^J)", or "no case". */
    public String caseName() {
        PatientCase c = patientCase();
        if (c == null) {
            return "no case";
        }
        Patient p = c.getPatient();
        String who = p == null ? "" : " (" + nonEmpty(p.getPatientId(), "no patient ID") + ", " + nonEmpty(p.getName(), "no name") + ")";
        return "case " + c.getCaseId() + who;
    }

    /**
     * The patient banner: "Doe^J (STS_001) · case sts-001 · plan plan-1 DRAFT", with a leading '*' when the case
     * has unsaved edits; "No case open" when none is.
     */
    public String banner() {
        PatientCase c = patientCase();
        if (c == null) {
            return loading != null ? "Opening " + loading + "\u2026" : "No case open";
        }
        Patient p = c.getPatient();
        StringBuilder b = new StringBuilder(dirty() ? "*" : "");
        if (p != null) {
            b.append(nonEmpty(p.getName(), "(no name)")).append(" (").append(nonEmpty(p.getPatientId(), "no patient ID")).append(") \u00b7 ");
        }
        b.append("case ").append(c.getCaseId());
        if (plan != null) {
            b.append(" \u00b7 plan ").append(plan.getPlanId());
            if (plan.getStatus() != null) {
                b.append(' ').append(plan.getStatus().getName());
            }
        }
        return b.toString();
    }

    private static String nonEmpty(String s, String otherwise) {
        return s == null || s.isBlank() ? otherwise : s;
    }

    /** The open case as one workbench {@link org.eclipse.ui.Saveable}: the workbench's Save and its exit prompt name the case. */
    public CaseSaveable saveable() {
        return saveable;
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

    /**
     * Why the last {@link #execute} or {@link #change} returned false, as one line for a status line: for an edit of
     * an approved plan "Plan X is approved by Y on Z; make a new draft to change it"; null if it ran.
     */
    public String lastRefusal() {
        return editing.lastRefusal();
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
        savedAt = done.size();
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
