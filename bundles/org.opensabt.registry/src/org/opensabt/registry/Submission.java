package org.opensabt.registry;

import java.util.List;

/**
 * A centre's de-identified registry submission: what the pooled outcome analysis needs, and nothing that names
 * a patient. The patient is a keyed-hash pseudonym (the site key of {@code opensabt export --anonymize}), the age
 * a five-year band, and every time an interval in months since the implant (PS3.15 Annex E: Basic Profile with
 * Retain Longitudinal Temporal Information as intervals). Free-text fields are codes ({@link SubmissionFiles}
 * refuses anything else). A number that was not recorded is null.
 *
 * @param centre         the submitting centre's code, e.g. {@code C01}
 * @param keyFingerprint a keyed hash of the centre's site key ({@code KEY-XXXXXX}, not the key): the registry refuses a
 *                       centre's submission made with another key, whose pseudonyms would not match the earlier ones
 * @param patients       one record per patient, each with all its follow-ups so far
 */
public record Submission(String centre, String keyFingerprint, List<Patient> patients) {

    /** The format written and read, stored in the file's {@code format} field. */
    public static final String FORMAT = "opensabt-registry-submission/1";

    public Submission {
        patients = List.copyOf(patients);
    }

    /**
     * One patient. Doses in Gy, volumes in cc, V100/V150 in per cent of the GTV, seed strength in U (air-kerma
     * strength per seed), activity in mCi (apparent, per seed). Target: {@code local_recurrence}, {@code oligometastasis}, {@code primary}…;
     * grade {@code G1}–{@code G3} or {@code Gx}.
     *
     * @param method {@code CT} (CT-guided, free hand) or {@code CT_TEMPLATE} (3D-printed template assisted)
     */
    public record Patient(String pseudonym, String ageBand, String sex, String location, String pathology, String grade, String target,
            Double tumourSizeCm, Double gtvCc, Double rxGy,
            Double d90PlannedGy, Double v100PlannedPct, Double v150PlannedPct, Double d90PostGy, Double v100PostPct, Double v150PostPct, Integer seeds,
            Integer needles, Double seedStrengthU, Double seedActivityMci, String method, List<FollowUp> followUps) {

        public Patient {
            followUps = List.copyOf(followUps);
        }

        /** The latest follow-up's interval (months), or -1 without follow-up: a newer submission of the patient replaces an older one. */
        public double lastFollowUpMonths() {
            return followUps.stream().mapToDouble(FollowUp::monthsSinceImplant).max().orElse(-1);
        }
    }

    /**
     * One follow-up visit, {@code monthsSinceImplant} after the implant; local control is censored at the last visit that assessed it. Response is RECIST 1.1 ({@code CR}, {@code PR},
     * {@code SD}, {@code PD} or {@code NE}); KPS 0–100 and pain NRS 0–10 before and after the implant, null when not recorded.
     */
    public record FollowUp(double monthsSinceImplant, String response, boolean localProgression, boolean localControlAssessed, boolean death,
            Integer kpsBefore, Integer kpsAfter, Integer painNrsBefore, Integer painNrsAfter, List<AdverseEvent> adverseEvents) {

        public FollowUp {
            adverseEvents = List.copyOf(adverseEvents);
        }

        /** A visit at which local control was assessed (imaging); a visit that only saw the patient alive or dead has {@code localControlAssessed} false. */
        public FollowUp(double monthsSinceImplant, String response, boolean localProgression, boolean death, Integer kpsBefore, Integer kpsAfter,
                Integer painNrsBefore, Integer painNrsAfter, List<AdverseEvent> adverseEvents) {
            this(monthsSinceImplant, response, localProgression, true, death, kpsBefore, kpsAfter, painNrsBefore, painNrsAfter, adverseEvents);
        }
    }

    /**
     * An adverse event graded by CTCAE v5.0 (1–5); category (e.g. {@code procedure}, {@code systemic}, or null) and term
     * as codes such as {@code skin_ulceration}.
     */
    public record AdverseEvent(String category, String term, int grade) {
    }
}
