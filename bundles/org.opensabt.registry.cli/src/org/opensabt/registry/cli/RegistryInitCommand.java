package org.opensabt.registry.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.registry.Registry;
import org.opensabt.registry.RegistryCredentials;
import org.opensabt.registry.RegistryInputException;

import picocli.CommandLine.Command;

@Command(name = "init", description = { "Create a registry or bring its schema up to date (versioned migrations). A folder makes an embedded H2",
        "registry whose owner's generated credentials go to FOLDER/" + RegistryCredentials.OWNER_FILE + " (mode 600); for PostgreSQL the",
        "connecting account (the database's owner) becomes the registry's owner." })
public final class RegistryInitCommand extends RegistryConnectionOptions implements CliCommand {

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        try {
            RegistryCredentials owner;
            boolean folder = registry != null && !registry.startsWith("jdbc:") && credentials == null && System.getenv(RegistryCredentials.ENV_FILE) == null
                    && System.getenv(RegistryCredentials.ENV_USER) == null;
            if (folder) {
                owner = RegistryCredentials.ownerOfFolder(context.resolve(registry));
            } else {
                owner = credentials(context);
            }
            Registry.InitResult r = Registry.init(owner);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("registry", r.url());
            json.put("schemaVersion", r.schemaVersion());
            json.put("applied", r.appliedScripts());
            if (folder) {
                json.put("ownerCredentials", context.resolve(registry).resolve(RegistryCredentials.OWNER_FILE).toString());
            }
            return CommandResult.of("registry " + r.url() + ": schema version " + r.schemaVersion()
                    + (r.appliedScripts().isEmpty() ? " (up to date)" : ", applied " + String.join(", ", r.appliedScripts()))
                    + (folder ? "\nowner's credentials: " + Path.of(registry).resolve(RegistryCredentials.OWNER_FILE) : "") + "\n", json);
        } catch (RegistryInputException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }
}
