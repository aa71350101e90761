package org.opensabt.dose.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opensabt.dose.SeedPlacement;

/**
 * Reads seeds from CSV. Header names the columns (any order): {@code x_mm,y_mm,z_mm} (patient LPS,
 * required); optional {@code seed_id}, {@code needle}, {@code dir_x,dir_y,dir_z} (axis direction),
 * {@code strength_U} (air-kerma strength). Without direction columns a seed points along its needle
 * (the line through that needle's seeds), and a seed without needle along {@code defaultDirection}.
 * Without a strength column every seed gets {@code defaultStrengthU}.
 */
public final class SeedTable {

    private SeedTable() {
    }

    public record Read(List<SeedPlacement> seeds, List<String> needles, List<String> notes) {
    }

    public static Read read(Path csv, double defaultStrengthU, double[] defaultDirection) throws DoseInputException {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DoseInputException(csv + ": cannot read the seed table: " + e.getMessage());
        }
        List<String[]> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        String[] header = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (header == null) {
                header = cells;
            } else {
                rows.add(cells);
                lineNumbers.add(i + 1);
            }
        }
        if (header == null) {
            throw new DoseInputException(csv + ": empty seed table (expected a header x_mm,y_mm,z_mm)");
        }
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            column.put(header[i].strip().toLowerCase(Locale.ROOT), i);
        }
        for (String required : List.of("x_mm", "y_mm", "z_mm")) {
            if (!column.containsKey(required)) {
                throw new DoseInputException(csv + ": header lacks column " + required + " (seed centres in patient LPS mm; have "
                        + String.join(",", header) + ")");
            }
        }
        boolean hasDirection = column.containsKey("dir_x") && column.containsKey("dir_y") && column.containsKey("dir_z");
        boolean hasStrength = column.containsKey("strength_u");
        if (!hasStrength && !(defaultStrengthU > 0)) {
            throw new DoseInputException(csv + ": no strength_U column and no strength given (--strength-U or --activity-mCi)");
        }
        if (rows.isEmpty()) {
            throw new DoseInputException(csv + ": no seeds (only a header)");
        }
        List<String> notes = new ArrayList<>();
        List<double[]> positions = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> needleOf = new ArrayList<>();
        List<double[]> directions = new ArrayList<>();
        List<Double> strengths = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            String[] cells = rows.get(k);
            String where = csv.getFileName() + " line " + lineNumbers.get(k);
            if (cells.length != header.length) {
                throw new DoseInputException(where + ": has " + cells.length + " fields, the header has " + header.length);
            }
            positions.add(new double[] { number(cells, column, "x_mm", where), number(cells, column, "y_mm", where),
                    number(cells, column, "z_mm", where) });
            ids.add(column.containsKey("seed_id") && !cells[column.get("seed_id")].isBlank() ? cells[column.get("seed_id")].strip()
                    : String.valueOf(k + 1));
            needleOf.add(column.containsKey("needle") ? cells[column.get("needle")].strip() : "");
            directions.add(hasDirection ? new double[] { number(cells, column, "dir_x", where), number(cells, column, "dir_y", where),
                    number(cells, column, "dir_z", where) } : null);
            double strength = hasStrength ? number(cells, column, "strength_u", where) : defaultStrengthU;
            if (!(strength > 0)) {
                throw new DoseInputException(where + ": strength_U must be positive (U = cGy cm² h⁻¹), is " + strength);
            }
            strengths.add(strength);
        }
        Map<String, double[]> needleAxis = new LinkedHashMap<>();
        if (!hasDirection) {
            Map<String, List<double[]>> byNeedle = new LinkedHashMap<>();
            for (int k = 0; k < positions.size(); k++) {
                if (!needleOf.get(k).isEmpty()) {
                    byNeedle.computeIfAbsent(needleOf.get(k), n -> new ArrayList<>()).add(positions.get(k));
                }
            }
            for (Map.Entry<String, List<double[]>> e : byNeedle.entrySet()) {
                if (e.getValue().size() >= 2) {
                    needleAxis.put(e.getKey(), principalAxis(e.getValue()));
                }
            }
            if (byNeedle.size() > needleAxis.size() || needleOf.contains("")) {
                notes.add(String.format(Locale.ROOT, "seeds without a needle of ≥ 2 seeds point along (%.3f, %.3f, %.3f)",
                        defaultDirection[0], defaultDirection[1], defaultDirection[2]));
            }
        }
        List<SeedPlacement> seeds = new ArrayList<>();
        for (int k = 0; k < positions.size(); k++) {
            double[] direction = directions.get(k) != null ? directions.get(k)
                    : needleAxis.getOrDefault(needleOf.get(k), defaultDirection);
            try {
                seeds.add(new SeedPlacement(ids.get(k), positions.get(k), direction, strengths.get(k)));
            } catch (IllegalArgumentException e) {
                throw new DoseInputException(csv.getFileName() + " line " + lineNumbers.get(k) + ": " + e.getMessage());
            }
        }
        return new Read(seeds, needleOf, notes);
    }

    private static double number(String[] cells, Map<String, Integer> column, String name, String where) throws DoseInputException {
        String text = cells[column.get(name)].strip();
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new DoseInputException(where + ": " + name + " is not a finite number: \"" + text + "\"");
        }
    }

    /** Unit direction of the best-fit line through points (largest principal axis, by power iteration). */
    static double[] principalAxis(List<double[]> points) {
        double[] mean = new double[3];
        for (double[] p : points) {
            for (int k = 0; k < 3; k++) {
                mean[k] += p[k] / points.size();
            }
        }
        double[][] cov = new double[3][3];
        for (double[] p : points) {
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    cov[i][j] += (p[i] - mean[i]) * (p[j] - mean[j]);
                }
            }
        }
        double[] first = points.get(0);
        double[] last = points.get(points.size() - 1);
        double[] v = { last[0] - first[0], last[1] - first[1], last[2] - first[2] };
        if (Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]) < 1e-9) {
            v = new double[] { 0, 0, 1 };
        }
        for (int iteration = 0; iteration < 100; iteration++) {
            double[] next = new double[3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    next[i] += cov[i][j] * v[j];
                }
            }
            double norm = Math.sqrt(next[0] * next[0] + next[1] * next[1] + next[2] * next[2]);
            if (norm < 1e-12) {
                break;
            }
            v = new double[] { next[0] / norm, next[1] / norm, next[2] / norm };
        }
        double norm = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        return new double[] { v[0] / norm, v[1] / norm, v[2] / norm };
    }
}
