package org.opensabt.viewer.ui;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Runs a facade call (a typed request in, a typed result out) as an Eclipse {@link Job}: with the case's
 * scheduling rule, its progress (task and subtask lines) shown by the view, Cancel through
 * {@link Job#cancel()} (the facade polls the monitor and throws {@link OperationCanceledException}), and
 * the typed result, the reason it failed, or "cancelled" handed to the view on the UI thread. The pattern
 * of {@link PlanningControls}' Optimise, for every view.
 */
public final class FacadeJob {

    /** The work: calls the facade with the job's monitor; its exception's message is what the view shows. */
    public interface Work<T> {
        T run(IProgressMonitor monitor) throws Exception;
    }

    /** What the view gets on the UI thread (only while {@code owner} is not disposed). */
    public interface Handler<T> {
        /** The facade's result. */
        void done(T result);

        /** The facade refused or failed: its one-line message. */
        void failed(String message);

        /** The user cancelled; nothing was applied. */
        void cancelled();

        /** A progress line of the facade (task or subtask). */
        default void progress(String line) {
        }
    }

    private FacadeJob() {
    }

    /**
     * Schedules the work as a user job named {@code name} under {@code rule} (null: no rule, e.g. work on no case).
     * The job's result is always OK or CANCEL: failures are the view's to show, not an error dialog.
     */
    public static <T> Job schedule(String name, ISchedulingRule rule, Control owner, Work<T> work, Handler<T> handler) {
        Display display = owner.getDisplay();
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                IProgressMonitor shown = new ProgressMonitorWrapper(monitor) {
                    @Override
                    public void beginTask(String task, int totalWork) {
                        super.beginTask(task, totalWork);
                        tell(task);
                    }

                    @Override
                    public void setTaskName(String task) {
                        super.setTaskName(task);
                        tell(task);
                    }

                    @Override
                    public void subTask(String line) {
                        super.subTask(line);
                        tell(line);
                    }

                    private void tell(String line) {
                        if (line != null && !line.isBlank()) {
                            ui(display, owner, () -> handler.progress(line));
                        }
                    }
                };
                try {
                    T result = work.run(shown);
                    if (monitor.isCanceled()) {
                        ui(display, owner, handler::cancelled);
                        return Status.CANCEL_STATUS;
                    }
                    ui(display, owner, () -> handler.done(result));
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    ui(display, owner, handler::cancelled);
                    return Status.CANCEL_STATUS;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    ui(display, owner, handler::cancelled);
                    return Status.CANCEL_STATUS;
                } catch (Exception | LinkageError | AssertionError e) {
                    // a domain refusal (checked exception, bad argument) is one precise line; anything else shows its type
                    boolean refusal = e instanceof Exception && !(e instanceof RuntimeException) || e instanceof IllegalArgumentException;
                    String message = refusal && e.getMessage() != null ? e.getMessage() : e.toString();
                    ui(display, owner, () -> handler.failed(monitor.isCanceled() ? "cancelled" : message));
                    return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
                } finally {
                    monitor.done();
                }
            }
        };
        job.setRule(rule);
        job.setUser(false); // the view shows progress and Cancel; the workbench's progress view lists it too
        job.schedule();
        return job;
    }

    private static void ui(Display display, Control owner, Runnable r) {
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (!owner.isDisposed()) {
                r.run();
            }
        });
    }

    /** A handler from lambdas; progress lines go to {@code progress} (may be null). */
    public static <T> Handler<T> handler(Consumer<T> done, Consumer<String> failed, Runnable cancelled, Consumer<String> progress) {
        return new Handler<>() {
            @Override
            public void done(T result) {
                done.accept(result);
            }

            @Override
            public void failed(String message) {
                failed.accept(message);
            }

            @Override
            public void cancelled() {
                cancelled.run();
            }

            @Override
            public void progress(String line) {
                if (progress != null) {
                    progress.accept(line);
                }
            }
        };
    }
}
