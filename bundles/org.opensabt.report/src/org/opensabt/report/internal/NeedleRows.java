package org.opensabt.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.opensabt.model.GuideHole;
import org.opensabt.model.Needle;
import org.opensabt.model.NeedleTemplate;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;

/**
 * The report's needle table, computed from the plan's needles and seeds: hole and needle id, skin entry
 * (patient LPS mm), depth from the entry to the tip (mm), angle to the plan's mean needle direction (the
 * template axis for template plans, degrees), the seeds on the needle and their distances from the entry
 * (the loading pattern), and with a template the depth from the guide hole's top. Small and private on
 * purpose: to be replaced by the shared needle table of org.opensabt.plan/template once it exists (spacers).
 */
public final class NeedleRows {

    /** One needle. */
    public record Row(String hole, String needleId, double[] entryMm, double depthMm, double depthFromGuideTopMm, double angleDeg, List<Double> seedDepthsMm) {
    }

    private NeedleRows() {
    }

    /**
     * The rows of a plan's needles; with the plan's template (may be null), the depth from each needle's guide
     * hole top (the hole's recorded centre) to the tip along the needle, as the template's own table gives it.
     */
    public static List<Row> of(Plan plan, NeedleTemplate template) {
        List<Needle> needles = plan.getNeedles().stream().filter(n -> n.getEntryPointMm().size() == 3 && n.getTipPointMm().size() == 3).toList();
        double[] mean = new double[3];
        for (Needle n : needles) {
            double[] d = direction(n);
            for (int k = 0; k < 3; k++) {
                mean[k] += d[k];
            }
        }
        double meanLength = norm(mean);
        List<Row> rows = new ArrayList<>();
        for (Needle n : needles) {
            double[] entry = array(n.getEntryPointMm());
            double[] tip = array(n.getTipPointMm());
            double[] d = direction(n);
            double angle = meanLength > 0 ? Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, dot(d, mean) / meanLength)))) : 0;
            List<Double> seeds = new ArrayList<>();
            for (Seed s : plan.getSeeds()) {
                boolean on = s.getNeedle() == n || (s.getNeedle() == null && s.getSeedId() != null && s.getSeedId().startsWith(n.getNeedleId() + "-"));
                if (on && s.getPositionMm().size() == 3) {
                    double[] p = array(s.getPositionMm());
                    seeds.add(dot(new double[] { p[0] - entry[0], p[1] - entry[1], p[2] - entry[2] }, d));
                }
            }
            seeds.sort(Double::compare);
            double[] tipMinusEntry = { tip[0] - entry[0], tip[1] - entry[1], tip[2] - entry[2] };
            double fromTop = Double.NaN;
            GuideHole hole = template == null || n.getGuideHoleId() == null ? null
                    : template.getGuideHoles().stream().filter(h -> n.getGuideHoleId().equals(h.getHoleId()) && h.getCenterMm().size() == 3).findFirst().orElse(null);
            if (hole != null) {
                double[] top = array(hole.getCenterMm());
                fromTop = dot(new double[] { tip[0] - top[0], tip[1] - top[1], tip[2] - top[2] }, d);
            }
            rows.add(new Row(n.getGuideHoleId() == null ? "" : n.getGuideHoleId(), n.getNeedleId(), entry, norm(tipMinusEntry), fromTop, angle, seeds));
        }
        return rows;
    }

    private static double[] direction(Needle n) {
        double[] d;
        if (n.getDirectionUnit().size() == 3) {
            d = array(n.getDirectionUnit());
        } else {
            double[] a = array(n.getEntryPointMm());
            double[] b = array(n.getTipPointMm());
            d = new double[] { b[0] - a[0], b[1] - a[1], b[2] - a[2] };
        }
        double l = norm(d);
        return l > 0 ? new double[] { d[0] / l, d[1] / l, d[2] / l } : new double[] { 0, 0, 0 };
    }

    private static double[] array(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
