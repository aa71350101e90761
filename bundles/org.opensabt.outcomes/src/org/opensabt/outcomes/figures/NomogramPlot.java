package org.opensabt.outcomes.figures;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.List;

import org.opensabt.outcomes.Nomogram;

/** The rms-style nomogram: a points scale, one scale per predictor, total points and predicted local control at given months. */
public final class NomogramPlot extends Figure {

    private final String title;
    private final Nomogram nomogram;
    private final List<Nomogram.Predictor> predictors;
    private final double[] months;

    public NomogramPlot(String title, Nomogram nomogram, List<Nomogram.Predictor> predictors, double[] months) {
        super(900, 140 + 50 * (predictors.size() + 2 + months.length));
        this.title = title;
        this.nomogram = nomogram;
        this.predictors = predictors;
        this.months = months;
    }

    @Override
    void draw(Graphics2D g) {
        double left = 190;
        double right = width - 40;
        double pointsPerPixel100 = (right - left) / 100.0;
        g.setFont(TITLE);
        text(g, title, width / 2.0, 28, 0);
        double y = 70;
        g.setFont(TEXT);
        // points scale 0..100
        text(g, "Points", 20, y + 4, -1);
        axis(g, left, y, 0, 100, 10, v -> left + v * pointsPerPixel100);
        y += 50;
        for (Nomogram.Predictor p : predictors) {
            g.setFont(TEXT);
            text(g, p.label(), 20, y + 4, -1);
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            for (int l = 0; l < p.levels().size(); l++) {
                double pts = nomogram.points(p, l);
                min = Math.min(min, pts);
                max = Math.max(max, pts);
            }
            g.draw(new Line2D.Double(left + min * pointsPerPixel100, y, left + max * pointsPerPixel100, y));
            g.setFont(SMALL);
            for (int l = 0; l < p.levels().size(); l++) {
                double x = left + nomogram.points(p, l) * pointsPerPixel100;
                g.draw(new Line2D.Double(x, y - 5, x, y + 5));
                text(g, p.levels().get(l), x, y - 9, 0);
            }
            y += 50;
        }
        // total points
        double maxTotal = 0;
        for (Nomogram.Predictor p : predictors) {
            double m = 0;
            for (int l = 0; l < p.levels().size(); l++) {
                m = Math.max(m, nomogram.points(p, l));
            }
            maxTotal += m;
        }
        double totalMax = Math.ceil(maxTotal / 20) * 20;
        double perPoint = (right - left) / totalMax;
        g.setFont(TEXT);
        text(g, "Total points", 20, y + 4, -1);
        axis(g, left, y, 0, totalMax, 20, v -> left + v * perPoint);
        y += 50;
        for (double t : months) {
            g.setFont(TEXT);
            text(g, fmt("%.0f-month local control", t), 20, y + 4, -1);
            double[] probabilities = { 0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05 };
            double first = Double.NaN;
            double last = Double.NaN;
            g.setFont(SMALL);
            for (double pr : probabilities) {
                double pts = nomogram.pointsForSurvival(t, pr);
                if (pts < 0 || pts > totalMax) {
                    continue;
                }
                double x = left + pts * perPoint;
                first = Double.isNaN(first) ? x : first;
                last = x;
                g.draw(new Line2D.Double(x, y - 5, x, y + 5));
                text(g, fmt("%.2f", pr), x, y - 9, 0);
            }
            if (!Double.isNaN(first)) {
                g.draw(new Line2D.Double(first, y, last, y));
            }
            y += 50;
        }
    }

    private static void axis(Graphics2D g, double left, double y, double from, double to, double step, java.util.function.DoubleUnaryOperator x) {
        g.draw(new Line2D.Double(x.applyAsDouble(from), y, x.applyAsDouble(to), y));
        g.setFont(SMALL);
        for (double v = from; v <= to + 1e-9; v += step) {
            double xv = x.applyAsDouble(v);
            g.draw(new Line2D.Double(xv, y - 5, xv, y + 5));
            text(g, fmt("%.0f", v), xv, y - 9, 0);
        }
    }
}
