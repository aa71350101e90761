package org.opensabt.dicom;

import java.util.List;

/**
 * A brachytherapy RT Plan read from DICOM (PS3.3 C.8.8.15 RT Brachy Application Setups): LDR seeds
 * (fixed sources: in an LDR plan or a channel of Source Movement Type FIXED, one at each control point
 * where the Cumulative Time Weight increases) and, read-only, the dwell positions of a stepping source
 * (HDR/PDR), with the patient and study it belongs to so that a dose computed from it can refer back
 * to it.
 *
 * @param notes how the plan was read where it departs from the plain standard (vendor patterns, missing
 *              optional attributes, channels left out), one line each
 */
public record BrachyPlan(String label, String technique, String type, double prescriptionGy, List<Source> sources, List<PlannedSeed> seeds,
        List<Dwell> dwells, String frameOfReferenceUid, Identity identity, List<String> notes) {

    /** Without reading notes (API 1.0). */
    public BrachyPlan(String label, String technique, String type, double prescriptionGy, List<Source> sources, List<PlannedSeed> seeds,
            List<Dwell> dwells, String frameOfReferenceUid, Identity identity) {
        this(label, technique, type, prescriptionGy, sources, seeds, dwells, frameOfReferenceUid, identity, List.of());
    }

    /**
     * A source of the plan: Reference Air Kerma Rate in µGy h⁻¹ at 1 m = U (NaN when the plan gives no
     * usable air-kerma strength; {@link #strengthProblem} then says why), active length in mm.
     */
    public record Source(int number, String isotope, double halfLifeDays, double referenceAirKermaRateU, String referenceDate,
            double activeLengthMm, String model, String strengthProblem) {

        /** A source with a usable strength (API 1.0). */
        public Source(int number, String isotope, double halfLifeDays, double referenceAirKermaRateU, String referenceDate, double activeLengthMm,
                String model) {
            this(number, isotope, halfLifeDays, referenceAirKermaRateU, referenceDate, activeLengthMm, model, null);
        }
    }

    /**
     * A seed: position (patient LPS mm), axis (unit, or null when the plan has none), strength (U, NaN
     * when its source has none), channel, and its place in the channel (1 for the first seed; strands
     * hold several).
     */
    public record PlannedSeed(int channel, double[] positionMm, double[] directionUnit, double strengthU, Source source, int seedInChannel) {

        /** The only seed of its channel (API 1.0). */
        public PlannedSeed(int channel, double[] positionMm, double[] directionUnit, double strengthU, Source source) {
            this(channel, positionMm, directionUnit, strengthU, source, 1);
        }
    }

    /** A dwell position of a stepping source: position (mm), dwell time (s), the channel's Source Movement Type. */
    public record Dwell(int channel, double[] positionMm, double seconds, String movementType) {

        /** API 1.0. */
        public Dwell(int channel, double[] positionMm, double seconds) {
            this(channel, positionMm, seconds, "");
        }
    }

    /** Who and what the plan belongs to (empty strings when the file lacks them). */
    public record Identity(String sopInstanceUid, String patientId, String patientName, String studyInstanceUid, String studyDate) {
    }
}
