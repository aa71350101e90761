package org.opensabt.registry.cli;

import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.registry.Registry;
import org.opensabt.registry.RegistryCredentials;
import org.opensabt.registry.RegistryInputException;

import picocli.CommandLine.Option;

/** The options every registry command shares: where the registry is and whose account connects (never a password). */
abstract class RegistryConnectionOptions {

    @Option(names = "--registry", paramLabel = "URL|FOLDER", description = { "The registry: a folder for the embedded H2 registry (default engine),",
            "or jdbc:postgresql://HOST:PORT/DB. Default: the credentials file's url=, else $" + RegistryCredentials.ENV_URL + "." })
    String registry;

    @Option(names = "--credentials", paramLabel = "FILE", description = { "Account file (mode 600) with user= and password= (and url=). Default: $"
            + RegistryCredentials.ENV_FILE + ", else $" + RegistryCredentials.ENV_USER + " and $" + RegistryCredentials.ENV_PASSWORD + ",",
            "else, for an H2 folder, the owner's file written by registry init." })
    String credentials;

    RegistryCredentials credentials(CommandContext context) throws CommandException {
        try {
            return RegistryCredentials.resolve(registry, credentials == null ? null : context.resolve(credentials), System.getenv(), context.workingDirectory());
        } catch (RegistryInputException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    Registry connect(CommandContext context) throws CommandException {
        try {
            return Registry.connect(credentials(context));
        } catch (RegistryInputException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }
}
