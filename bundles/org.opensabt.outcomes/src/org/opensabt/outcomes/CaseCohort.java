package org.opensabt.outcomes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.opensabt.model.store.CaseStore;
import org.opensabt.model.store.CaseSummaries;
import org.opensabt.model.DoseMetric;
import org.opensabt.model.FollowUp;
import org.opensabt.model.Implant;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.RecistResponse;
import org.opensabt.model.RoiType;
import org.opensabt.model.Structure;
import org.opensabt.model.StructureSet;
import org.opensabt.model.Study;
import org.opensabt.model.schema.CaseDates;

/**
 * A cohort from patient cases (the EMF model), one row per case with the study layout's columns that
 * a case can give: centre, age at implant, sex, KPS and pain before/after, GTV volume (cc, planimetric),
 * prescription and D90 (Gy; post-implant when measured, else planned), method (CT_TEMPLATE when the
 * case has a needle template), best RECIST response, local control and survival in months since the
 * implant, and the treated lesion's location, pathology, grade and type (target). Follow-ups: the first with local progression (or death) is the event, else the last is
 * the censoring time. A case without follow-ups is an error naming it (it cannot be analysed).
 */
public final class CaseCohort {

    public static final List<String> COLUMNS = List.of("patient_id", "center", "age", "sex", "kps_before", "kps_after", "pain_before", "pain_after",
            "gtv_cc", "rx_dose_gy", "d90_gy", "method", "response", "lct_months", "local_progression", "os_months", "death", "location", "pathology", "grade",
            "target");

    private CaseCohort() {
    }

    /** The case folders given: each a case folder (with case.xmi) or a folder of case folders, searched one level down and sorted; none is an error. */
    public static List<Path> folders(List<Path> given) throws OutcomeInputException {
        List<Path> folders = new ArrayList<>();
        for (Path p : given) {
            if (Files.exists(p.resolve(CaseStore.CASE_FILE))) {
                folders.add(p);
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> children = Files.list(p)) {
                    children.filter(d -> Files.exists(d.resolve(CaseStore.CASE_FILE))).sorted().forEach(folders::add);
                } catch (IOException e) {
                    throw new OutcomeInputException(p + ": cannot list: " + e.getMessage());
                }
            } else {
                throw new OutcomeInputException(p + ": no such case folder");
            }
        }
        if (folders.isEmpty()) {
            throw new OutcomeInputException("no case folders in " + given);
        }
        return folders;
    }

    public static CohortTable of(String source, List<PatientCase> cases) throws OutcomeInputException {
        List<String[]> rows = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (PatientCase c : cases) {
            if (c.getFollowUps().isEmpty()) {
                without.add(c.getCaseId());
                continue;
            }
            rows.add(row(c));
        }
        if (!without.isEmpty()) {
            throw new OutcomeInputException(source + ": case(s) without follow-up cannot enter a cohort: " + CohortTable.shortList(without));
        }
        return new CohortTable(source, COLUMNS, rows);
    }

    private static String[] row(PatientCase c) {
        List<FollowUp> followUps = new ArrayList<>(c.getFollowUps());
        followUps.sort(Comparator.comparingDouble(FollowUp::getMonthsSinceImplant));
        FollowUp last = followUps.get(followUps.size() - 1);
        FollowUp progression = followUps.stream().filter(FollowUp::isLocalProgression).findFirst().orElse(null);
        FollowUp death = followUps.stream().filter(FollowUp::isDeath).findFirst().orElse(null);
        RecistResponse best = null;
        for (FollowUp f : followUps) {
            if (f.getResponse() != RecistResponse.NOT_EVALUABLE && (best == null || f.getResponse().getValue() < best.getValue())) {
                best = f.getResponse(); // CR < PR < SD < PD in the enumeration
            }
        }
        Implant implant = c.getImplants().isEmpty() ? null : c.getImplants().get(0);
        Plan plan = implant != null && implant.getPlan() != null ? implant.getPlan() : c.getPlans().isEmpty() ? null : c.getPlans().get(c.getPlans().size() - 1);
        String age = "";
        if (c.getPatient() != null && c.getPatient().getBirthDate() != null && implant != null && implant.getImplantDate() != null) {
            LocalDate born = CaseDates.toLocalDate(c.getPatient().getBirthDate());
            age = String.valueOf(ChronoUnit.YEARS.between(born, CaseDates.toLocalDate(implant.getImplantDate())));
        }
        Structure gtv = gtv(c);
        String d90 = "";
        List<DoseMetric> metrics = implant != null && !implant.getMetrics().isEmpty() ? implant.getMetrics() : plan != null ? plan.getMetrics() : List.of();
        for (DoseMetric m : metrics) {
            if ("D90".equals(m.getName()) && gtv != null && m.getStructure() == gtv) {
                d90 = String.valueOf(m.getValue());
            }
        }
        // the model's KPS and NRS are plain integers (0 when not recorded): KPS 0 is never taken for a
        // recorded value; the scores come from the last visit that recorded a KPS or a pain score
        FollowUp scored = null;
        for (FollowUp f : followUps) {
            if (f.getKpsBefore() > 0 || f.getKpsAfter() > 0 || f.getPainNrsBefore() > 0 || f.getPainNrsAfter() > 0) {
                scored = f;
            }
        }
        String kpsBefore = scored == null || scored.getKpsBefore() == 0 ? "" : String.valueOf(scored.getKpsBefore());
        String kpsAfter = scored == null || scored.getKpsAfter() == 0 ? "" : String.valueOf(scored.getKpsAfter());
        String painBefore = scored == null ? "" : String.valueOf(scored.getPainNrsBefore());
        String painAfter = scored == null ? "" : String.valueOf(scored.getPainNrsAfter());
        String sex = c.getPatient() == null || c.getPatient().getSex() == null ? "" : c.getPatient().getSex().getLiteral();
        return new String[] { c.getPatient() != null && c.getPatient().getPatientId() != null ? c.getPatient().getPatientId() : c.getCaseId(),
                c.getPatient() == null || c.getPatient().getCentre() == null ? "" : c.getPatient().getCentre(), age,
                sex.equals("M") || sex.equals("F") ? sex : "", kpsBefore, kpsAfter, painBefore, painAfter,
                gtv == null ? "" : String.valueOf(CaseSummaries.planimetricVolumeCm3(gtv)),
                plan == null || !(plan.getPrescriptionDoseGy() > 0) ? "" : String.valueOf(plan.getPrescriptionDoseGy()), d90,
                c.getTemplates().isEmpty() ? "CT" : "CT_TEMPLATE", best == null ? "" : best.getLiteral(),
                String.valueOf(progression != null ? progression.getMonthsSinceImplant() : last.getMonthsSinceImplant()), progression != null ? "1" : "0",
                String.valueOf(death != null ? death.getMonthsSinceImplant() : last.getMonthsSinceImplant()), death != null ? "1" : "0",
                text(c.getTumourLocation()), text(c.getPathology()), text(c.getGrade()), text(c.getLesionType()) };
    }

    private static String text(String v) {
        return v == null ? "" : v;
    }

    private static Structure gtv(PatientCase c) {
        for (Study study : c.getStudies()) {
            for (StructureSet set : study.getStructureSets()) {
                for (Structure s : set.getStructures()) {
                    if (s.getType() == RoiType.GTV) {
                        return s;
                    }
                }
            }
        }
        return null;
    }
}
