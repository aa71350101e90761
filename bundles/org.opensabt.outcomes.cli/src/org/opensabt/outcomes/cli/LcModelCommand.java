package org.opensabt.outcomes.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.outcomes.LocalControlModel;
import org.opensabt.outcomes.LocalControlModels;
import org.opensabt.outcomes.OutcomeInputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "lc-model", description = { "Predicted local control for a patient at 12, 36 and 60 months with 95 %% CIs, from a local-control model",
        "(a shipped one by id, or a file written by outcomes --lc-model-out); without --gtv-cc, lists the shipped models." })
public final class LcModelCommand implements CliCommand {

    @Option(names = "--model", paramLabel = "ID|FILE", description = "The model (default: " + LocalControlModels.DEFAULT_ID + ").")
    String model;

    @Option(names = "--gtv-cc", paramLabel = "CC", description = "GTV volume (cc).")
    Double gtvCc;

    @Option(names = "--d90-gy", paramLabel = "GY", description = "D90 of the GTV (Gy).")
    Double d90Gy;

    @Option(names = "--method", defaultValue = "CT_TEMPLATE", paramLabel = "CT|CT_TEMPLATE", description = "Implant method (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--target-percent", defaultValue = "80", paramLabel = "PERCENT", description = "What-if: the D90 that reaches this local control at 36 months (default: ${DEFAULT-VALUE} %%).")
    double targetPercent;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        if (gtvCc == null && d90Gy == null) {
            List<Map<String, Object>> list = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (String id : LocalControlModels.SHIPPED) {
                LocalControlModel m = load(id, context);
                list.add(Map.of("id", id, "formula", m.formula(), "n", m.provenance().n(), "events", m.provenance().events(), "notes", m.notes()));
                text.append(String.format("%-34s %s (N %d, %d events)%s%n", id, m.formula(), m.provenance().n(), m.provenance().events(),
                        id.equals(LocalControlModels.DEFAULT_ID) ? "  default" : ""));
            }
            return CommandResult.of(text.toString(), Map.of("models", list, "default", LocalControlModels.DEFAULT_ID));
        }
        if (gtvCc == null || d90Gy == null || !(gtvCc > 0) || !(d90Gy > 0)) {
            throw new CommandException("give both --gtv-cc and --d90-gy (positive)");
        }
        if (!LocalControlModel.METHODS.contains(method)) {
            throw new CommandException("--method: expected CT or CT_TEMPLATE, found " + method);
        }
        if (!(targetPercent > 0 && targetPercent < 100)) {
            throw new CommandException("--target-percent must lie between 0 and 100");
        }
        LocalControlModels.PlanPrediction p = LocalControlModels.predict(load(model, context), gtvCc, d90Gy, method, targetPercent / 100);
        Map<String, Object> json = p.toJson();
        return CommandResult.of(p.text(), json);
    }

    private static LocalControlModel load(String id, CommandContext context) throws CommandException {
        try {
            return LocalControlModels.load(id, context.workingDirectory());
        } catch (OutcomeInputException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }
}
