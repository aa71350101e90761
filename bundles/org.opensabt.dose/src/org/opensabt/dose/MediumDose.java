package org.opensabt.dose;

/**
 * The result of a {@link MediumDoseEngine}: TG-186's two dose specification media on the same grid.
 *
 * @param doseToMedium                  D(m,m): dose to the local tissue, transport in the tissues (cGy/h at implant)
 * @param doseToWaterInMedium           D(w,m): dose to a small volume of water at the same place, same transport
 * @param relativeUncertainty           one standard deviation of the mean of D(m,m) per voxel, as a fraction (NaN where no
 *                                      photon reached the voxel)
 * @param histories                     photon histories simulated
 * @param historiesPerSecond            of the transport alone
 * @param tissues                       how many dose-grid voxels were given each tissue, "air=12, lung=0, …"
 * @since 1.2
 */
public record MediumDose(DoseRateGrid doseToMedium, DoseRateGrid doseToWaterInMedium, float[] relativeUncertainty, long histories,
        double seconds, double historiesPerSecond, String tissues) {

    /** Mean relative uncertainty over the voxels of {@code mask} (true = included) that have a dose, as a fraction. */
    public double meanRelativeUncertainty(boolean[] mask) {
        double sum = 0;
        long n = 0;
        for (int i = 0; i < relativeUncertainty.length; i++) {
            if ((mask == null || mask[i]) && Float.isFinite(relativeUncertainty[i])) {
                sum += relativeUncertainty[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
