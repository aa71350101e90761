package org.opensabt.dose;

import org.opensabt.model.geometry.GridGeometry;

/** Initial dose rate in cGy/h on a grid (column index fastest), and what produced it. */
public record DoseRateGrid(GridGeometry grid, float[] doseRateCGyPerHour, String engine, String notes) {

    /** Total dose of a permanent implant, Gy (Ḋ₀·τ). */
    public float[] totalDoseGy(double halfLifeDays) {
        return scaled(PermanentImplant.meanLifeHours(halfLifeDays) / 100.0);
    }

    /** Dose delivered from implant to {@code days} after it, Gy (Ḋ₀·τ·(1 − e^(−t/τ))). */
    public float[] doseUpToGy(double halfLifeDays, double days) {
        return scaled(PermanentImplant.doseUpToGy(1.0, halfLifeDays, days));
    }

    private float[] scaled(double factor) {
        float[] out = new float[doseRateCGyPerHour.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (doseRateCGyPerHour[i] * factor);
        }
        return out;
    }
}
