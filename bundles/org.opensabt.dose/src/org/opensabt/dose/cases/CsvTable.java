package org.opensabt.dose.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small comma-separated table: the first non-blank, non-# line is the header; every error names
 * the file, the line and the column.
 */
public final class CsvTable {

    /** One data row: its line number in the file, its text and its cells. */
    public record Row(int lineNumber, String text, String[] cells) {
    }

    private final Path file;
    private final String headerText;
    private final String[] header;
    private final List<Row> rows;

    private CsvTable(Path file, String headerText, List<Row> rows) {
        this.file = file;
        this.headerText = headerText;
        this.header = headerText.split(",", -1);
        this.rows = rows;
    }

    public static CsvTable read(Path file, String expectedHeader) throws DoseInputException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DoseInputException(file + ": cannot read: " + e.getMessage());
        }
        String headerText = null;
        List<Row> rows = new ArrayList<>();
        int columns = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (headerText == null) {
                headerText = line;
                columns = cells.length;
            } else if (cells.length != columns) {
                throw new DoseInputException(file.getFileName() + " line " + (i + 1) + ": has " + cells.length + " fields, the header has " + columns);
            } else {
                rows.add(new Row(i + 1, line, cells));
            }
        }
        if (headerText == null) {
            throw new DoseInputException(file + ": empty (expected a header " + expectedHeader + ")");
        }
        return new CsvTable(file, headerText, rows);
    }

    public String headerText() {
        return headerText;
    }

    public String[] header() {
        return header.clone();
    }

    public List<Row> rows() {
        return rows;
    }

    /** Index of a column (case-insensitive), or −1. */
    public int column(String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].strip().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    /** Index of a column that must be there; the message says what the column holds. */
    public int requiredColumn(String name, String meaning) throws DoseInputException {
        int index = column(name);
        if (index < 0) {
            throw new DoseInputException(file + ": header lacks column " + name + " (" + meaning + "; have " + headerText + ")");
        }
        return index;
    }

    /** A finite number from a row's column. */
    public double number(Row row, int column) throws DoseInputException {
        String text = row.cells()[column].strip();
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DoseInputException(file.getFileName() + " line " + row.lineNumber() + ": " + header[column].strip()
                + " is not a finite number: \"" + text + "\"");
    }
}
