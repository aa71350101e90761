package org.opensabt.dose.cases;

import java.nio.file.Path;
import java.util.ArrayList;
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
        CsvTable table = CsvTable.read(csv, "x_mm,y_mm,z_mm");
        int[] xyz = { table.requiredColumn("x_mm", "seed centres in patient LPS mm"), table.requiredColumn("y_mm", "seed centres in patient LPS mm"),
                table.requiredColumn("z_mm", "seed centres in patient LPS mm") };
        int[] dir = { table.column("dir_x"), table.column("dir_y"), table.column("dir_z") };
        boolean hasDirection = dir[0] >= 0 && dir[1] >= 0 && dir[2] >= 0;
        int strengthColumn = table.column("strength_U");
        int idColumn = table.column("seed_id");
        int needleColumn = table.column("needle");
        if (strengthColumn < 0 && !(defaultStrengthU > 0)) {
            throw new DoseInputException(csv + ": no strength_U column and no strength given (--strength-U or --activity-mCi)");
        }
        if (table.rows().isEmpty()) {
            throw new DoseInputException(csv + ": no seeds (only a header)");
        }
        List<String> notes = new ArrayList<>();
        List<double[]> positions = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> needleOf = new ArrayList<>();
        List<double[]> directions = new ArrayList<>();
        List<Double> strengths = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String[] cells = row.cells();
            positions.add(new double[] { table.number(row, xyz[0]), table.number(row, xyz[1]), table.number(row, xyz[2]) });
            ids.add(idColumn >= 0 && !cells[idColumn].isBlank() ? cells[idColumn].strip() : String.valueOf(ids.size() + 1));
            needleOf.add(needleColumn >= 0 ? cells[needleColumn].strip() : "");
            directions.add(hasDirection ? new double[] { table.number(row, dir[0]), table.number(row, dir[1]), table.number(row, dir[2]) } : null);
            double strength = strengthColumn >= 0 ? table.number(row, strengthColumn) : defaultStrengthU;
            if (!(strength > 0)) {
                throw new DoseInputException(csv.getFileName() + " line " + row.lineNumber() + ": strength_U must be positive (U = cGy cm² h⁻¹), is "
                        + strength);
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
                throw new DoseInputException(csv.getFileName() + " line " + table.rows().get(k).lineNumber() + ": " + e.getMessage());
            }
        }
        return new Read(seeds, needleOf, notes);
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
