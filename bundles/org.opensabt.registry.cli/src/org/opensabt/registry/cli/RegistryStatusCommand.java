package org.opensabt.registry.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.registry.Registry;
import org.opensabt.registry.RegistryInputException;

import picocli.CommandLine.Command;

@Command(name = "status", description = "Patients, follow-ups and submissions per centre, as far as the account may see (a centre account: its own).")
public final class RegistryStatusCommand extends RegistryConnectionOptions implements CliCommand {

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        try (Registry registry = connect(context)) {
            Registry.Status s = registry.status();
            StringBuilder text = new StringBuilder(String.format("registry %s, schema version %d; account %s (%s%s)%n", s.url(), s.schemaVersion(),
                    s.account().user(), s.account().role().name().toLowerCase(), s.account().centre() == null ? "" : ", centre " + s.account().centre()));
            text.append(String.format("%-10s %10s %10s %12s %22s%n", "centre", "patients", "follow-ups", "submissions", "latest follow-up (mo)"));
            List<Map<String, Object>> centres = new ArrayList<>();
            for (Registry.CentreStatus c : s.centres()) {
                text.append(String.format("%-10s %10d %10d %12d %22.1f%n", c.centre(), c.patients(), c.followUps(), c.submissions(), c.lastFollowUpMonthsMax()));
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("centre", c.centre());
                m.put("patients", c.patients());
                m.put("followUps", c.followUps());
                m.put("submissions", c.submissions());
                m.put("latestFollowUpMonths", c.lastFollowUpMonthsMax());
                centres.add(m);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("registry", s.url());
            json.put("schemaVersion", s.schemaVersion());
            json.put("account", Map.of("user", s.account().user(), "role", s.account().role().name().toLowerCase(), "centre",
                    s.account().centre() == null ? "" : s.account().centre()));
            json.put("centres", centres);
            return CommandResult.of(text.toString(), json);
        } catch (RegistryInputException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }
}
