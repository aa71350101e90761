package org.opensabt.outcomes;


import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A paper's Table 1 (patient characteristics: median and range of numeric columns, n and % of each
 * level of the others) and Table 2 (adverse events by category, term and CTCAE grade, counted once per
 * patient at the patient's worst grade, as n and % of the cohort's N).
 */
public final class DescriptiveTables {

    private DescriptiveTables() {
    }

    /** Table 1 of the given columns (missing values counted, never dropped). */
    public static Map<String, Object> characteristics(CohortTable t, List<String> columns) throws OutcomeInputException {
        Map<String, Object> out = new LinkedHashMap<>();
        int n = t.size();
        for (String c : columns) {
            if (!t.has(c)) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            if (t.isNumeric(c)) {
                double[] v = java.util.Arrays.stream(t.numbers(c)).filter(Double::isFinite).sorted().toArray();
                m.put("type", "numeric");
                m.put("n", v.length);
                m.put("missing", n - v.length);
                if (v.length > 0) {
                    m.put("median", v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2);
                    m.put("min", v[0]);
                    m.put("max", v[v.length - 1]);
                }
            } else {
                Map<String, Object> levels = new LinkedHashMap<>();
                int missing = 0;
                Map<String, Integer> counts = new TreeMap<>();
                for (String v : t.levels(c, null)) {
                    if (v == null) {
                        missing++;
                    } else {
                        counts.merge(v, 1, Integer::sum);
                    }
                }
                for (String level : Design.levels(counts.keySet().toArray(String[]::new), SabtStudy.LEVEL_ORDERS.get(c))) {
                    Map<String, Object> l = new LinkedHashMap<>();
                    l.put("n", counts.get(level));
                    l.put("percent", 100.0 * counts.get(level) / n);
                    levels.put(level, l);
                }
                m.put("type", "categorical");
                m.put("levels", levels);
                m.put("missing", missing);
            }
            out.put(c, m);
        }
        return out;
    }

    /** Table 1 as text. */
    @SuppressWarnings("unchecked")
    public static String characteristicsText(Map<String, Object> table, int n) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-28s %s%n", "characteristic", "N = " + n));
        table.forEach((column, value) -> {
            Map<String, Object> m = (Map<String, Object>) value;
            if (m.get("type").equals("numeric")) {
                s.append(String.format(Locale.ROOT, "%-28s median %s (range %s–%s)%s%n", column, num(m.get("median")), num(m.get("min")), num(m.get("max")),
                        (int) m.get("missing") > 0 ? ", missing " + m.get("missing") : ""));
            } else {
                s.append(String.format(Locale.ROOT, "%-28s%s%n", column, (int) m.get("missing") > 0 ? " (missing " + m.get("missing") + ")" : ""));
                ((Map<String, Object>) m.get("levels")).forEach((level, l) -> s.append(String.format(Locale.ROOT, "  %-26s %4d (%.1f %%)%n", level,
                        (int) ((Map<String, Object>) l).get("n"), (double) ((Map<String, Object>) l).get("percent"))));
            }
        });
        return s.toString();
    }

    private static String num(Object o) {
        if (o == null) {
            return "NA";
        }
        double v = (double) o;
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /**
     * Table 2 from a CSV with columns patient_id, category, term, grade (CTCAE 1–5). Rows naming a
     * patient not in the cohort, an empty category or term, or a grade outside 1–5 are errors listing
     * the rows.
     */
    public static Map<String, Object> adverseEvents(Path csv, CohortTable cohort) throws OutcomeInputException {
        CohortTable ae = CohortTable.read(csv);
        for (String c : List.of("patient_id", "category", "term", "grade")) {
            if (!ae.has(c)) {
                throw new OutcomeInputException(csv + ": no column '" + c + "' (needs patient_id, category, term, grade)");
            }
        }
        java.util.Set<String> patients = new java.util.HashSet<>();
        for (int r = 0; r < cohort.size(); r++) {
            patients.add(cohort.rowId(r));
        }
        double[] grades = ae.numbers("grade");
        List<String> bad = new ArrayList<>();
        // worst grade per patient, category and term
        Map<String, Map<String, Map<String, Integer>>> worst = new TreeMap<>();
        for (int r = 0; r < ae.size(); r++) {
            String patient = ae.text(r, "patient_id");
            String category = ae.text(r, "category");
            String term = ae.text(r, "term");
            double g = grades[r];
            if (!patients.contains(patient) || category.isEmpty() || term.isEmpty() || !(g >= 1 && g <= 5 && g == Math.rint(g))) {
                bad.add("line " + (r + 2) + " (" + patient + (patients.contains(patient) ? "" : ": not in the cohort")
                        + (g >= 1 && g <= 5 && g == Math.rint(g) ? "" : ": grade " + (Double.isNaN(g) ? "missing" : g)) + ")");
                continue;
            }
            worst.computeIfAbsent(category, k -> new TreeMap<>()).computeIfAbsent(term, k -> new TreeMap<>()).merge(patient, (int) g, Math::max);
        }
        if (!bad.isEmpty()) {
            throw new OutcomeInputException(csv + ": adverse events that cannot be counted (patient in the cohort, category, term, grade 1–5 needed): "
                    + CohortTable.shortList(bad));
        }
        int n = cohort.size();
        Map<String, Object> out = new LinkedHashMap<>();
        worst.forEach((category, terms) -> {
            Map<String, Object> c = new LinkedHashMap<>();
            terms.forEach((term, byPatient) -> {
                int[] perGrade = new int[6];
                byPatient.values().forEach(g -> perGrade[g]++);
                Map<String, Object> t = new LinkedHashMap<>();
                for (int g = 1; g <= 5; g++) {
                    Map<String, Object> cell = new LinkedHashMap<>();
                    cell.put("n", perGrade[g]);
                    cell.put("percent", 100.0 * perGrade[g] / n);
                    t.put("grade" + g, cell);
                }
                int any = byPatient.size();
                int severe = perGrade[3] + perGrade[4] + perGrade[5];
                t.put("any", Map.of("n", any, "percent", 100.0 * any / n));
                t.put("grade3plus", Map.of("n", severe, "percent", 100.0 * severe / n));
                c.put(term, t);
            });
            out.put(category, c);
        });
        return out;
    }

    /** Table 2 as text. */
    @SuppressWarnings("unchecked")
    public static String adverseEventsText(Map<String, Object> table) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-34s %11s %11s %11s %11s %11s %11s %11s%n", "category / term", "grade 1", "grade 2",
                "grade 3", "grade 4", "grade 5", "any", "grade >= 3"));
        table.forEach((category, terms) -> {
            s.append(category).append('\n');
            ((Map<String, Object>) terms).forEach((term, value) -> {
                Map<String, Object> t = (Map<String, Object>) value;
                s.append(String.format(Locale.ROOT, "  %-32s", term));
                for (String key : List.of("grade1", "grade2", "grade3", "grade4", "grade5", "any", "grade3plus")) {
                    Map<String, Object> cell = (Map<String, Object>) t.get(key);
                    s.append(String.format(Locale.ROOT, " %3d (%4.1f%%)", (int) cell.get("n"), (double) cell.get("percent")));
                }
                s.append('\n');
            });
        });
        return s.toString();
    }

}
