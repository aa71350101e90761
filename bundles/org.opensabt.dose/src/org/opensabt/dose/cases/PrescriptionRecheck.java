package org.opensabt.dose.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.opensabt.dose.dvh.Dvh;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Structure;
import org.opensabt.model.geometry.GridGeometry;

/**
 * Another planning system's dose re-checked against ours on its grid, by the acceptance criteria of
 * issue 23: at least {@value #MIN_WITHIN_PERCENT} % of the voxels where the reference reaches 50 % of the
 * prescription agree within 2 % of the reference, and the target's D90 (minimum dose to the hottest
 * 90 %) of both doses on the same target voxels agrees within {@value #MAX_D90_DIFFERENCE_PERCENT} %.
 *
 * @param voxelsAbove50PercentRx voxels where the reference is at least half the prescription (NaN-free count; 0 without a prescription)
 * @param within2PercentPercent  share (%) of those voxels within 2 % of the reference (NaN without a prescription)
 * @param target                 the target structure's name (null when the case has none)
 * @param d90Gy                  our target D90 (NaN without a target)
 * @param referenceD90Gy         the reference's D90 over the same target voxels
 * @param d90DifferencePercent   (ours − reference) / reference × 100
 */
public record PrescriptionRecheck(double prescriptionGy, long voxelsAbove50PercentRx, double within2PercentPercent, String target, double d90Gy,
        double referenceD90Gy, double d90DifferencePercent) {

    public static final double MIN_WITHIN_PERCENT = 95;
    public static final double MAX_D90_DIFFERENCE_PERCENT = 1.5;

    /** Both criteria could be evaluated: a prescription, voxels above half of it, and a target D90. */
    public boolean evaluated() {
        return !Double.isNaN(within2PercentPercent) && !Double.isNaN(d90DifferencePercent);
    }

    /** Both criteria met (a criterion that cannot be evaluated is not met). */
    public boolean meetsCriteria() {
        return within2PercentPercent >= MIN_WITHIN_PERCENT && Math.abs(d90DifferencePercent) <= MAX_D90_DIFFERENCE_PERCENT;
    }

    /**
     * @param outcome     our dose, computed on the reference's grid (same voxel order)
     * @param referenceGy the reference dose (Gy) on that grid
     * @throws DoseInputException when the grids differ in voxel count
     */
    public static PrescriptionRecheck of(PatientCase patientCase, CaseDose.Outcome outcome, float[] referenceGy, double prescriptionGy)
            throws DoseInputException {
        float[] ours = outcome.doseGy();
        if (referenceGy.length != ours.length) {
            throw new DoseInputException(referenceGy.length + " voxels, the computed grid has " + ours.length);
        }
        long above = 0;
        long within = 0;
        if (prescriptionGy > 0) {
            for (int i = 0; i < ours.length; i++) {
                if (referenceGy[i] >= 0.5 * prescriptionGy) {
                    above++;
                    if (Math.abs(ours[i] - referenceGy[i]) <= 0.02 * referenceGy[i]) {
                        within++;
                    }
                }
            }
        }
        double withinPercent = above == 0 ? Double.NaN : 100.0 * within / above;
        Structure target = outcome.plan().getTarget();
        double d90 = Double.NaN;
        double referenceD90 = Double.NaN;
        if (target != null) {
            Dvh dvh = outcome.dvhs().get(target.getName());
            GridGeometry ct = GridGeometry.of(CaseDose.firstSeries(patientCase));
            Map<Structure, Dvh> reference = CaseDose.dvhs(List.of(target), outcome.grid(), ct.spacingMm()[2], referenceGy, new ArrayList<>());
            if (dvh != null && !dvh.isEmpty() && reference.containsKey(target)) {
                d90 = dvh.doseToPercentGy(90);
                referenceD90 = reference.get(target).doseToPercentGy(90);
            }
        }
        return new PrescriptionRecheck(prescriptionGy > 0 ? prescriptionGy : Double.NaN, above, withinPercent, target == null ? null : target.getName(), d90,
                referenceD90, 100 * (d90 - referenceD90) / referenceD90);
    }
}
