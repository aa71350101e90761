package org.opensabt.outcomes;

import java.time.LocalDate;
import java.util.List;

import org.opensabt.model.AdverseEvent;
import org.opensabt.model.FollowUp;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.PatientCase;
import org.opensabt.model.RecistResponse;
import org.opensabt.model.schema.CaseDates;

/**
 * Follow-up visits of a case (they make it a member of a cohort, see {@link CaseCohort}), shared by
 * {@code opensabt followup} and the workbench: {@link #create} checks a visit and builds it without
 * touching the case; {@link #apply} adds it to the case (the caller saves, or wraps it in an undoable command).
 */
public final class FollowUps {

    /**
     * One visit. KPS and pain scores are null when not recorded (stored as 0).
     *
     * @param monthsSinceImplant months since the implant (≥ 0; for a death, the time of death)
     * @param assessmentDate     date of the assessment, or null
     * @param response           RECIST 1.1 response (NOT_EVALUABLE when not assessed)
     */
    public record Visit(double monthsSinceImplant, LocalDate assessmentDate, RecistResponse response, boolean localProgression, boolean death,
            Integer kpsBefore, Integer kpsAfter, Integer painNrsBefore, Integer painNrsAfter) {
    }

    private FollowUps() {
    }

    /** The visit as a model object, not yet in any case; the message names the field that is out of range. */
    public static FollowUp create(Visit visit) throws OutcomeInputException {
        if (!(visit.monthsSinceImplant() >= 0) || Double.isInfinite(visit.monthsSinceImplant())) {
            throw new OutcomeInputException("monthsSinceImplant must be a number ≥ 0, is " + visit.monthsSinceImplant());
        }
        FollowUp f = ModelFactory.eINSTANCE.createFollowUp();
        f.setMonthsSinceImplant(visit.monthsSinceImplant());
        f.setResponse(visit.response() == null ? RecistResponse.NOT_EVALUABLE : visit.response());
        f.setLocalProgression(visit.localProgression());
        f.setDeath(visit.death());
        if (visit.assessmentDate() != null) {
            f.setAssessmentDate(CaseDates.of(visit.assessmentDate()));
        }
        f.setKpsBefore(range("kpsBefore", visit.kpsBefore(), 0, 100));
        f.setKpsAfter(range("kpsAfter", visit.kpsAfter(), 0, 100));
        f.setPainNrsBefore(range("painNrsBefore", visit.painNrsBefore(), 0, 10));
        f.setPainNrsAfter(range("painNrsAfter", visit.painNrsAfter(), 0, 10));
        return f;
    }

    /** A free text as a code: lower case, runs of other characters as one '_' ("Puncture-site pain" → puncture_site_pain). */
    public static String code(String text) {
        return text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    /** An adverse event graded by CTCAE v5.0 (1–5), category and term as codes; the message names what is wrong. */
    public static AdverseEvent adverseEvent(String category, String term, int ctcaeGrade) throws OutcomeInputException {
        String t = code(term);
        if (t.isEmpty() || !Character.isLetter(t.charAt(0)) || t.length() > 48) {
            throw new OutcomeInputException("adverse event term '" + term + "': a term of letters, digits and separators, starting with a letter, at most 48");
        }
        String c = code(category);
        if (!c.isEmpty() && (!Character.isLetter(c.charAt(0)) || c.length() > 48)) {
            throw new OutcomeInputException("adverse event category '" + category + "': letters, digits and separators, starting with a letter, at most 48");
        }
        if (ctcaeGrade < 1 || ctcaeGrade > 5) {
            throw new OutcomeInputException("adverse event grade must be a CTCAE grade 1–5, is " + ctcaeGrade);
        }
        AdverseEvent a = ModelFactory.eINSTANCE.createAdverseEvent();
        a.setCategory(c.isEmpty() ? null : c);
        a.setTerm(t);
        a.setCtcaeGrade(ctcaeGrade);
        return a;
    }

    /** The treated lesion's grades and types as the study codes them. */
    public static final List<String> GRADES = List.of("G1", "G2", "G3", "Gx");
    public static final List<String> LESION_TYPES = List.of("local_recurrence", "oligometastasis", "primary");

    /**
     * Sets what the registry and the outcome analysis need of the treated lesion (null leaves a field as it is): location
     * and pathology as codes, grade G1–G3 or Gx, type local_recurrence, oligometastasis or primary.
     */
    public static void setLesion(PatientCase patientCase, String location, String pathology, String grade, String lesionType) throws OutcomeInputException {
        String l = location == null ? null : code(location);
        String p = pathology == null ? null : code(pathology);
        if ((l != null && l.isEmpty()) || (p != null && p.isEmpty())) {
            throw new OutcomeInputException("location and pathology are codes such as extremity or liposarcoma");
        }
        if (grade != null && !GRADES.contains(grade)) {
            throw new OutcomeInputException("grade must be one of " + GRADES + ", is " + grade);
        }
        if (lesionType != null && !LESION_TYPES.contains(lesionType)) {
            throw new OutcomeInputException("lesion type must be one of " + LESION_TYPES + ", is " + lesionType);
        }
        if (l != null) {
            patientCase.setTumourLocation(l);
        }
        if (p != null) {
            patientCase.setPathology(p);
        }
        if (grade != null) {
            patientCase.setGrade(grade);
        }
        if (lesionType != null) {
            patientCase.setLesionType(lesionType);
        }
    }

    /** Adds the follow-up to the case. */
    public static void apply(PatientCase patientCase, FollowUp followUp) {
        patientCase.getFollowUps().add(followUp);
    }

    /** The case's follow-ups in the order recorded. */
    public static List<FollowUp> of(PatientCase patientCase) {
        return List.copyOf(patientCase.getFollowUps());
    }

    private static int range(String field, Integer value, int min, int max) throws OutcomeInputException {
        if (value == null) {
            return 0;
        }
        if (value < min || value > max) {
            throw new OutcomeInputException(field + " must be " + min + "–" + max + ", is " + value);
        }
        return value;
    }
}
