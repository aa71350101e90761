package org.opensabt.outcomes.figures;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.List;

import org.opensabt.outcomes.KaplanMeier;

/** Kaplan–Meier curves (one per group) with censor marks, a legend, the log-rank p and a number-at-risk table. */
public final class KaplanMeierPlot extends Figure {

    /** One curve: its label, the estimate, and the censoring times to mark. */
    public record Curve(String label, KaplanMeier km, double[] censorTimes) {
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Curve> curves;
    private final String note;
    private final double maxTime;
    private final double step;

    public KaplanMeierPlot(String title, String xLabel, String yLabel, List<Curve> curves, String note, double maxTime, double step) {
        super(760, 560);
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.curves = curves;
        this.note = note;
        this.maxTime = maxTime;
        this.step = step;
    }

    @Override
    void draw(Graphics2D g) {
        double left = 210;
        double right = width - 30;
        double top = 50;
        double bottom = 380;
        g.setFont(TITLE);
        text(g, title, width / 2.0, 28, 0);
        g.setFont(SMALL);
        for (int k = 0; k <= 10; k += 2) {
            double y = bottom - (bottom - top) * k / 10.0;
            g.setColor(GRID);
            g.draw(new java.awt.geom.Line2D.Double(left, y, right, y));
            g.setColor(INK);
            text(g, fmt("%.1f", k / 10.0), left - 8, y + 4, 1);
        }
        for (double t = 0; t <= maxTime + 1e-9; t += step) {
            double x = left + (right - left) * t / maxTime;
            g.draw(new java.awt.geom.Line2D.Double(x, bottom, x, bottom + 5));
            text(g, fmt("%.0f", t), x, bottom + 18, 0);
        }
        g.draw(new java.awt.geom.Line2D.Double(left, top, left, bottom));
        g.draw(new java.awt.geom.Line2D.Double(left, bottom, right, bottom));
        g.setFont(TEXT);
        text(g, xLabel, (left + right) / 2, bottom + 38, 0);
        java.awt.geom.AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        text(g, yLabel, -(top + bottom) / 2, 24, 0);
        g.setTransform(saved);
        for (int c = 0; c < curves.size(); c++) {
            Curve curve = curves.get(c);
            g.setColor(SERIES[c % SERIES.length]);
            g.setStroke(new BasicStroke(2f));
            Path2D path = new Path2D.Double();
            path.moveTo(left, top);
            double[] times = curve.km().times();
            double[] surv = curve.km().survival();
            double previous = 1;
            for (int k = 0; k < times.length && times[k] <= maxTime; k++) {
                double x = left + (right - left) * times[k] / maxTime;
                path.lineTo(x, bottom - (bottom - top) * previous);
                path.lineTo(x, bottom - (bottom - top) * surv[k]);
                previous = surv[k];
            }
            path.lineTo(right, bottom - (bottom - top) * previous);
            g.draw(path);
            g.setStroke(new BasicStroke(1.2f));
            for (double t : curve.censorTimes()) {
                if (t > maxTime) {
                    continue;
                }
                double x = left + (right - left) * t / maxTime;
                double y = bottom - (bottom - top) * curve.km().survivalAt(t);
                g.draw(new java.awt.geom.Line2D.Double(x, y - 5, x, y + 5)); // censor mark: a tick
            }
            // legend
            double ly = bottom - 14 - 18 * (curves.size() - 1 - c) - (note != null ? 18 : 0); // legend in the lower left, under the curves
            g.setStroke(new BasicStroke(2f));
            g.draw(new java.awt.geom.Line2D.Double(left + 14, ly - 4, left + 39, ly - 4));
            g.setColor(INK);
            text(g, curve.label() + fmt(" (n = %d, %d events)", curve.km().n(), curve.km().events()), left + 44, ly, -1);
        }
        g.setColor(INK);
        g.setStroke(new BasicStroke(1f));
        if (note != null) {
            text(g, note, left + 14, bottom - 14, -1);
        }
        // number at risk
        g.setFont(TEXT);
        text(g, "Number at risk", 12, bottom + 70, -1);
        g.setFont(SMALL);
        for (int c = 0; c < curves.size(); c++) {
            double y = bottom + 92 + 18 * c;
            g.setColor(SERIES[c % SERIES.length]);
            text(g, curves.get(c).label(), 12, y, -1);
            for (double t = 0; t <= maxTime + 1e-9; t += step) {
                double x = left + (right - left) * t / maxTime;
                text(g, String.valueOf(curves.get(c).km().atRiskAt(t)), x, y, 0);
            }
        }
        g.setColor(INK);
    }
}
