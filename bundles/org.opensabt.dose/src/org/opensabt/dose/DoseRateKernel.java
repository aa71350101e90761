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
}
