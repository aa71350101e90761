package org.opensabt.dose.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opensabt.dose.dvh.Dvh;

/**
 * The DVHs of the same seeds dosed by two engines on the same grid, structure by structure: D90, D2cc, mean dose and
 * V100 of each, and the difference of the second from the first (e.g. TG-43 and the model-based dose, TG-186 §V).
 *
 * @since 1.5
 */
public record EngineComparison(String engine, String otherEngine, double prescriptionGy, List<Row> rows) {

    /** One structure; doses in Gy, V100 in % of the structure (NaN without a prescription). */
    public record Row(String structure, double volumeCc, double d90Gy, double otherD90Gy, double d2ccGy, double otherD2ccGy, double meanGy,
            double otherMeanGy, double v100Percent, double otherV100Percent) {

        /** (this engine − other) / other, %. */
        public double d90DifferencePercent() {
            return percent(d90Gy, otherD90Gy);
        }

        public double d2ccDifferencePercent() {
            return percent(d2ccGy, otherD2ccGy);
        }

        public double meanDifferencePercent() {
            return percent(meanGy, otherMeanGy);
        }

        private static double percent(double a, double b) {
            return b > 0 ? 100 * (a / b - 1) : Double.NaN;
        }
    }

    /** Compares two outcomes of the same case, seeds and grid. */
    public static EngineComparison of(CaseDose.Outcome outcome, CaseDose.Outcome other, double prescriptionGy) throws DoseInputException {
        if (!outcome.grid().sameAs(other.grid())) {
            throw new DoseInputException("the two doses are on different grids");
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Dvh> e : outcome.dvhs().entrySet()) {
            Dvh a = e.getValue();
            Dvh b = other.dvhs().get(e.getKey());
            if (b == null || a.isEmpty()) {
                continue;
            }
            boolean rx = prescriptionGy > 0;
            rows.add(new Row(e.getKey(), a.volumeCc(), a.doseToPercentGy(90), b.doseToPercentGy(90), a.volumeCc() >= 2 ? a.doseToVolumeGy(2) : Double.NaN,
                    b.volumeCc() >= 2 ? b.doseToVolumeGy(2) : Double.NaN, a.meanGy(), b.meanGy(), rx ? a.volumeAtLeastPercent(prescriptionGy) : Double.NaN,
                    rx ? b.volumeAtLeastPercent(prescriptionGy) : Double.NaN));
        }
        return new EngineComparison(outcome.engineId(), other.engineId(), prescriptionGy, rows);
    }

    /** The comparison as a text table (doses in Gy). */
    public String table() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "DVH by %s against %s (same seeds and grid; difference = %s/%s − 1):%n", engine, otherEngine,
                engine, otherEngine));
        text.append(String.format(Locale.ROOT, "  %-18s %9s %9s %7s %9s %9s %7s %9s %9s %7s%n", "structure", "D90 Gy", otherEngine, "diff", "D2cc Gy", otherEngine,
                "diff", "mean Gy", otherEngine, "diff"));
        for (Row r : rows) {
            text.append(String.format(Locale.ROOT, "  %-18s %9.2f %9.2f %7s %9s %9s %7s %9.2f %9.2f %7s%n", r.structure(), r.d90Gy(), r.otherD90Gy(),
                    percent(r.d90DifferencePercent()), number(r.d2ccGy()), number(r.otherD2ccGy()), percent(r.d2ccDifferencePercent()), r.meanGy(),
                    r.otherMeanGy(), percent(r.meanDifferencePercent())));
        }
        return text.toString().stripTrailing();
    }

    /** The comparison as plain values for JSON: the engines, the dose unit and one map per structure. */
    public Map<String, Object> toMap() {
        return Map.of("engine", engine, "otherEngine", otherEngine, "doseUnit", "Gy", "structures", rowsAsMaps());
    }

    /** The rows as maps of plain values (null for a missing one), for JSON. */
    public List<Map<String, Object>> rowsAsMaps() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("structure", r.structure());
            row.put("volumeCc", r.volumeCc());
            row.put("d90Gy", finite(r.d90Gy()));
            row.put("otherD90Gy", finite(r.otherD90Gy()));
            row.put("d90DifferencePercent", finite(r.d90DifferencePercent()));
            row.put("d2ccGy", finite(r.d2ccGy()));
            row.put("otherD2ccGy", finite(r.otherD2ccGy()));
            row.put("d2ccDifferencePercent", finite(r.d2ccDifferencePercent()));
            row.put("meanGy", finite(r.meanGy()));
            row.put("otherMeanGy", finite(r.otherMeanGy()));
            row.put("meanDifferencePercent", finite(r.meanDifferencePercent()));
            row.put("v100Percent", finite(r.v100Percent()));
            row.put("otherV100Percent", finite(r.otherV100Percent()));
            out.add(row);
        }
        return out;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "-";
    }

    private static String percent(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%+6.1f%%", v) : "-";
    }
}
