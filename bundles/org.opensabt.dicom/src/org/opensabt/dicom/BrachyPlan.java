package org.opensabt.dicom;

import java.util.List;

/**
 * A brachytherapy RT Plan read from DICOM (PS3.3 C.8.8.15 RT Brachy Application Setups): LDR seeds
 * (channels whose source stays at one position) and, read-only, the dwell positions of a stepping
 * source (HDR/PDR), with the patient and study it belongs to so that a dose computed from it can refer
 * back to it.
 */
public record BrachyPlan(String label, String technique, String type, double prescriptionGy, List<Source> sources, List<PlannedSeed> seeds,
        List<Dwell> dwells, String frameOfReferenceUid, Identity identity) {

    /** A source of the plan: Reference Air Kerma Rate in µGy h⁻¹ at 1 m = U, active length in mm. */
    public record Source(int number, String isotope, double halfLifeDays, double referenceAirKermaRateU, String referenceDate,
            double activeLengthMm, String model) {
    }

    /** A seed: position (patient LPS mm), axis (unit, or null when the plan has none), strength (U), channel. */
    public record PlannedSeed(int channel, double[] positionMm, double[] directionUnit, double strengthU, Source source) {
    }

    /** A dwell position of a stepping source: position (mm) and dwell time (s). */
    public record Dwell(int channel, double[] positionMm, double seconds) {
    }

    /** Who and what the plan belongs to (empty strings when the file lacks them). */
    public record Identity(String sopInstanceUid, String patientId, String patientName, String studyInstanceUid, String studyDate) {
    }
}
