package org.opensabt.template.cli;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.opensabt.cli.api.CommandContext;

/** A facade's progress as lines for a person: each sub-task, prefixed by the command's name, on stderr (silent with --json). */
final class ProgressLines extends NullProgressMonitor {

    private final CommandContext context;
    private final String prefix;

    ProgressLines(CommandContext context, String command) {
        this.context = context;
        this.prefix = command + ": ";
    }

    @Override
    public void subTask(String name) {
        if (name != null && !name.isBlank()) {
            context.progress(prefix + name);
        }
    }
}
