package org.opensabt.template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.opensabt.model.GuideHole;
import org.opensabt.model.Needle;
import org.opensabt.model.NeedleTemplate;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;
import org.opensabt.model.geometry.Vec3;
import org.opensabt.plan.NeedleLoading;

/**
 * The operating room's needle table of a plan, one row per needle: the hole label (the case's template for
 * the plan, else the needle id), the skin entry (LPS mm), the depth to the planned tip from the guide hole's
 * top (the template's hole; without a template from the skin entry), the angle to the template's axis (the
 * mean needle direction, as {@link TemplateDesigner} sets the plate), the seed count and the loading pattern
 * from the tip: {@code S} a seed, {@code s} a spacer filling an empty slot between seeds ("S-s-S-S"), the slot
 * being {@link #SLOT_MM} unless the plan's seeds lie on another raster ({@link NeedleLoading}); seeds off the
 * raster are listed by their depths. Plain Java over the model; the workbench shows, prints and saves it.
 */
public final class NeedleTable {

    /** Length of one loading slot along the needle (mm): a seed or a spacer ({@link NeedleLoading#SLOT_MM}). */
    public static final double SLOT_MM = NeedleLoading.SLOT_MM;

    public static final String CSV_HEADER = "hole,needle,entry_x_mm,entry_y_mm,entry_z_mm,depth_mm,depth_from,angle_deg,seeds,loading_from_tip";

    /**
     * @param depthMm        from the guide top (template) or the skin entry to the needle's tip
     * @param depthFrom      "guide top" or "skin entry"
     * @param angleToAxisDeg angle between the needle and the template's axis
     * @param loadingPattern the loading from the deepest seed ({@link NeedleLoading.Loading#text()})
     * @param spacers        spacers between the needle's seeds (since 1.2)
     */
    public record Row(String hole, String needleId, double[] entryMm, double depthMm, String depthFrom, double angleToAxisDeg, int seeds,
            String loadingPattern, int spacers) {

        /** A row without its spacer count (0). */
        public Row(String hole, String needleId, double[] entryMm, double depthMm, String depthFrom, double angleToAxisDeg, int seeds, String loadingPattern) {
            this(hole, needleId, entryMm, depthMm, depthFrom, angleToAxisDeg, seeds, loadingPattern, 0);
        }
    }

    /**
     * The table of a plan; {@code templateId} null when the case has no template for it; {@code slotMm} the length of
     * one slot of its loading patterns (since 1.2).
     */
    public record Table(String planId, String templateId, List<Row> rows, double slotMm) {

        /** A table in {@link #SLOT_MM} slots. */
        public Table(String planId, String templateId, List<Row> rows) {
            this(planId, templateId, rows, SLOT_MM);
        }

        /** The table as CSV (header {@link #CSV_HEADER}, one line per needle, mm and degrees to 0.1). */
        public String csv() {
            StringBuilder b = new StringBuilder(CSV_HEADER).append('\n');
            for (Row r : rows) {
                b.append(String.format(Locale.ROOT, "%s,%s,%.1f,%.1f,%.1f,%.1f,%s,%.1f,%d,%s%n", csvText(r.hole()), csvText(r.needleId()), r.entryMm()[0],
                        r.entryMm()[1], r.entryMm()[2], r.depthMm(), r.depthFrom(), r.angleToAxisDeg(), r.seeds(), csvText(r.loadingPattern())));
            }
            return b.toString();
        }

        /** The table as a printable HTML page with a title line (escaped). */
        public String html(String title) {
            StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").append(escape(title))
                    .append("</title>\n<style>body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #444;padding:3px 8px;"
                            + "text-align:right}td:first-child,td:last-child{text-align:left;font-family:monospace}</style></head><body>\n<h1>")
                    .append(escape(title)).append("</h1>\n<p>Plan ").append(escape(planId))
                    .append(templateId == null ? ", no template (depths from the skin entry)" : ", template " + escape(templateId))
                    .append(". Loading from the tip: S seed, s spacer (" + slotText(slotMm) + " mm slots).</p>\n<table>\n<tr><th>Hole</th><th>Needle</th>"
                            + "<th>Entry x (mm)</th><th>Entry y (mm)</th><th>Entry z (mm)</th><th>Depth (mm)</th><th>Angle (°)</th><th>Seeds</th><th>Loading</th></tr>\n");
            for (Row r : rows) {
                b.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%s</td><td>%.1f</td><td>%.1f</td><td>%.1f</td><td>%.1f from %s</td><td>%.1f</td><td>%d</td><td>%s</td></tr>%n",
                        escape(r.hole()), escape(r.needleId()), r.entryMm()[0], r.entryMm()[1], r.entryMm()[2], r.depthMm(), r.depthFrom(), r.angleToAxisDeg(),
                        r.seeds(), escape(r.loadingPattern())));
            }
            return b.append("</table>\n</body></html>\n").toString();
        }
    }

    private NeedleTable() {
    }

    /** The table of {@code plan} with the case's last template made for it (none: labels are needle ids, depths from the skin). */
    public static Table of(PatientCase c, Plan plan) {
        NeedleTemplate template = null;
        for (NeedleTemplate t : c.getTemplates()) {
            if (t.getPlan() == plan) {
                template = t;
            }
        }
        return of(plan, template);
    }

    /** The table of {@code plan} with {@code template} (null: none). */
    public static Table of(Plan plan, NeedleTemplate template) {
        List<double[]> directions = new ArrayList<>();
        for (Needle n : plan.getNeedles()) {
            directions.add(direction(n));
        }
        double[] axis = new double[3];
        if (template != null && !template.getGuideHoles().isEmpty()) {
            for (GuideHole h : template.getGuideHoles()) {
                axis = Vec3.add(axis, unit(array(h.getDirectionUnit())));
            }
        } else {
            for (double[] d : directions) {
                axis = Vec3.add(axis, d);
            }
        }
        axis = unit(axis);
        List<List<double[]>> seedsOf = new ArrayList<>();
        List<Double> gaps = new ArrayList<>();
        for (int i = 0; i < plan.getNeedles().size(); i++) {
            Needle n = plan.getNeedles().get(i);
            double[] d = directions.get(i);
            double[] tip = array(n.getTipPointMm());
            List<double[]> seeds = new ArrayList<>();
            List<Double> along = new ArrayList<>();
            for (Seed s : plan.getSeeds()) {
                if (s.getNeedle() == n || s.getNeedle() == null && s.getSeedId() != null && s.getSeedId().startsWith(n.getNeedleId() + "-")) {
                    seeds.add(array(s.getPositionMm()));
                    along.add(Vec3.dot(Vec3.sub(tip, array(s.getPositionMm())), d)); // distance back from the tip
                }
            }
            along.sort(Comparator.naturalOrder());
            for (int k = 1; k < along.size(); k++) {
                gaps.add(along.get(k) - along.get(k - 1));
            }
            seedsOf.add(seeds);
        }
        double slotMm = NeedleLoading.slotOfGaps(gaps);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < plan.getNeedles().size(); i++) {
            Needle n = plan.getNeedles().get(i);
            double[] d = directions.get(i);
            double[] entry = array(n.getEntryPointMm());
            double[] tip = array(n.getTipPointMm());
            GuideHole hole = template == null ? null : hole(template, n);
            String label = hole != null ? hole.getHoleId() : n.getGuideHoleId() != null && template != null ? n.getGuideHoleId() : n.getNeedleId();
            double depth;
            String from;
            if (hole != null && hole.getCenterMm().size() == 3) {
                depth = Vec3.dot(Vec3.sub(tip, array(hole.getCenterMm())), d);
                from = "guide top";
            } else {
                depth = Vec3.dot(Vec3.sub(tip, entry), d);
                from = "skin entry";
            }
            double angle = Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, Vec3.dot(d, axis)))));
            NeedleLoading.Loading loading = NeedleLoading.of(tip, d, seedsOf.get(i), slotMm);
            rows.add(new Row(label, n.getNeedleId(), entry, depth, from, angle, loading.seeds(), loading.text(), loading.spacers()));
        }
        return new Table(plan.getPlanId(), template == null ? null : template.getTemplateId(), List.copyOf(rows), slotMm);
    }

    /** A slot length as the table prints it ("5", "7.5"). */
    public static String slotText(double slotMm) {
        return java.math.BigDecimal.valueOf(slotMm).stripTrailingZeros().toPlainString();
    }

    /**
     * The loading pattern of seeds at these distances from the tip (mm, any order): "S" per seed from the
     * tip's end, "s" per empty {@code slotMm} slot between two seeds; "" without seeds.
     */
    public static String loadingPattern(List<Double> fromTipMm, double slotMm) {
        List<Double> sorted = new ArrayList<>(fromTipMm);
        sorted.sort(Comparator.naturalOrder());
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) {
                long spacers = Math.max(0, Math.round((sorted.get(i) - sorted.get(i - 1)) / slotMm) - 1);
                for (long k = 0; k < spacers; k++) {
                    parts.add("s");
                }
            }
            parts.add("S");
        }
        return String.join("-", parts);
    }

    private static GuideHole hole(NeedleTemplate t, Needle n) {
        if (n.getGuideHoleId() == null) {
            return null;
        }
        return t.getGuideHoles().stream().filter(h -> n.getGuideHoleId().equals(h.getHoleId())).findFirst().orElse(null);
    }

    private static double[] direction(Needle n) {
        if (n.getEntryPointMm().size() == 3 && n.getTipPointMm().size() == 3) {
            double[] d = Vec3.sub(array(n.getTipPointMm()), array(n.getEntryPointMm()));
            if (Vec3.norm(d) > 0) {
                return unit(d);
            }
        }
        return unit(array(n.getDirectionUnit()));
    }

    private static String csvText(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static double[] array(List<Double> v) {
        return v.size() == 3 ? new double[] { v.get(0), v.get(1), v.get(2) } : new double[3];
    }

    private static double[] unit(double[] a) {
        return Vec3.norm(a) == 0 ? new double[] { 0, 0, 1 } : Vec3.unit(a);
    }
}
