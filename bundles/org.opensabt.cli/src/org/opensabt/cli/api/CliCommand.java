package org.opensabt.cli.api;

/**
 * One opensabt sub-command, contributed through the {@code org.opensabt.cli.commands} extension
 * point. Implementations are annotated with picocli's {@code @Command} and declare their options
 * as fields; the CLI parses the arguments into a fresh instance and then calls {@link #run}.
 */
public interface CliCommand {

    /**
     * Does the work.
     *
     * @return what to report: printed with {@link CommandResult#toText()}, or as JSON with --json
     * @throws CommandException for bad input: the message is shown as one line, exit code 1
     */
    CommandResult run(CommandContext context) throws Exception;
}
