package org.opensabt.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The per-case result table of a batch: one row per case (case, status, failed_step, message, seconds, saved,
 * warnings, then the steps' columns in order of first appearance), as maps for JSON or as CSV (RFC 4180).
 */
public final class BatchTable {

    /** The leading columns of every row. */
    public static final List<String> FIXED_COLUMNS = List.of("case", "status", "failed_step", "message", "seconds", "saved", "warnings");

    private BatchTable() {
    }

    /** Every column of the result, the fixed ones first. */
    public static List<String> columns(CohortBatch.Result result) {
        Set<String> names = new LinkedHashSet<>(FIXED_COLUMNS);
        for (CohortBatch.CaseResult r : result.cases()) {
            names.addAll(r.columns().keySet());
        }
        return List.copyOf(names);
    }

    /** The rows as ordered maps (a column a case has no value for is left out). */
    public static List<Map<String, Object>> rows(CohortBatch.Result result) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CohortBatch.CaseResult r : result.cases()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("case", r.caseDir().toString());
            row.put("status", r.status().name().toLowerCase(Locale.ROOT));
            row.put("failed_step", r.failedStep());
            row.put("message", r.message());
            row.put("seconds", r.seconds());
            row.put("saved", r.saved());
            row.put("warnings", String.join("; ", r.warnings()));
            row.putAll(r.columns());
            rows.add(row);
        }
        return rows;
    }

    /** The table as CSV text: a header row, then a row per case; numbers in plain decimal notation. */
    public static String csv(CohortBatch.Result result) {
        List<String> columns = columns(result);
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", columns.stream().map(BatchTable::cell).toList())).append("\r\n");
        for (Map<String, Object> row : rows(result)) {
            List<String> cells = new ArrayList<>();
            for (String column : columns) {
                Object v = row.get(column);
                cells.add(v == null ? "" : cell(v instanceof Double d ? plain(d) : v.toString()));
            }
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString();
    }

    private static String plain(double d) {
        if (!Double.isFinite(d)) {
            return "";
        }
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static String cell(String text) {
        if (!text.isEmpty() && "=+@\t\r".indexOf(text.charAt(0)) >= 0) { // never a formula when opened in a spreadsheet
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
