package org.opensabt.dose.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.opensabt.contour.CaseContents;
import org.opensabt.dose.dvh.Dvh;
import org.opensabt.model.DoseGrid;
import org.opensabt.model.DoseMetric;
import org.opensabt.model.Implant;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;
import org.opensabt.model.Structure;
import org.opensabt.model.geometry.GridGeometry;

/**
 * Plans of a case (or a plan and its implant) side by side, from what the case stores: the target's D90,
 * V100, V150, V200 and the organs at risk's D2cc/Dmax as each plan has them, seeds, needles, total
 * strength and activity, and every plan's difference to the first. Where two dose grids have the same
 * geometry their doses are compared voxel by voxel ({@link DoseComparison}). Nothing is recomputed and
 * the case is not changed.
 */
public final class PlanComparison {

    /** Target metrics shown, in this order (those a plan lacks are blank). */
    public static final List<String> TARGET_METRICS = List.of("D90", "V100", "V150", "V200", "D100", "Dmean", "CI");
    /** Organ-at-risk metrics shown, in this order. */
    public static final List<String> OAR_METRICS = List.of("D2cc", "D1cc", "D0.1cc", "Dmax");
    /** Structure name of the rows that describe the whole plan (seeds, needles, strength). */
    public static final String PLAN_ROWS = "plan";

    /** One metric a plan stores. */
    public record Metric(String structure, String name, double value, String unit) {
    }

    /**
     * A dose distribution to compare: a plan or an implant.
     *
     * @param totalStrengthU   sum of the seeds' air-kerma strengths (U)
     * @param totalActivityMCi apparent activity of all seeds (mCi); NaN when the seed model's U/mCi is unknown
     * @param needles          the plan's needles; -1 for an implant (not known)
     * @param seedsPerNeedle   needle id → seeds on it (needles without seeds listed with 0); empty for an implant
     * @param grid             the stored dose grid (may be null or without values)
     */
    public record Column(String id, String targetName, double prescriptionGy, List<Metric> metrics, int seeds, int needles, double totalStrengthU,
            double totalActivityMCi, Map<String, Integer> seedsPerNeedle, DoseGrid grid) {

        public Column {
            metrics = List.copyOf(metrics);
            seedsPerNeedle = Map.copyOf(new LinkedHashMap<>(seedsPerNeedle));
        }

        /** The stored value of a metric, NaN if this plan has none. */
        public double value(String structure, String name) {
            return metrics.stream().filter(m -> m.structure().equals(structure) && m.name().equals(name)).mapToDouble(Metric::value).findFirst()
                    .orElse(Double.NaN);
        }
    }

    /**
     * One row of the table: the values of every column and their differences to the first column
     * ({@code differences[0]} is 0; NaN where either value is missing). Differences carry the row's unit
     * (percentage points for %).
     */
    public record Row(String structure, String metric, String unit, double[] values, double[] differences) {
    }

    /** The comparison: column ids in order (the first is the reference), the rows, and the voxel-by-voxel dose comparisons. */
    public record Table(List<String> columnIds, List<Row> rows, List<String> notes) {

        /** The row of a metric, or null. */
        public Row row(String structure, String metric) {
            return rows.stream().filter(r -> r.structure().equals(structure) && r.metric().equals(metric)).findFirst().orElse(null);
        }
    }

    /** A structure's cumulative DVH for display: rows of (dose Gy, volume % of the structure). */
    public record StructureDvh(String structure, int[] colorRgb, double[][] doseGyVolumePercent) {
    }

    private PlanComparison() {
    }

    /** A plan as a column; {@code uPerMCi} of its seed model (NaN: activity unknown). */
    public static Column of(Plan plan, double uPerMCi) {
        return column(plan.getPlanId(), plan, plan.getMetrics(), plan.getSeeds(), plan.getDoseGrid(), uPerMCi, true);
    }

    /** An implant as a column (its plan gives the target and prescription); {@code uPerMCi} of its seed model (NaN: unknown). */
    public static Column of(Implant implant, double uPerMCi) {
        return column(implant.getImplantId(), implant.getPlan(), implant.getMetrics(), implant.getSeeds(), implant.getDoseGrid(), uPerMCi, false);
    }

    private static Column column(String id, Plan plan, List<DoseMetric> stored, List<Seed> seeds, DoseGrid grid, double uPerMCi, boolean needles) {
        List<Metric> metrics = new ArrayList<>();
        for (DoseMetric m : stored) {
            metrics.add(new Metric(m.getStructure() == null ? "" : m.getStructure().getName(), m.getName(), m.getValue(), m.getUnit()));
        }
        double fallbackU = plan != null ? plan.getAirKermaStrengthU() : Double.NaN;
        double totalU = 0;
        Map<String, Integer> perNeedle = new LinkedHashMap<>();
        if (needles && plan != null) {
            plan.getNeedles().forEach(n -> perNeedle.put(n.getNeedleId(), 0));
        }
        for (Seed s : seeds) {
            totalU += s.getAirKermaStrengthU() > 0 ? s.getAirKermaStrengthU() : fallbackU;
            if (needles && s.getNeedle() != null) {
                perNeedle.merge(s.getNeedle().getNeedleId(), 1, Integer::sum);
            }
        }
        return new Column(id, plan != null && plan.getTarget() != null ? plan.getTarget().getName() : null,
                plan != null ? plan.getPrescriptionDoseGy() : Double.NaN, metrics, seeds.size(), needles && plan != null ? plan.getNeedles().size() : -1,
                totalU, uPerMCi > 0 ? totalU / uPerMCi : Double.NaN, perNeedle, grid);
    }

    /**
     * The table of two or more columns, the first the reference: the target's metrics (the first column's
     * target, else the first that names one), every other structure's OAR metrics in order of appearance,
     * then the plan rows (prescription, seeds, needles, total strength and activity).
     */
    public static Table compare(List<Column> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare: choose at least one plan");
        }
        String target = columns.stream().map(Column::targetName).filter(t -> t != null).findFirst().orElse(null);
        List<Row> rows = new ArrayList<>();
        if (target != null) {
            for (String metric : TARGET_METRICS) {
                addIfAny(rows, columns, target, metric);
            }
        }
        Set<String> oars = new LinkedHashSet<>();
        for (Column c : columns) {
            for (Metric m : c.metrics()) {
                if (!m.structure().equals(target) && !m.structure().isEmpty() && OAR_METRICS.contains(m.name())) {
                    oars.add(m.structure());
                }
            }
        }
        for (String oar : oars) {
            for (String metric : OAR_METRICS) {
                addIfAny(rows, columns, oar, metric);
            }
        }
        rows.add(row(PLAN_ROWS, "Rx", "Gy", columns, Column::prescriptionGy));
        rows.add(row(PLAN_ROWS, "seeds", "1", columns, c -> c.seeds()));
        if (columns.stream().anyMatch(c -> c.needles() > 0)) {
            rows.add(row(PLAN_ROWS, "needles", "1", columns, c -> c.needles() < 0 ? Double.NaN : c.needles()));
        }
        rows.add(row(PLAN_ROWS, "total strength", "U", columns, Column::totalStrengthU));
        if (columns.stream().anyMatch(c -> Double.isFinite(c.totalActivityMCi()))) {
            rows.add(row(PLAN_ROWS, "total activity", "mCi", columns, Column::totalActivityMCi));
        }
        return new Table(columns.stream().map(Column::id).toList(), List.copyOf(rows), doseNotes(columns));
    }

    private static void addIfAny(List<Row> rows, List<Column> columns, String structure, String metric) {
        String unit = null;
        for (Column c : columns) {
            for (Metric m : c.metrics()) {
                if (m.structure().equals(structure) && m.name().equals(metric)) {
                    unit = m.unit();
                }
            }
        }
        if (unit != null) {
            rows.add(row(structure, metric, unit, columns, c -> c.value(structure, metric)));
        }
    }

    private static Row row(String structure, String metric, String unit, List<Column> columns, java.util.function.ToDoubleFunction<Column> value) {
        double[] values = columns.stream().mapToDouble(value).toArray();
        double[] differences = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            differences[i] = values[i] - values[0]; // NaN when either is missing
        }
        return new Row(structure, metric, unit, values, differences);
    }

    /** Voxel-by-voxel comparison with the first column's dose where the grids have the same geometry. */
    private static List<String> doseNotes(List<Column> columns) {
        List<String> notes = new ArrayList<>();
        Column first = columns.get(0);
        float[] reference = values(first.grid());
        for (Column c : columns.subList(1, columns.size())) {
            float[] dose = values(c.grid());
            if (reference == null || dose == null) {
                notes.add(c.id() + ": no stored dose to compare with " + first.id() + " voxel by voxel");
            } else if (!sameGeometry(first.grid(), c.grid())) {
                notes.add(c.id() + ": dose grid differs from " + first.id() + "'s, not compared voxel by voxel");
            } else {
                try {
                    DoseComparison d = DoseComparison.of(reference, dose);
                    notes.add(String.format(Locale.ROOT, "%s vs %s: %.1f %% of %d voxels (> 10 %% of %s's max) within 2 %%, mean |difference| %.2f Gy, max %.2f Gy",
                            c.id(), first.id(), d.within2PercentPercent(), d.voxelsCompared(), first.id(), d.meanAbsDifferenceGy(), d.maxAbsDifferenceGy()));
                } catch (DoseInputException e) {
                    notes.add(c.id() + ": " + e.getMessage());
                }
            }
        }
        return notes;
    }

    private static float[] values(DoseGrid grid) {
        return grid == null ? null : grid.getDoseValues();
    }

    static boolean sameGeometry(DoseGrid a, DoseGrid b) {
        return a.getColumns() == b.getColumns() && a.getRows() == b.getRows() && a.getSlices() == b.getSlices() && a.getOriginMm().equals(b.getOriginMm())
                && a.getSpacingMm().equals(b.getSpacingMm()) && a.getRowDirection().equals(b.getRowDirection())
                && a.getColumnDirection().equals(b.getColumnDirection());
    }

    /**
     * Cumulative DVHs of every structure (but the body outline) on a stored dose grid, sampled every
     * {@code binGy}; empty when the grid holds no dose.
     */
    public static List<StructureDvh> dvhs(PatientCase patientCase, DoseGrid grid, double binGy) {
        if (grid == null || grid.getDoseValues() == null) {
            return List.of();
        }
        List<Structure> structures = CaseContents.structures(patientCase);
        double ctSlice = CaseContents.firstSeries(patientCase).map(s -> s.getSpacingMm().get(2)).orElse(grid.getSpacingMm().get(2));
        Map<Structure, Dvh> dvhs = CaseDose.dvhs(structures, GridGeometry.of(grid), ctSlice, grid.getDoseValues(), new ArrayList<>());
        List<StructureDvh> out = new ArrayList<>();
        for (Map.Entry<Structure, Dvh> e : dvhs.entrySet()) {
            Dvh d = e.getValue();
            double[][] cum = d.cumulative(binGy);
            double[][] percent = new double[cum.length][2];
            for (int i = 0; i < cum.length; i++) {
                percent[i][0] = cum[i][0];
                percent[i][1] = 100 * cum[i][1] / d.volumeCc();
            }
            List<Integer> rgb = e.getKey().getColorRgb();
            out.add(new StructureDvh(e.getKey().getName(), rgb.size() == 3 ? new int[] { rgb.get(0), rgb.get(1), rgb.get(2) } : new int[] { 0, 0, 0 },
                    percent));
        }
        return out;
    }
}
