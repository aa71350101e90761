package org.opensabt.registry;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.opensabt.dicom.Deidentification;
import org.opensabt.model.DoseMetric;
import org.opensabt.model.FollowUp;
import org.opensabt.model.Implant;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.RoiType;
import org.opensabt.model.Seed;
import org.opensabt.model.Structure;
import org.opensabt.model.StructureSet;
import org.opensabt.model.Study;
import org.opensabt.model.schema.CaseDates;
import org.opensabt.model.store.CaseStore;
import org.opensabt.model.store.CaseSummaries;
import org.opensabt.outcomes.CaseCohort;
import org.opensabt.outcomes.CohortTable;
import org.opensabt.outcomes.FollowUps;
import org.opensabt.outcomes.OutcomeInputException;

/**
 * The centre side of the registry: a de-identified {@link Submission} from case folders or from a cohort table in the
 * study's layout. The patient becomes the keyed-hash pseudonym of {@link Deidentification#pseudonym} under the
 * centre's site key (the same as in the centre's de-identified DICOM exports), the age a five-year band (90+ above
 * 89, as HIPAA Safe Harbor), and dates become months since the implant. Every text of the result is then checked
 * against the patient's name and ID, and the whole submission against {@link SubmissionFiles}' rules.
 */
public final class SubmissionExport {

    /** Where the patients come from. */
    public sealed interface Source permits CaseFolders, CohortCsv {
    }

    /** Case folders, or folders of case folders. */
    public record CaseFolders(List<Path> folders) implements Source {
    }

    /**
     * A cohort CSV in the study's layout (patient_id, center, age, sex, kps_before, …, lct_months, local_progression,
     * os_months, death; see the shared synthetic cohort), optionally with adverse events (patient_id, category, term, grade).
     */
    public record CohortCsv(Path cohort, Path adverseEvents) implements Source {
    }

    /**
     * @param centre  the centre's code; rows or cases of other centres are refused
     * @param siteKey the centre's secret (at least 32 bytes), as loaded by {@link org.opensabt.dicom.SiteKey}
     */
    public record Request(Source source, String centre, byte[] siteKey) {
    }

    private SubmissionExport() {
    }

    public static Submission export(Request request, IProgressMonitor monitor) throws RegistryInputException {
        IProgressMonitor m = monitor == null ? new NullProgressMonitor() : monitor;
        if (request.centre() == null || !SubmissionFiles.CENTRE.matcher(request.centre()).matches()) {
            throw new RegistryInputException("centre: '" + request.centre() + "' is not a centre code (letters, digits, '_' or '-', at most 32)");
        }
        Deidentification deid = new Deidentification(request.siteKey(), false, false);
        String fingerprint = deid.label("KEY", "opensabt-registry-site-key");
        Submission s = request.source() instanceof CaseFolders c ? fromCases(c.folders(), request.centre(), deid, m)
                : fromCohort((CohortCsv) request.source(), request.centre(), deid, m);
        s = new Submission(s.centre(), fingerprint, s.patients());
        SubmissionFiles.fromJson("the export", SubmissionFiles.canonicalJson(s));
        return s;
    }

    /** The five-year age band of an age in whole years; 90 and over is "90+". */
    public static String ageBand(int years) {
        if (years >= 90) {
            return "90+";
        }
        int lo = Math.max(0, years) / 5 * 5;
        return lo + "-" + (lo + 4);
    }

    private static Submission fromCases(List<Path> given, String centre, Deidentification deid, IProgressMonitor m) throws RegistryInputException {
        List<Path> folders;
        try {
            folders = CaseCohort.folders(given);
        } catch (OutcomeInputException e) {
            throw new RegistryInputException(e.getMessage(), e);
        }
        m.beginTask("export", folders.size());
        CaseStore store = new CaseStore();
        List<Submission.Patient> patients = new ArrayList<>();
        for (Path folder : folders) {
            if (m.isCanceled()) {
                throw new OperationCanceledException();
            }
            m.subTask("reading " + folder.getFileName());
            PatientCase c;
            try {
                c = store.load(folder);
            } catch (IOException e) {
                throw new RegistryInputException(e.getMessage(), e);
            }
            String caseCentre = c.getPatient() == null ? null : c.getPatient().getCentre();
            if (caseCentre != null && !caseCentre.isBlank() && !caseCentre.equals(centre)) {
                throw new RegistryInputException(folder + ": the patient's centre is " + caseCentre + ", not " + centre);
            }
            if (c.getFollowUps().isEmpty()) {
                throw new RegistryInputException(folder + ": no follow-up; a registry record needs at least one (opensabt followup)");
            }
            Submission.Patient p = fromCase(c, deid);
            String name = c.getPatient() == null ? null : c.getPatient().getName();
            checkNotIdentifying(folder.toString(), p, List.of(Deidentification.patientIdOf(c), name == null ? "" : name));
            patients.add(p);
            m.worked(1);
        }
        return new Submission(centre, null, patients);
    }

    private static Submission.Patient fromCase(PatientCase c, Deidentification deid) {
        Implant implant = c.getImplants().isEmpty() ? null : c.getImplants().get(0);
        Plan plan = implant != null && implant.getPlan() != null ? implant.getPlan() : c.getPlans().isEmpty() ? null : c.getPlans().get(c.getPlans().size() - 1);
        String ageBand = null;
        if (c.getPatient() != null && c.getPatient().getBirthDate() != null && implant != null && implant.getImplantDate() != null) {
            LocalDate born = CaseDates.toLocalDate(c.getPatient().getBirthDate());
            ageBand = ageBand((int) ChronoUnit.YEARS.between(born, CaseDates.toLocalDate(implant.getImplantDate())));
        }
        String sex = c.getPatient() == null || c.getPatient().getSex() == null ? "" : c.getPatient().getSex().getLiteral();
        Structure gtv = gtv(c);
        Map<String, Double> planned = metrics(plan == null ? List.of() : plan.getMetrics(), gtv);
        Map<String, Double> post = metrics(implant == null ? List.of() : implant.getMetrics(), gtv);
        List<FollowUp> sorted = new ArrayList<>(c.getFollowUps());
        sorted.sort(Comparator.comparingDouble(FollowUp::getMonthsSinceImplant));
        List<Submission.FollowUp> followUps = new ArrayList<>();
        for (FollowUp f : sorted) {
            // the model keeps KPS and NRS as plain integers with 0 for "not recorded" (as the outcome cohort reads them)
            List<Submission.AdverseEvent> events = new ArrayList<>();
            for (org.opensabt.model.AdverseEvent a : f.getAdverseEvents()) {
                events.add(new Submission.AdverseEvent(a.getCategory(), a.getTerm(), a.getCtcaeGrade()));
            }
            followUps.add(new Submission.FollowUp(f.getMonthsSinceImplant(), f.getResponse().getLiteral(),
                    f.isLocalProgression(), f.isDeath(), positive(f.getKpsBefore()), positive(f.getKpsAfter()), positive(f.getPainNrsBefore()),
                    positive(f.getPainNrsAfter()), events));
        }
        Double strength = null;
        if (plan != null && !plan.getSeeds().isEmpty()) {
            strength = plan.getSeeds().stream().mapToDouble(Seed::getAirKermaStrengthU).average().orElse(0);
            if (!(strength > 0)) {
                strength = plan.getAirKermaStrengthU() > 0 ? plan.getAirKermaStrengthU() : null;
            }
        }
        return new Submission.Patient(deid.pseudonym(Deidentification.patientIdOf(c)), ageBand, sex.equals("M") || sex.equals("F") ? sex : null,
                c.getTumourLocation(), c.getPathology(), c.getGrade(), c.getLesionType(), null, gtv == null ? null : CaseSummaries.planimetricVolumeCm3(gtv),
                plan == null || !(plan.getPrescriptionDoseGy() > 0) ? null : plan.getPrescriptionDoseGy(), planned.get("D90"), planned.get("V100"),
                planned.get("V150"), post.get("D90"), post.get("V100"), post.get("V150"), plan == null ? null : plan.getSeeds().size(),
                plan == null ? null : plan.getNeedles().size(), strength, null, c.getTemplates().isEmpty() ? "CT" : "CT_TEMPLATE", followUps);
    }

    private static Integer positive(int v) {
        return v > 0 ? v : null;
    }

    private static Map<String, Double> metrics(List<DoseMetric> metrics, Structure gtv) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (DoseMetric m : metrics) {
            if (gtv != null && m.getStructure() == gtv && Double.isFinite(m.getValue())) {
                out.put(m.getName(), m.getValue());
            }
        }
        return out;
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

    private static Submission fromCohort(CohortCsv source, String centre, Deidentification deid, IProgressMonitor m) throws RegistryInputException {
        try {
            CohortTable t = CohortTable.read(source.cohort());
            for (String required : List.of("patient_id", "center", "lct_months", "local_progression", "os_months", "death")) {
                if (!t.has(required)) {
                    throw new RegistryInputException(source.cohort() + ": no column " + required);
                }
            }
            Map<String, List<Submission.AdverseEvent>> events = adverseEvents(source.adverseEvents());
            m.beginTask("export", t.size());
            List<Submission.Patient> patients = new ArrayList<>();
            for (int r = 0; r < t.size(); r++) {
                String at = source.cohort() + " row " + (r + 2);
                String id = t.text(r, "patient_id");
                if (!centre.equals(t.text(r, "center"))) {
                    continue; // another centre's row: each centre submits its own
                }
                double lct = number(t, r, "lct_months", at);
                double os = number(t, r, "os_months", at);
                boolean progression = flag(t, r, "local_progression", at);
                boolean death = flag(t, r, "death", at);
                if (lct > os) {
                    throw new RegistryInputException(at + ": lct_months " + lct + " is after os_months " + os);
                }
                // the table's endpoints as visits: the local-control visit (response, scores, progression), then the last contact
                List<Submission.FollowUp> visits = new ArrayList<>();
                String response = optional(t, r, "response");
                visits.add(new Submission.FollowUp(lct, response == null ? "NE" : response, progression, death && os == lct, integer(t, r, "kps_before", at),
                        integer(t, r, "kps_after", at), integer(t, r, "pain_before", at), integer(t, r, "pain_after", at), events.getOrDefault(id, List.of())));
                if (os > lct) { // the last contact: alive or dead, local control not assessed (censored at lct_months)
                    visits.add(new Submission.FollowUp(os, "NE", false, false, death, null, null, null, null, List.of()));
                }
                Integer age = integer(t, r, "age", at);
                Submission.Patient p = new Submission.Patient(deid.pseudonym(id), age == null ? null : ageBand(age), optional(t, r, "sex"),
                        optional(t, r, "location"), optional(t, r, "pathology"), optional(t, r, "grade"), optional(t, r, "target"),
                        decimal(t, r, "tumor_size_cm", at), decimal(t, r, "gtv_cc", at), decimal(t, r, "rx_dose_gy", at), decimal(t, r, "d90_gy", at), null, null,
                        null, null, null, integer(t, r, "seeds", at), integer(t, r, "needles", at), null, decimal(t, r, "seed_activity_mci", at),
                        optional(t, r, "method"), visits);
                checkNotIdentifying(at, p, List.of(id));
                patients.add(p);
                m.worked(1);
            }
            if (patients.isEmpty()) {
                throw new RegistryInputException(source.cohort() + ": no row of centre " + centre + " (column center)");
            }
            return new Submission(centre, null, patients);
        } catch (OutcomeInputException e) {
            throw new RegistryInputException(e.getMessage(), e);
        }
    }

    private static Map<String, List<Submission.AdverseEvent>> adverseEvents(Path csv) throws OutcomeInputException, RegistryInputException {
        Map<String, List<Submission.AdverseEvent>> out = new LinkedHashMap<>();
        if (csv == null) {
            return out;
        }
        CohortTable t = CohortTable.read(csv);
        for (int r = 0; r < t.size(); r++) {
            String at = csv + " row " + (r + 2);
            Integer grade = integer(t, r, "grade", at);
            String term = FollowUps.code(t.text(r, "term"));
            String category = t.has("category") ? FollowUps.code(t.text(r, "category")) : "";
            if (grade == null || term.isEmpty()) {
                throw new RegistryInputException(at + ": an adverse event needs a term and a CTCAE grade");
            }
            out.computeIfAbsent(t.text(r, "patient_id"), k -> new ArrayList<>()).add(new Submission.AdverseEvent(category.isEmpty() ? null : category, term, grade));
        }
        return out;
    }

    private static String optional(CohortTable t, int r, String column) throws OutcomeInputException {
        if (!t.has(column)) {
            return null;
        }
        String v = t.text(r, column);
        return CohortTable.missing(v) ? null : v.strip();
    }

    private static Double decimal(CohortTable t, int r, String column, String at) throws OutcomeInputException, RegistryInputException {
        String v = optional(t, r, column);
        if (v == null) {
            return null;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new RegistryInputException(at + ": " + column + ": '" + v + "' is not a number");
        }
    }

    private static double number(CohortTable t, int r, String column, String at) throws OutcomeInputException, RegistryInputException {
        Double v = decimal(t, r, column, at);
        if (v == null) {
            throw new RegistryInputException(at + ": " + column + " is empty");
        }
        return v;
    }

    private static Integer integer(CohortTable t, int r, String column, String at) throws OutcomeInputException, RegistryInputException {
        Double v = decimal(t, r, column, at);
        if (v == null) {
            return null;
        }
        if (v != Math.rint(v)) {
            throw new RegistryInputException(at + ": " + column + ": " + v + " is not a whole number");
        }
        return v.intValue();
    }

    private static boolean flag(CohortTable t, int r, String column, String at) throws OutcomeInputException, RegistryInputException {
        String v = optional(t, r, column);
        if (!"0".equals(v) && !"1".equals(v)) {
            throw new RegistryInputException(at + ": " + column + ": expected 0 or 1, found '" + v + "'");
        }
        return "1".equals(v);
    }

    /** Refuses a record any of whose texts holds the patient's ID or a part of the name (3 letters or more). */
    private static void checkNotIdentifying(String at, Submission.Patient p, List<String> identifiers) throws RegistryInputException {
        List<String> needles = new ArrayList<>();
        for (String id : identifiers) {
            for (String part : id.toLowerCase(Locale.ROOT).split("[\\s^,]+")) {
                String letters = part.replaceAll("[^a-z0-9]", "");
                if (letters.length() >= 3) {
                    needles.add(letters);
                }
            }
        }
        List<Map.Entry<String, String>> texts = new ArrayList<>();
        texts.add(Map.entry("location", String.valueOf(p.location())));
        texts.add(Map.entry("pathology", String.valueOf(p.pathology())));
        texts.add(Map.entry("grade", String.valueOf(p.grade())));
        texts.add(Map.entry("target", String.valueOf(p.target())));
        for (Submission.FollowUp f : p.followUps()) {
            for (Submission.AdverseEvent a : f.adverseEvents()) {
                texts.add(Map.entry("adverse event term", a.term()));
                texts.add(Map.entry("adverse event category", String.valueOf(a.category())));
            }
        }
        for (Map.Entry<String, String> e : texts) {
            String v = e.getValue() == null ? "" : e.getValue().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            for (String n : needles) {
                if (v.contains(n)) {
                    throw new RegistryInputException(at + ": " + e.getKey() + " holds the patient's name or ID; refused");
                }
            }
        }
    }
}
