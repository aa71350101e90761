package org.opensabt.outcomes.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opensabt.cli.api.CaseFolder;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.model.FollowUp;
import org.opensabt.model.PatientCase;
import org.opensabt.model.RecistResponse;
import org.opensabt.outcomes.FollowUps;
import org.opensabt.outcomes.OutcomeInputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "followup", description = { "Record a follow-up visit in a case (RECIST response, local progression, death, KPS and pain NRS before/after),",
        "or list the case's follow-ups; cases with follow-ups form a cohort for 'opensabt outcomes --cases'." })
public final class FollowUpCommand implements CliCommand {

    @Option(names = "--case", required = true, paramLabel = "CASE")
    String caseFolder;

    @Option(names = "--months", paramLabel = "MONTHS", description = "Months since the implant (required unless --list).")
    Double months;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Assessment date.")
    String date;

    @Option(names = "--response", defaultValue = "NE", paramLabel = "CR|PR|SD|PD|NE", description = "RECIST 1.1 response (default: ${DEFAULT-VALUE}).")
    String response;

    @Option(names = "--local-progression", description = "Local progression found at this visit.")
    boolean localProgression;

    @Option(names = "--death", description = "The patient died (months = time of death).")
    boolean death;

    @Option(names = "--kps-before", paramLabel = "KPS") Integer kpsBefore;
    @Option(names = "--kps-after", paramLabel = "KPS") Integer kpsAfter;
    @Option(names = "--pain-before", paramLabel = "NRS") Integer painBefore;
    @Option(names = "--pain-after", paramLabel = "NRS") Integer painAfter;

    @Option(names = "--list", description = "Only list the case's follow-ups.")
    boolean list;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        FollowUp recorded = list ? null : followUp();
        try (CaseFolder opened = list ? CaseFolder.open(context, caseFolder) : CaseFolder.openForWrite(context, caseFolder)) {
            return report(opened, recorded);
        }
    }

    private CommandResult report(CaseFolder opened, FollowUp recorded) throws CommandException {
        Path dir = opened.dir();
        PatientCase c = opened.patientCase();
        if (recorded != null) {
            FollowUps.apply(c, recorded);
            opened.save();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        StringBuilder text = new StringBuilder(c.getCaseId() + ": " + c.getFollowUps().size() + " follow-up(s)");
        for (FollowUp f : FollowUps.of(c)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("monthsSinceImplant", f.getMonthsSinceImplant());
            m.put("response", f.getResponse().getLiteral());
            m.put("localProgression", f.isLocalProgression());
            m.put("death", f.isDeath());
            m.put("kpsBefore", f.getKpsBefore());
            m.put("kpsAfter", f.getKpsAfter());
            m.put("painNrsBefore", f.getPainNrsBefore());
            m.put("painNrsAfter", f.getPainNrsAfter());
            rows.add(m);
            text.append(String.format(Locale.ROOT, "%n  %6.1f months  %-2s%s%s  KPS %d→%d  pain NRS %d→%d", f.getMonthsSinceImplant(), f.getResponse().getLiteral(),
                    f.isLocalProgression() ? "  local progression" : "", f.isDeath() ? "  death" : "", f.getKpsBefore(), f.getKpsAfter(), f.getPainNrsBefore(),
                    f.getPainNrsAfter()));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("caseFolder", dir.toString());
        json.put("followUps", rows);
        return CommandResult.of(text.toString(), json);
    }

    /** The visit of the options, checked before the case is opened. */
    private FollowUp followUp() throws CommandException {
        if (months == null || !(months >= 0) || months.isInfinite()) {
            throw new CommandException("--months (months since the implant, ≥ 0) is required to record a follow-up");
        }
        RecistResponse r = RecistResponse.get(response.toUpperCase(Locale.ROOT));
        if (r == null) {
            throw new CommandException("--response takes CR, PR, SD, PD or NE, not " + response);
        }
        LocalDate assessed = null;
        if (date != null) {
            try {
                assessed = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new CommandException("--date is YYYY-MM-DD, not " + date, e);
            }
        }
        try {
            return FollowUps.create(new FollowUps.Visit(months, assessed, r, localProgression, death, kpsBefore, kpsAfter, painBefore, painAfter));
        } catch (OutcomeInputException e) {
            String message = e.getMessage();
            for (String[] field : new String[][] { { "kpsBefore", "--kps-before" }, { "kpsAfter", "--kps-after" }, { "painNrsBefore", "--pain-before" },
                    { "painNrsAfter", "--pain-after" } }) {
                if (message.startsWith(field[0] + " ")) {
                    message = field[1] + message.substring(field[0].length());
                }
            }
            throw new CommandException(message, e);
        }
    }
}
