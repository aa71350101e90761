package org.opensabt.outcomes.figures;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/** One bar per patient, sorted from the largest increase to the largest decrease; improvements green, worsening red. */
public final class WaterfallPlot extends Figure {

    private final String title;
    private final String yLabel;
    private final double[] values;
    private final String[] negativeAndPositiveMeaning;
    private final boolean increaseIsBetter;

    /** @param increaseIsBetter true for KPS, false for pain or tumour size (a decrease is the improvement) */
    public WaterfallPlot(String title, String yLabel, double[] values, String decreaseMeans, String increaseMeans, boolean increaseIsBetter) {
        super(900, 460);
        this.title = title;
        this.yLabel = yLabel;
        this.values = values.clone();
        java.util.Arrays.sort(this.values);
        for (int i = 0; i < this.values.length / 2; i++) { // descending
            double t = this.values[i];
            this.values[i] = this.values[this.values.length - 1 - i];
            this.values[this.values.length - 1 - i] = t;
        }
        this.negativeAndPositiveMeaning = new String[] { decreaseMeans, increaseMeans };
        this.increaseIsBetter = increaseIsBetter;
    }

    @Override
    void draw(Graphics2D g) {
        double left = 80;
        double right = width - 20;
        double top = 60;
        double bottom = 380;
        double max = 1;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        max = Math.ceil(max);
        double zero = (top + bottom) / 2;
        double scale = (bottom - top) / 2 / max;
        g.setFont(TITLE);
        text(g, title, width / 2.0, 28, 0);
        g.setFont(SMALL);
        int ticks = (int) Math.min(10, max);
        double tickStep = Math.max(1, Math.ceil(max / ticks));
        for (double v = -max; v <= max + 1e-9; v += tickStep) {
            double y = zero - v * scale;
            g.setColor(GRID);
            g.draw(new Line2D.Double(left, y, right, y));
            g.setColor(INK);
            text(g, fmt("%.0f", v), left - 8, y + 4, 1);
        }
        double barWidth = (right - left) / values.length;
        int up = 0;
        int down = 0;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            double x = left + i * barWidth;
            g.setColor(v == 0 ? GRID : (v > 0) == increaseIsBetter ? SERIES[2] : SERIES[1]);
            if (v > 0) {
                up++;
            } else if (v < 0) {
                down++;
            }
            double h = Math.max(Math.abs(v) * scale, v == 0 ? 1 : 0);
            g.fill(new Rectangle2D.Double(x + 0.1 * barWidth, v >= 0 ? zero - h : zero, 0.8 * barWidth, h));
        }
        g.setColor(INK);
        g.draw(new Line2D.Double(left, zero, right, zero));
        g.setFont(TEXT);
        java.awt.geom.AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        text(g, yLabel, -(top + bottom) / 2, 24, 0);
        g.setTransform(saved);
        String better = "green";
        String worse = "red";
        text(g, fmt("%d patients, one bar each: %d decreased (%s, %s), %d increased (%s, %s), %d unchanged", values.length, down,
                negativeAndPositiveMeaning[0], increaseIsBetter ? worse : better, up, negativeAndPositiveMeaning[1], increaseIsBetter ? better : worse,
                values.length - up - down), width / 2.0, bottom + 40, 0);
    }
}
