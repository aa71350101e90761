package org.opensabt.dose.dvh;

/**
 * One reported number: name (D90, V100, …), value and unit (Gy, %, cc or 1). A value that cannot be
 * computed is NaN with a {@code note} saying why (e.g. a structure smaller than 2 cc has no D2cc);
 * printers show the note, never "NaN".
 */
public record DoseMetric(String structure, String name, double value, String unit, String note) {

    public static DoseMetric of(String structure, String name, double value, String unit) {
        return new DoseMetric(structure, name, value, unit, null);
    }

    public boolean hasValue() {
        return Double.isFinite(value);
    }

    public String formatted() {
        if (!hasValue()) {
            return "n/a (" + (note == null ? "not computable" : note) + ")";
        }
        String number = Math.abs(value) >= 100 ? String.format("%.1f", value) : String.format("%.3g", value);
        return number + (unit.equals("1") ? "" : " " + unit);
    }
}
