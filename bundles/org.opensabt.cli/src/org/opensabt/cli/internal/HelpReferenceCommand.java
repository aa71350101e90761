package org.opensabt.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.OutputFiles;
import org.opensabt.cli.api.CommandResult;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Writes the Markdown command-line reference of the commands this product has (docs/user/cli-reference.md).
 * Hidden: a tool for the documentation, not for users.
 */
@Command(name = "help-reference", hidden = true,
        description = "Write the command-line reference (Markdown) of every installed command.")
public final class HelpReferenceCommand implements CliCommand {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "Markdown file to write (default: print it).")
    String out;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        CommandLine root = spec.root().commandLine();
        String markdown = CliReference.markdown(root);
        int count = CliReference.commandCount(root);
        if (out == null) {
            return CommandResult.of(markdown.stripTrailing(), Map.of("commands", count, "markdown", markdown));
        }
        Path file = context.resolve(out);
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new CommandException(out + ": no such folder: " + dir);
        }
        try { // never half a reference
            OutputFiles.writeAtomically(file, markdown);
        } catch (IOException e) {
            throw new CommandException(out + ": cannot write the reference: " + e.getMessage(), e);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file.toString());
        json.put("commands", count);
        return CommandResult.of("wrote " + out + " (" + count + " commands)", json);
    }
}
