package org.opensabt.dose;

/**
 * Dose rate per unit air-kerma strength of one seed, in the seed frame: centre at the origin, seed
 * axis along z, lengths in cm. Never NaN: closer than {@link #clampRadiusCm()} to the centre, where
 * the line-source geometry is singular, the value is that at the clamp radius in the same direction
 * (on the transverse axis for the centre itself).
 */
public interface DoseRateKernel {

    /** cGy h⁻¹ U⁻¹ at (x, y, z) cm in the seed frame. */
    double doseRateCGyPerHourPerU(double xCm, double yCm, double zCm);

    /** cGy h⁻¹ U⁻¹ at distance r (cm) and polar angle θ (degrees from the seed axis). */
    default double doseRateCGyPerHourPerU(double rCm, double thetaDeg) {
        double theta = Math.toRadians(thetaDeg);
        return doseRateCGyPerHourPerU(rCm * Math.sin(theta), 0.0, rCm * Math.cos(theta));
    }

    double clampRadiusCm();

    /**
     * cGy h⁻¹ U⁻¹ at {@code count} points in the seed frame, each given by its squared distance from the seed axis
     * (ρ², mm²) and its signed distance along the axis (z, mm), written to {@code out}: the many evaluations of a
     * planner's candidate kernels. An engine may answer from the tables of its grid calculation, within that
     * calculation's accuracy; this default evaluates point by point.
     *
     * @since 1.1
     */
    default void doseRatesPerU(float[] rhoSquaredMm2, float[] alongMm, int count, float[] out) {
        for (int i = 0; i < count; i++) {
            out[i] = (float) doseRateCGyPerHourPerU(Math.sqrt(Math.max(0, rhoSquaredMm2[i])) / 10, 0, alongMm[i] / 10.0);
        }
    }
}
