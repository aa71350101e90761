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

@Command(name = "followup", description = { "Record a follow-up visit in a case (RECIST response, local progression, death, KPS and pain NRS before/after,",
        "CTCAE adverse events), set the treated lesion's location, pathology, grade and type, or list the case's follow-ups; cases with",
        "follow-ups form a cohort for 'opensabt outcomes --cases' and a registry submission ('opensabt registry export --cases')." })
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

    @Option(names = "--adverse-event", paramLabel = "CATEGORY:TERM:GRADE", description = "An adverse event at this visit, CTCAE v5.0 grade 1–5 (repeatable), e.g. procedure:pneumothorax:2.")
    List<String> adverseEvents = new ArrayList<>();

    @Option(names = "--location", paramLabel = "CODE", description = "The treated lesion's site, e.g. extremity, head_neck, trunk_wall, thoracic, retroperitoneum_abdominal.")
    String location;

    @Option(names = "--pathology", paramLabel = "CODE", description = "The treated lesion's histology, e.g. liposarcoma.")
    String pathology;

    @Option(names = "--grade", paramLabel = "G1|G2|G3|Gx", description = "The treated lesion's grade.")
    String grade;

    @Option(names = "--lesion-type", paramLabel = "TYPE", description = "local_recurrence, oligometastasis or primary.")
    String lesionType;

    @Option(names = "--list", description = "Only list the case's follow-ups (and set --location, --pathology, --grade, --lesion-type when given).")
    boolean list;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        FollowUp recorded = list ? null : followUp();
        boolean lesion = location != null || pathology != null || grade != null || lesionType != null;
        try (CaseFolder opened = list && !lesion ? CaseFolder.open(context, caseFolder) : CaseFolder.openForWrite(context, caseFolder)) {
            if (lesion) {
                try {
                    FollowUps.setLesion(opened.patientCase(), location, pathology, grade, lesionType);
                } catch (OutcomeInputException e) {
                    throw new CommandException(e.getMessage(), e);
                }
                if (recorded == null) {
                    opened.save();
                }
            }
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
            m.put("adverseEvents", f.getAdverseEvents().stream().map(a -> Map.of("category", a.getCategory() == null ? "" : a.getCategory(), "term", a.getTerm(),
                    "ctcaeGrade", a.getCtcaeGrade())).toList());
            rows.add(m);
            text.append(String.format(Locale.ROOT, "%n  %6.1f months  %-2s%s%s  KPS %d→%d  pain NRS %d→%d", f.getMonthsSinceImplant(), f.getResponse().getLiteral(),
                    f.isLocalProgression() ? "  local progression" : "", f.isDeath() ? "  death" : "", f.getKpsBefore(), f.getKpsAfter(), f.getPainNrsBefore(),
                    f.getPainNrsAfter()));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("caseFolder", dir.toString());
        json.put("lesion", Map.of("location", String.valueOf(c.getTumourLocation()), "pathology", String.valueOf(c.getPathology()), "grade",
                String.valueOf(c.getGrade()), "lesionType", String.valueOf(c.getLesionType())));
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
            FollowUp f = FollowUps.create(new FollowUps.Visit(months, assessed, r, localProgression, death, kpsBefore, kpsAfter, painBefore, painAfter));
            for (String ae : adverseEvents) {
                String[] parts = ae.split(":", -1);
                if (parts.length != 3) {
                    throw new CommandException("--adverse-event takes CATEGORY:TERM:GRADE (e.g. procedure:pneumothorax:2), not " + ae);
                }
                try {
                    f.getAdverseEvents().add(FollowUps.adverseEvent(parts[0], parts[1], Integer.parseInt(parts[2].strip())));
                } catch (NumberFormatException e) {
                    throw new CommandException("--adverse-event " + ae + ": the grade is a CTCAE grade 1–5", e);
                }
            }
            return f;
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
