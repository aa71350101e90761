package org.opensabt.cli.api;

import java.io.PrintStream;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * What a command may use from the application: the output streams, the working directory (relative
 * paths on the command line resolve against it) and the global flags.
 */
public record CommandContext(PrintStream out, PrintStream err, Path workingDirectory, boolean json, boolean debug,
        String productVersion) {

    /** Resolves a path given on the command line. */
    public Path resolve(String path) {
        return workingDirectory.resolve(path).normalize();
    }

    /** Progress for a person: goes to stderr and is silenced by --json. */
    public void progress(String line) {
        if (!json) {
            err.println(line);
        }
    }

    /** A facade's progress monitor whose sub-tasks are printed as {@link #progress} lines. */
    public IProgressMonitor progressMonitor() {
        return progressMonitor("");
    }

    /** As {@link #progressMonitor()}, each line prefixed (e.g. "template: "). */
    public IProgressMonitor progressMonitor(String prefix) {
        return new NullProgressMonitor() {
            @Override
            public void subTask(String name) {
                if (name != null && !name.isBlank()) {
                    progress(prefix + name);
                }
            }
        };
    }
}
