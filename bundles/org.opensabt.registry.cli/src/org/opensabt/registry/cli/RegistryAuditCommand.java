package org.opensabt.registry.cli;

import java.util.List;
import java.util.Map;

import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.registry.Registry;
import org.opensabt.registry.RegistryInputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "audit", description = "The registry's audit trail, newest first: every init, account, submission (refused ones too) and cohort export. The owner only.")
public final class RegistryAuditCommand extends RegistryConnectionOptions implements CliCommand {

    @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "Events to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        try (Registry registry = connect(context)) {
            List<Map<String, Object>> events = registry.audit(limit);
            StringBuilder text = new StringBuilder();
            for (Map<String, Object> e : events) {
                text.append(String.format("%s  %-10s %-17s %-6s %s%n", e.get("at"), e.get("user"), e.get("action"), e.get("centre") == null ? "" : e.get("centre"),
                        e.get("detail")));
            }
            return CommandResult.of(text.toString(), Map.of("events", events));
        } catch (RegistryInputException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }
}
