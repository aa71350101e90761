package org.opensabt.outcomes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A cohort as a table of named text columns (one row per patient), read from CSV. Columns are typed
 * where an analysis uses them: {@link #numbers} and {@link #levels} check every row and name the
 * offending rows (by their first column, the patient id) rather than drop anything silently.
 */
public final class CohortTable {

    private final String source;
    private final List<String> header;
    private final List<String[]> rows;

    public CohortTable(String source, List<String> header, List<String[]> rows) {
        this.source = source;
        this.header = List.copyOf(header);
        this.rows = rows;
    }

    /** RFC 4180 CSV with a header row; quoted fields may hold commas and doubled quotes. */
    public static CohortTable read(Path file) throws OutcomeInputException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OutcomeInputException(file + ": cannot read: " + e.getMessage());
        }
        if (lines.isEmpty()) {
            throw new OutcomeInputException(file + ": empty file (a header row is needed)");
        }
        List<String> header = split(lines.get(0).replace("\uFEFF", ""));
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> cells = split(lines.get(i));
            if (cells.size() != header.size()) {
                throw new OutcomeInputException(String.format(Locale.ROOT, "%s line %d: %d fields, the header has %d", file, i + 1, cells.size(), header.size()));
            }
            rows.add(cells.toArray(String[]::new));
        }
        return new CohortTable(file.toString(), header, rows);
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        out.add(cell.toString().strip());
        return out;
    }

    public String source() {
        return source;
    }

    public int size() {
        return rows.size();
    }

    public List<String> columns() {
        return header;
    }

    public boolean has(String column) {
        return header.contains(column);
    }

    private int index(String column) throws OutcomeInputException {
        int i = header.indexOf(column);
        if (i < 0) {
            throw new OutcomeInputException(source + ": no column '" + column + "' (columns: " + String.join(", ", header) + ")");
        }
        return i;
    }

    /** Identifier of a row for messages: its first column. */
    public String rowId(int row) {
        return rows.get(row)[0];
    }

    public String text(int row, String column) throws OutcomeInputException {
        return rows.get(row)[index(column)];
    }

    /** Whether a cell is missing (empty, NA or NaN, as R reads them). */
    public static boolean missing(String cell) {
        return cell.isEmpty() || cell.equals("NA") || cell.equalsIgnoreCase("NaN");
    }

    /** True when every non-missing value of the column parses as a number. */
    public boolean isNumeric(String column) throws OutcomeInputException {
        int c = index(column);
        for (String[] row : rows) {
            if (!missing(row[c])) {
                try {
                    Double.parseDouble(row[c]);
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The column as numbers, NaN where missing; a non-number is an error naming the rows. */
    public double[] numbers(String column) throws OutcomeInputException {
        int c = index(column);
        double[] out = new double[rows.size()];
        List<String> bad = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            String cell = rows.get(r)[c];
            if (missing(cell)) {
                out[r] = Double.NaN;
                continue;
            }
            try {
                out[r] = Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                bad.add(rowId(r) + " ('" + cell + "')");
            }
        }
        if (!bad.isEmpty()) {
            throw new OutcomeInputException(source + ": column " + column + " must be numeric; not a number in row(s) " + shortList(bad));
        }
        return out;
    }

    /**
     * The column as category codes; with {@code allowed} non-null, any other code is an error listing
     * the rows. Missing cells are null.
     */
    public String[] levels(String column, List<String> allowed) throws OutcomeInputException {
        int c = index(column);
        String[] out = new String[rows.size()];
        List<String> bad = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            String cell = rows.get(r)[c];
            if (missing(cell)) {
                continue;
            }
            if (allowed != null && !allowed.contains(cell)) {
                bad.add(rowId(r) + " ('" + cell + "')");
            }
            out[r] = cell;
        }
        if (!bad.isEmpty()) {
            throw new OutcomeInputException(source + ": column " + column + ": unknown code(s) in row(s) " + shortList(bad) + "; allowed: "
                    + String.join(", ", allowed));
        }
        return out;
    }

    /** A column as text, adding or replacing a derived one (e.g. gtv_gt60 from gtv_cc). */
    public CohortTable withColumn(String column, String[] values) {
        List<String> h = new ArrayList<>(header);
        int c = h.indexOf(column);
        if (c < 0) {
            h.add(column);
        }
        List<String[]> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = java.util.Arrays.copyOf(rows.get(r), h.size());
            row[c < 0 ? h.size() - 1 : c] = values[r] == null ? "" : values[r];
            out.add(row);
        }
        return new CohortTable(source, h, out);
    }

    /** Rows with every listed column present; how many were dropped per column is returned in {@code dropped}. */
    public CohortTable complete(List<String> columns, Map<String, Integer> dropped) throws OutcomeInputException {
        return complete(columns, dropped, new ArrayList<>());
    }

    /** As {@link #complete(List, Map)}, also listing the dropped rows' ids. */
    public CohortTable complete(List<String> columns, Map<String, Integer> dropped, List<String> droppedIds) throws OutcomeInputException {
        int[] idx = new int[columns.size()];
        for (int k = 0; k < idx.length; k++) {
            idx[k] = index(columns.get(k));
        }
        List<String[]> kept = new ArrayList<>();
        for (String[] row : rows) {
            String firstMissing = null;
            for (int k = 0; k < idx.length && firstMissing == null; k++) {
                if (missing(row[idx[k]])) {
                    firstMissing = columns.get(k);
                }
            }
            if (firstMissing == null) {
                kept.add(row);
            } else {
                dropped.merge(firstMissing, 1, Integer::sum);
                droppedIds.add(row[0]);
            }
        }
        return new CohortTable(source, header, kept);
    }

    static String shortList(List<String> items) {
        return items.size() <= 12 ? String.join(", ", items) : String.join(", ", items.subList(0, 12)) + " and " + (items.size() - 12) + " more";
    }

    /** Writes the table as CSV (quoted where needed), atomically. */
    public void write(Path file) throws IOException {
        StringBuilder csv = new StringBuilder(String.join(",", header.stream().map(CohortTable::quote).toList())).append('\n');
        for (String[] row : rows) {
            csv.append(String.join(",", java.util.Arrays.stream(row).map(CohortTable::quote).toList())).append('\n');
        }
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".cohort", ".tmp");
        Files.writeString(tmp, csv, StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String quote(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
