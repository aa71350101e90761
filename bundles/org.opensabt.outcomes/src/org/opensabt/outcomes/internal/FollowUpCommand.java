package org.opensabt.outcomes.internal;

import java.nio.file.Path;
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
import org.opensabt.model.ModelFactory;
import org.opensabt.model.PatientCase;
import org.opensabt.model.RecistResponse;
import org.opensabt.model.schema.CaseDates;

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
        CaseFolder opened = CaseFolder.open(context, caseFolder);
        Path dir = opened.dir();
        PatientCase c = opened.patientCase();
        if (!list) {
            c.getFollowUps().add(followUp());
            opened.save();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        StringBuilder text = new StringBuilder(c.getCaseId() + ": " + c.getFollowUps().size() + " follow-up(s)");
        for (FollowUp f : c.getFollowUps()) {
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

    private FollowUp followUp() throws CommandException {
        if (months == null || !(months >= 0) || months.isInfinite()) {
            throw new CommandException("--months (months since the implant, ≥ 0) is required to record a follow-up");
        }
        RecistResponse r = RecistResponse.get(response.toUpperCase(Locale.ROOT));
        if (r == null) {
            throw new CommandException("--response takes CR, PR, SD, PD or NE, not " + response);
        }
        FollowUp f = ModelFactory.eINSTANCE.createFollowUp();
        f.setMonthsSinceImplant(months);
        f.setResponse(r);
        f.setLocalProgression(localProgression);
        f.setDeath(death);
        if (date != null) {
            try {
                f.setAssessmentDate(CaseDates.of(java.time.LocalDate.parse(date)));
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandException("--date is YYYY-MM-DD, not " + date, e);
            }
        }
        f.setKpsBefore(range("--kps-before", kpsBefore, 0, 100));
        f.setKpsAfter(range("--kps-after", kpsAfter, 0, 100));
        f.setPainNrsBefore(range("--pain-before", painBefore, 0, 10));
        f.setPainNrsAfter(range("--pain-after", painAfter, 0, 10));
        return f;
    }

    private static int range(String option, Integer value, int min, int max) throws CommandException {
        if (value == null) {
            return 0;
        }
        if (value < min || value > max) {
            throw new CommandException(option + " must be " + min + "–" + max + ", is " + value);
        }
        return value;
    }
}
