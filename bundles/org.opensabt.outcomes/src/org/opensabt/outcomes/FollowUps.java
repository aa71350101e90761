package org.opensabt.outcomes;

import java.time.LocalDate;
import java.util.List;

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
