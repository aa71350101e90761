package org.opensabt.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.opensabt.model.Needle;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;

/** Needles as inserted, for an intra-operative re-plan: read back from a stored plan or from a CSV file. */
public final class InsertedNeedles {

    /** The header of the CSV form (mm, patient LPS). */
    public static final String CSV_HEADER = "needle_id,entry_x_mm,entry_y_mm,entry_z_mm,tip_x_mm,tip_y_mm,tip_z_mm";

    private InsertedNeedles() {
    }

    /** The needles of a stored plan, as planned (entry, tip), with the plan's seeds to start the re-plan from. */
    public static NeedleGeometry.Inserted fromPlan(PatientCase c, String planId) {
        Plan plan = c.getPlans().stream().filter(p -> planId.equals(p.getPlanId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the case has no plan " + planId + " (plans: "
                        + String.join(", ", c.getPlans().stream().map(Plan::getPlanId).toList()) + ")"));
        if (plan.getNeedles().isEmpty()) {
            throw new IllegalArgumentException("plan " + planId + " has no needles to re-plan on");
        }
        List<NeedleGeometry.InsertedNeedle> out = new ArrayList<>();
        for (Needle n : plan.getNeedles()) {
            if (n.getEntryPointMm().size() != 3 || n.getTipPointMm().size() != 3) {
                throw new IllegalArgumentException("plan " + planId + ", needle " + n.getNeedleId() + ": entry and tip need three coordinates each");
            }
            out.add(new NeedleGeometry.InsertedNeedle(n.getNeedleId(), toArray(n.getEntryPointMm()), toArray(n.getTipPointMm())));
        }
        List<double[]> seeds = new ArrayList<>();
        for (org.opensabt.model.Seed seed : plan.getSeeds()) {
            if (seed.getPositionMm().size() == 3) {
                seeds.add(toArray(seed.getPositionMm()));
            }
        }
        return new NeedleGeometry.Inserted(out, seeds);
    }

    /** Reads {@link #CSV_HEADER} rows; the message names the file, line and field of any problem. */
    public static NeedleGeometry.Inserted fromCsv(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the inserted needles (" + e.getMessage() + ")", e);
        }
        if (lines.isEmpty() || !lines.get(0).strip().replace(" ", "").equalsIgnoreCase(CSV_HEADER)) {
            throw new IllegalArgumentException(file + ": line 1 must be the header " + CSV_HEADER);
        }
        String[] fields = CSV_HEADER.split(",");
        List<NeedleGeometry.InsertedNeedle> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != fields.length) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "%s:%d: %d fields, expected %d (%s)", file, i + 1, cells.length, fields.length, CSV_HEADER));
            }
            String id = cells[0].strip();
            if (id.isEmpty() || !ids.add(id)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "%s:%d: needle_id '%s' is empty or repeated", file, i + 1, id));
            }
            double[] v = new double[6];
            for (int k = 0; k < 6; k++) {
                try {
                    v[k] = Double.parseDouble(cells[k + 1].strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT, "%s:%d: %s '%s' is not a number (mm)", file, i + 1, fields[k + 1], cells[k + 1]));
                }
                if (!Double.isFinite(v[k])) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT, "%s:%d: %s must be finite", file, i + 1, fields[k + 1]));
                }
            }
            try {
                out.add(new NeedleGeometry.InsertedNeedle(id, new double[] { v[0], v[1], v[2] }, new double[] { v[3], v[4], v[5] }));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(file + ": no needles after the header");
        }
        return new NeedleGeometry.Inserted(out);
    }

    private static double[] toArray(List<Double> v) {
        return new double[] { v.get(0), v.get(1), v.get(2) };
    }
}
