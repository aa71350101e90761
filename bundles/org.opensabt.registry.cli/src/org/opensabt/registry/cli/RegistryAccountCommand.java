package org.opensabt.registry.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;

import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.registry.Registry;
import org.opensabt.registry.RegistryInputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "account", description = { "Add a centre account (sees and submits only its centre's rows) or an analyst account (reads the pooled",
        "cohort). The registry's owner only. The new account's password comes from a file (mode 600), never the command line." })
public final class RegistryAccountCommand extends RegistryConnectionOptions implements CliCommand {

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "Account name (lower case letters, digits, '_').")
    String user;

    @Option(names = "--role", required = true, paramLabel = "centre|analyst", description = "centre or analyst.")
    String role;

    @Option(names = "--centre", paramLabel = "CODE", description = "A centre account's centre.")
    String centre;

    @Option(names = "--password-file", required = true, paramLabel = "FILE", description = "File whose first line is the new account's password (at least 12 characters).")
    String passwordFile;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        Registry.Role r = switch (role) {
        case "centre" -> Registry.Role.CENTRE;
        case "analyst" -> Registry.Role.ANALYST;
        default -> throw new CommandException("--role: expected centre or analyst, found " + role);
        };
        Path file = context.resolve(passwordFile);
        char[] password;
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.OTHERS_READ) || perms.contains(PosixFilePermission.GROUP_READ)) {
                throw new CommandException(file + ": the password file is readable by others; chmod 600 it");
            }
            String first = Files.readAllLines(file).stream().findFirst().orElse("");
            password = first.strip().toCharArray();
        } catch (IOException e) {
            throw new CommandException(file + ": cannot read the password file: " + e.getMessage(), e);
        }
        try (Registry registry = connect(context)) {
            registry.addAccount(user, r, centre, password);
            return CommandResult.of("added " + role + " account " + user + (centre == null ? "" : " for centre " + centre) + "\n",
                    Map.of("user", user, "role", role, "centre", centre == null ? "" : centre));
        } catch (RegistryInputException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }
}
