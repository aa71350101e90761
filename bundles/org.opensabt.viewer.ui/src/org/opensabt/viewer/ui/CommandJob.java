package org.opensabt.viewer.ui;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;

import picocli.CommandLine;

/**
 * Runs an `opensabt` command in the workbench as an Eclipse {@link Job}, so a view does exactly what
 * the command line does (same checks, same files, same refusals). The command's text output is
 * discarded; the view gets its result, or the reason it refused, on the UI thread.
 */
public final class CommandJob {

    /** What the view gets: the result (null when refused) and its text or the reason. */
    public interface Done {
        void accept(CommandResult result, String text);
    }

    private CommandJob() {
    }

    /** Schedules the command with these arguments (relative paths resolve against {@code workingDirectory}). */
    public static Job schedule(String name, CliCommand command, List<String> args, Path workingDirectory, Display display, Done done) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(name, IProgressMonitor.UNKNOWN);
                CommandResult result = null;
                String text;
                try (PrintStream quiet = new PrintStream(OutputStream.nullOutputStream())) {
                    new CommandLine(command).parseArgs(args.toArray(String[]::new));
                    result = command.run(new CommandContext(quiet, quiet, workingDirectory, false, false, "workbench"));
                    text = result.toText();
                } catch (CommandException | CommandLine.ParameterException e) {
                    text = e.getMessage();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    text = "interrupted";
                } catch (Exception e) {
                    text = e.toString();
                } finally {
                    monitor.done();
                }
                CommandResult r = result;
                String t = text;
                display.asyncExec(() -> done.accept(r, t));
                return Status.OK_STATUS;
            }
        };
        job.schedule();
        return job;
    }
}
