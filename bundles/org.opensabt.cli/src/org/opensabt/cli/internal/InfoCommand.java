package org.opensabt.cli.internal;

import org.opensabt.model.store.CaseSummaries;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.model.PatientCase;
import org.opensabt.model.store.CaseLoadException;
import org.opensabt.model.store.CaseStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "info", description = "Summarise a case folder: patient, image series, structures (with units).")
public final class InfoCommand implements CliCommand {

    @Parameters(index = "0", paramLabel = "CASE", description = "Case folder (holds case.xmi).")
    String caseFolder;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        PatientCase c;
        try {
            c = new CaseStore().load(context.resolve(caseFolder));
        } catch (CaseLoadException e) {
            throw new CommandException(e.getMessage(), e);
        }
        return CommandResult.of(CaseSummaries.toText(c), CaseSummaries.toJson(c));
    }
}
