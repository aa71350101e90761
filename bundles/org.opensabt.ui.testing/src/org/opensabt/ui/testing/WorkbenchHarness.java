package org.opensabt.ui.testing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.opensabt.viewer.ui.CaseSession;
import org.opensabt.workbench.OpenSabtWorkbenchAdvisor;

/**
 * Runs the real OpenSABT workbench (the product's {@link OpenSabtWorkbenchAdvisor}: menus, perspectives, title,
 * every view contributed by the bundles of the test runtime) in a test, and test steps inside it. Tycho's UI
 * harness is not usable here (see bundles/ui-tests/pom.xml), so the test starts the workbench itself on its
 * thread (the display's) with {@code PlatformUI.createAndRunWorkbench}; once the workbench is up, the steps
 * run one after the other on the UI thread (they may pump events with {@link UiHarness#waitFor} and open
 * dialogs answered by {@link #answer}), then the workbench closes (unsaved edits discarded) and {@link #run}
 * returns; a failed step is rethrown there (the steps of the other scenarios still run, their failures added
 * as suppressed).
 * <p>
 * <b>Once per JVM</b>: the Eclipse workbench cannot be created twice in one JVM, so a test fragment calls
 * {@link #run} once (one test method, with several named scenarios).
 * <pre>
 * WorkbenchHarness.run(
 *     WorkbenchHarness.scenario("open a case", window -> { ... }),
 *     WorkbenchHarness.scenario("switch cases", window -> { ... }));
 * </pre>
 */
public final class WorkbenchHarness {

    /** A test step, run on the UI thread in the running workbench. */
    @FunctionalInterface
    public interface Step {
        void run(IWorkbenchWindow window) throws Exception;
    }

    /** A named step; its failure names it. */
    public record Scenario(String name, Step step) {
    }

    public static Scenario scenario(String name, Step step) {
        return new Scenario(name, step);
    }

    private static boolean started;
    /** The longest a scenario may take (a planned phantom takes about a minute on 2 cores). */
    public static final int SCENARIO_SECONDS = 600;

    private WorkbenchHarness() {
    }

    /**
     * Starts the workbench, runs the scenarios in order in it, closes it and returns; throws the first failure
     * (an AssertionError or exception of a scenario, wrapped to name it) with the others suppressed.
     */
    public static void run(Scenario... scenarios) throws Exception {
        run(new OpenSabtWorkbenchAdvisor(), scenarios);
    }

    /** The same with a given advisor (a subclass of the product's, e.g. to change the initial perspective). */
    public static void run(OpenSabtWorkbenchAdvisor product, Scenario... scenarios) throws Exception {
        if (started) {
            throw new IllegalStateException("the workbench runs once per JVM: put all scenarios into one WorkbenchHarness.run");
        }
        started = true;
        Display display = UiHarness.display();
        List<Throwable> failures = new ArrayList<>();
        WorkbenchRunner runner = new WorkbenchRunner(product, scenarios, failures);
        display.asyncExec(runner::startWhenReady);
        int code = PlatformUI.createAndRunWorkbench(display, product);
        CaseSession.get().setSwitchDecision(null);
        if (!runner.finished) {
            failures.add(new AssertionError("the workbench closed (code " + code + ") before the scenarios finished"));
        }
        if (!failures.isEmpty()) {
            Throwable first = failures.get(0);
            for (Throwable t : failures.subList(1, failures.size())) {
                first.addSuppressed(t);
            }
            if (first instanceof Exception e) {
                throw e;
            }
            throw (Error) first;
        }
    }

    /** Asserts that the window title and every session view's banner name {@code patient} and {@code text}. */
    public static void samePatientEverywhere(IWorkbenchWindow window, String patient, String text) {
        UiHarness.settle(300);
        String title = window.getShell().getText();
        if (!(title.contains(patient) && title.contains(text))) {
            throw new AssertionError("title: " + title);
        }
        int views = 0;
        for (org.eclipse.ui.IViewReference ref : window.getActivePage().getViewReferences()) {
            if (ref.getPart(false) instanceof org.opensabt.viewer.ui.SessionView view) {
                views++;
                String banner = view.getContentDescription();
                if (!(banner.contains(patient) && banner.contains(text))) {
                    throw new AssertionError(ref.getId() + ": " + banner);
                }
            }
        }
        if (views < 3) {
            throw new AssertionError("session views: " + views);
        }
    }

    /** Double-click on a tree row as a user does (selection, then default selection: what Enter and double-click send). */
    public static void openItem(org.eclipse.swt.widgets.Tree tree, org.eclipse.swt.widgets.TreeItem item) {
        tree.setSelection(item);
        org.eclipse.swt.widgets.Event select = new org.eclipse.swt.widgets.Event();
        select.item = item;
        tree.notifyListeners(org.eclipse.swt.SWT.Selection, select);
        org.eclipse.swt.widgets.Event open = new org.eclipse.swt.widgets.Event();
        open.item = item;
        tree.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, open);
        UiHarness.settle(300);
    }

    /** Runs the scenarios once the workbench window is open (the first asyncExec may run before it exists). */
    private static final class WorkbenchRunner {
        private final Scenario[] scenarios;
        private final List<Throwable> failures;
        private boolean finished;

        WorkbenchRunner(OpenSabtWorkbenchAdvisor product, Scenario[] scenarios, List<Throwable> failures) {
            this.scenarios = scenarios;
            this.failures = failures;
        }

        void startWhenReady() {
            Display display = Display.getCurrent();
            if (!PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null
                    || PlatformUI.getWorkbench().isStarting()) {
                display.timerExec(100, this::startWhenReady);
                return;
            }
            IWorkbench workbench = PlatformUI.getWorkbench();
            IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
            for (Scenario s : scenarios) {
                // a scenario stuck in a dialog nobody answers: the dialogs are closed after SCENARIO_SECONDS
                int[] running = { 1 };
                Display.getCurrent().timerExec(SCENARIO_SECONDS * 1000, () -> {
                    if (running[0] == 1) {
                        failures.add(new AssertionError("scenario \"" + s.name() + "\" took over " + SCENARIO_SECONDS + " s; its dialogs were closed"));
                        closeDialogs(window);
                    }
                });
                try {
                    s.step().run(window);
                    running[0] = 0;
                } catch (Throwable t) {
                    running[0] = 0;
                    AssertionError named = new AssertionError("scenario \"" + s.name() + "\": " + t, t);
                    failures.add(named);
                    closeDialogs(window);
                }
            }
            finished = true;
            // leave nothing to ask about: the workbench closes without prompts
            CaseSession.get().setSwitchDecision((session, next) -> CaseSession.Choice.DISCARD);
            closeDialogs(window);
            discardEdits();
            if (!workbench.close()) {
                failures.add(new AssertionError("the workbench refused to close"));
                closeDialogs(window);
                discardEdits();
                workbench.close();
            }
        }
    }

    /** Undoes the open case's unsaved edits, so that closing asks nothing. */
    public static void discardEdits() {
        CaseSession session = CaseSession.get();
        int guard = 10_000;
        while (session.dirty() && session.undoLabel() != null && guard-- > 0) {
            session.undo();
        }
        while (session.dirty() && session.redoLabel() != null && guard-- > 0) {
            session.redo();
        }
    }

    /** Closes every shell but the workbench window's (dialogs left open by a failed step). */
    public static void closeDialogs(IWorkbenchWindow window) {
        for (Shell shell : Display.getCurrent().getShells()) {
            if (shell != window.getShell() && !shell.isDisposed() && shell.isVisible()) {
                shell.close();
            }
        }
    }

    /**
     * Answers the next dialog titled {@code title} (it opens after this call, e.g. from the next step's action):
     * the {@code reader} sees its shell (e.g. to record its text), then the button labelled {@code button} is
     * pressed. Polls every 100 ms for up to {@code seconds}.
     */
    public static void answer(String title, java.util.function.Consumer<Shell> reader, String button, int seconds) {
        Display display = Display.getCurrent();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                    if (reader != null) {
                        reader.accept(shell);
                    }
                    UiHarness.press(UiHarness.button(shell, button));
                    return;
                }
            }
            if (System.nanoTime() < end) {
                display.timerExec(100, poll[0]);
            }
        };
        display.timerExec(100, poll[0]);
    }

    /** The text of every Label under the shell, joined by new lines (a message dialog's question). */
    public static String texts(Shell shell) {
        StringBuilder text = new StringBuilder();
        collect(shell, text);
        return text.toString();
    }

    private static void collect(org.eclipse.swt.widgets.Control control, StringBuilder text) {
        if (control instanceof org.eclipse.swt.widgets.Label label && !label.getText().isEmpty()) {
            text.append(label.getText()).append('\n');
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                collect(child, text);
            }
        }
    }
}
