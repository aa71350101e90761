package org.opensabt.postplan;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opensabt.model.Seed;
import org.opensabt.postplan.SyntheticImplantCt.TrueSeed;

/** CSV files of seeds (patient LPS mm): truth of a synthetic CT, implanted seeds with their planned partners, landmarks. */
public final class SeedTables {

    public static final String TRUTH_HEADER = "seed_id,x_mm,y_mm,z_mm,axis_x,axis_y,axis_z";

    private SeedTables() {
    }

    public static void writeTruth(Path file, List<TrueSeed> seeds) throws IOException {
        StringBuilder b = new StringBuilder(TRUTH_HEADER).append('\n');
        for (TrueSeed s : seeds) {
            double[] p = s.positionMm();
            double[] d = s.directionUnit();
            b.append(String.format(Locale.ROOT, "%s,%.3f,%.3f,%.3f,%.5f,%.5f,%.5f%n", s.seedId(), p[0], p[1], p[2], d[0], d[1], d[2]));
        }
        writeAtomically(file, b.toString());
    }

    /** {position, axis} per row of a truth file. */
    public static List<double[][]> readTruth(Path file) throws IOException {
        List<double[][]> out = new ArrayList<>();
        for (double[] row : numbers(file, TRUTH_HEADER, 6, 1)) {
            out.add(new double[][] { { row[0], row[1], row[2] }, { row[3], row[4], row[5] } });
        }
        return out;
    }

    /** Landmarks: post_x_mm,post_y_mm,post_z_mm,plan_x_mm,plan_y_mm,plan_z_mm; fitted as a rigid transform. */
    public static RigidTransform landmarks(Path file) throws IOException {
        List<double[]> post = new ArrayList<>();
        List<double[]> planning = new ArrayList<>();
        for (double[] row : numbers(file, "post_x_mm,post_y_mm,post_z_mm,plan_x_mm,plan_y_mm,plan_z_mm", 6, 0)) {
            post.add(new double[] { row[0], row[1], row[2] });
            planning.add(new double[] { row[3], row[4], row[5] });
        }
        try {
            return RigidTransform.fit(post, planning);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** The implanted seeds (planning frame) with origin, planned partner and displacement. */
    public static void writeImplant(Path file, PostImplantDosimetry.Result result) throws IOException {
        StringBuilder b = new StringBuilder("seed_id,origin,x_mm,y_mm,z_mm,axis_x,axis_y,axis_z,planned_seed_id,displacement_mm\n");
        int i = 0;
        for (Seed s : result.implant().getSeeds()) {
            PostImplantDosimetry.Pairing pairing = result.pairings().get(i++);
            b.append(String.format(Locale.ROOT, "%s,%s,%.3f,%.3f,%.3f,%.5f,%.5f,%.5f,%s,%s%n", s.getSeedId(), s.getOrigin(), s.getPositionMm().get(0),
                    s.getPositionMm().get(1), s.getPositionMm().get(2), s.getDirectionUnit().get(0), s.getDirectionUnit().get(1), s.getDirectionUnit().get(2),
                    pairing.plannedSeedId() == null ? "" : pairing.plannedSeedId(),
                    Double.isNaN(pairing.displacementMm()) ? "" : String.format(Locale.ROOT, "%.3f", pairing.displacementMm())));
        }
        writeAtomically(file, b.toString());
    }

    /** Rows of {@code count} numbers from column {@code first} on, after a header line; errors name file:line and column. */
    private static List<double[]> numbers(Path file, String expectedHeader, int count, int first) throws IOException {
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + ": empty; expected the header " + expectedHeader);
        }
        String[] header = lines.get(0).trim().split(",");
        List<double[]> out = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n).trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length < first + count) {
                throw new IllegalArgumentException(file + ":" + (n + 1) + ": " + cells.length + " columns, expected " + (first + count) + " ("
                        + expectedHeader + ")");
            }
            double[] row = new double[count];
            for (int k = 0; k < count; k++) {
                String cell = cells[first + k].trim();
                try {
                    row[k] = Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    String column = first + k < header.length ? header[first + k] : "column " + (first + k + 1);
                    throw new IllegalArgumentException(file + ":" + (n + 1) + ": " + column + " '" + cell + "' is not a number");
                }
            }
            out.add(row);
        }
        return out;
    }

    /** Writes text to a temporary file beside {@code file} and renames it over {@code file}. */
    public static void writeAtomically(Path file, String content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(temp)) {
                w.write(content);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
