package org.opensabt.dose;

/**
 * Time in a permanent implant (TG-43U1 sec. IV.B): the dose rate decays with the isotope's half-life,
 * so the dose delivered up to time t is Ḋ₀·τ·(1 − e^(−t/τ)) with mean life τ = T½/ln 2, and the total
 * (t → ∞) dose is Ḋ₀·τ.
 */
public final class PermanentImplant {

    private PermanentImplant() {
    }

    public static double meanLifeHours(double halfLifeDays) {
        return halfLifeDays * 24.0 / Math.log(2.0);
    }

    /** Total dose (Gy) from an initial dose rate in cGy/h. */
    public static double totalDoseGy(double initialDoseRateCGyPerHour, double halfLifeDays) {
        return initialDoseRateCGyPerHour * meanLifeHours(halfLifeDays) / 100.0;
    }

    /** Dose (Gy) delivered from implant to {@code days} after it. */
    public static double doseUpToGy(double initialDoseRateCGyPerHour, double halfLifeDays, double days) {
        if (days < 0) {
            throw new IllegalArgumentException("time after implant must not be negative, is " + days + " d");
        }
        double tau = meanLifeHours(halfLifeDays);
        return initialDoseRateCGyPerHour * tau * -Math.expm1(-days * 24.0 / tau) / 100.0;
    }

    /** Strength after {@code days} of decay from a reference strength (negative days go back in time). */
    public static double decayedStrengthU(double referenceStrengthU, double halfLifeDays, double days) {
        return referenceStrengthU * Math.pow(0.5, days / halfLifeDays);
    }

    /** Air-kerma strength (U) from apparent activity (mCi) with the seed's U/mCi factor. */
    public static double strengthFromApparentActivityU(double apparentActivityMCi, double uPerMCi) {
        return apparentActivityMCi * uPerMCi;
    }
}
