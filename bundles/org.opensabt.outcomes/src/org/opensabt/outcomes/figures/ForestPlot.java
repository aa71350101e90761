package org.opensabt.outcomes.figures;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** Hazard (or odds) ratios with 95 % CIs on a log axis, one row per model term, as a paper's forest plot. */
public final class ForestPlot extends Figure {

    /** A row: label, ratio, limits, p. */
    public record Row(String label, double ratio, double lower, double upper, double p) {
    }

    private final String title;
    private final String ratioName;
    private final List<Row> rows;

    public ForestPlot(String title, String ratioName, List<Row> rows) {
        super(900, 90 + 26 * rows.size() + 50);
        this.title = title;
        this.ratioName = ratioName;
        this.rows = rows;
    }

    @Override
    void draw(Graphics2D g) {
        double plotLeft = 330;
        double plotRight = 640;
        double top = 70;
        double lo = 1;
        double hi = 1;
        for (Row r : rows) {
            if (Double.isFinite(r.lower()) && r.lower() > 0) {
                lo = Math.min(lo, r.lower());
            }
            if (Double.isFinite(r.upper())) {
                hi = Math.max(hi, r.upper());
            }
        }
        double logLo = Math.floor(Math.log10(lo) * 2) / 2;
        double logHi = Math.ceil(Math.log10(hi) * 2) / 2;
        if (logHi - logLo < 1) {
            logHi = logLo + 1;
        }
        final double a = logLo;
        final double b = logHi;
        java.util.function.DoubleUnaryOperator x = v -> plotLeft + (plotRight - plotLeft) * (Math.log10(v) - a) / (b - a);
        g.setFont(TITLE);
        text(g, title, width / 2.0, 28, 0);
        g.setFont(TEXT);
        text(g, "Term", 20, top - 14, -1);
        text(g, ratioName + " (95 % CI)", 660, top - 14, -1);
        text(g, "p", 880, top - 14, 1);
        double bottom = top + 26 * rows.size();
        g.setColor(GRID);
        g.draw(new Line2D.Double(x.applyAsDouble(1), top - 6, x.applyAsDouble(1), bottom));
        g.setColor(INK);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double y = top + 26 * i + 12;
            text(g, r.label(), 20, y + 4, -1);
            text(g, fmt("%.2f (%.2f–%.2f)", r.ratio(), r.lower(), r.upper()), 660, y + 4, -1);
            text(g, r.p() < 0.001 ? "<0.001" : fmt("%.3f", r.p()), 880, y + 4, 1);
            double x0 = Math.max(plotLeft, x.applyAsDouble(Math.max(r.lower(), 1e-300)));
            double x1 = Math.min(plotRight, x.applyAsDouble(r.upper()));
            g.setStroke(new BasicStroke(1.5f));
            g.draw(new Line2D.Double(x0, y, x1, y));
            double xc = x.applyAsDouble(r.ratio());
            g.setColor(SERIES[0]);
            g.fill(new Rectangle2D.Double(xc - 5, y - 5, 10, 10));
            g.setColor(INK);
        }
        g.setStroke(new BasicStroke(1f));
        g.draw(new Line2D.Double(plotLeft, bottom + 4, plotRight, bottom + 4));
        g.setFont(SMALL);
        for (int decade = (int) Math.floor(a) - 1; decade <= (int) Math.ceil(b); decade++) {
            for (int m : new int[] { 1, 2, 5 }) { // 1-2-5 ticks within the axis
                double v = m * Math.pow(10, decade);
                double e = Math.log10(v);
                if (e < a - 1e-9 || e > b + 1e-9) {
                    continue;
                }
                double xv = x.applyAsDouble(v);
                g.draw(new Line2D.Double(xv, bottom + 4, xv, bottom + 9));
                text(g, v >= 1 ? fmt("%.0f", v) : fmt("%.2g", v), xv, bottom + 22, 0);
            }
        }
        text(g, ratioName + " (log scale); < 1 favours the level against its reference", (plotLeft + plotRight) / 2, bottom + 40, 0);
    }
}
