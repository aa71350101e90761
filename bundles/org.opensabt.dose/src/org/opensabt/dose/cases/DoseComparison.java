package org.opensabt.dose.cases;

/**
 * Voxel-by-voxel comparison of a computed dose with a reference dose on the same grid (e.g. another
 * planning system's RT Dose), over the voxels where the reference exceeds 10 % of its maximum.
 *
 * @param within2PercentPercent share (%) of the compared voxels whose difference is at most 2 % of the reference
 */
public record DoseComparison(long voxelsCompared, double within2PercentPercent, double maxAbsDifferenceGy, double meanAbsDifferenceGy,
        double referenceMaxGy) {

    /** @throws DoseInputException when the grids differ in voxel count */
    public static DoseComparison of(float[] referenceGy, float[] doseGy) throws DoseInputException {
        if (referenceGy.length != doseGy.length) {
            throw new DoseInputException(referenceGy.length + " voxels, the computed grid has " + doseGy.length);
        }
        double max = 0;
        for (float v : referenceGy) {
            max = Math.max(max, v);
        }
        long compared = 0;
        long within = 0;
        double maxDiff = 0;
        double sumDiff = 0;
        for (int i = 0; i < doseGy.length; i++) {
            if (referenceGy[i] < 0.1 * max) {
                continue;
            }
            double diff = Math.abs(doseGy[i] - referenceGy[i]);
            compared++;
            sumDiff += diff;
            maxDiff = Math.max(maxDiff, diff);
            if (diff <= 0.02 * referenceGy[i]) {
                within++;
            }
        }
        return new DoseComparison(compared, compared == 0 ? 0.0 : 100.0 * within / compared, maxDiff, compared == 0 ? 0.0 : sumDiff / compared, max);
    }
}
