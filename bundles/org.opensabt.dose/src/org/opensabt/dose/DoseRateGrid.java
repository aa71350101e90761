package org.opensabt.dose;

/** Initial dose rate in cGy/h on a grid (column index fastest), and what produced it. */
public record DoseRateGrid(GridGeometry grid, float[] doseRateCGyPerHour, String engine, String notes) {

    /** Total dose of a permanent implant, Gy (Ḋ₀·τ). */
    public float[] totalDoseGy(double halfLifeDays) {
        double factor = PermanentImplant.meanLifeHours(halfLifeDays) / 100.0;
        float[] out = new float[doseRateCGyPerHour.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (doseRateCGyPerHour[i] * factor);
        }
        return out;
    }
}
