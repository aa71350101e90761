package org.opensabt.viewer.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * Cumulative DVHs: dose (Gy) across, volume (% of each structure) up, the prescription marked. One set of
 * curves (a plan), or several overlaid (plans to compare, plan and implant): each structure keeps its
 * colour, each set has its line style (solid, dashed, dotted, dash-dot) and the legend names both.
 */
public final class DvhCanvas extends Canvas {

    /** One curve: rows of (dose Gy, volume %). */
    public record Curve(String name, int[] colorRgb, double[][] doseGyVolumePercent) {
    }

    /** How a set's curves are drawn. */
    public enum LineStyle {
        SOLID(null), DASHED(new int[] { 9, 5 }), DOTTED(new int[] { 2, 4 }), DASH_DOT(new int[] { 9, 4, 2, 4 });

        private final int[] dashes;

        LineStyle(int[] dashes) {
            this.dashes = dashes;
        }

        /** The style of the {@code i}-th set (solid, dashed, dotted, dash-dot, then again). */
        public static LineStyle ofIndex(int i) {
            return values()[i % values().length];
        }
    }

    /**
     * The curves of one plan (or implant), labelled in the legend with {@code label} (null: a single unlabelled
     * set); {@code prescriptionGy} is marked in the set's line style where it differs from the canvas's (NaN: none).
     */
    public record CurveSet(String label, LineStyle style, List<Curve> curves, double prescriptionGy) {
        public CurveSet {
            curves = List.copyOf(curves);
        }

        public CurveSet(String label, LineStyle style, List<Curve> curves) {
            this(label, style, curves, Double.NaN);
        }
    }

    private static final int LEGEND_SAMPLE_PX = 40;

    private List<CurveSet> sets = new ArrayList<>();
    private double prescriptionGy;
    private String emptyText = "No dose to show: the plan has no stored dose grid";
    private final List<int[]> legendSamples = new ArrayList<>();

    public DvhCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        addListener(SWT.Paint, e -> paint(e.gc));
    }

    /** One plan's curves, drawn solid, the legend naming the structures. */
    public void setCurves(List<Curve> curves, double prescriptionGy) {
        setCurveSets(curves.isEmpty() ? List.of() : List.of(new CurveSet(null, LineStyle.SOLID, curves)), prescriptionGy);
    }

    /** Several plans' curves overlaid; the legend names the structures (colours) and the sets (line styles). */
    public void setCurveSets(List<CurveSet> curveSets, double prescriptionGy) {
        this.sets = List.copyOf(curveSets);
        this.prescriptionGy = prescriptionGy;
        redraw();
    }

    /** What the canvas says when there is nothing to draw. */
    public void setEmptyText(String text) {
        this.emptyText = text;
        redraw();
    }

    public List<CurveSet> curveSets() {
        return sets;
    }

    /**
     * Where the last paint drew each labelled set's legend sample line: {x0, x1, y} in canvas pixels, in the
     * order of the sets (for tests and tooltips).
     */
    public List<int[]> legendSamples() {
        return List.copyOf(legendSamples);
    }

    private void paint(GC gc) {
        legendSamples.clear();
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        int h = gc.getFontMetrics().getHeight();
        int left = gc.textExtent("100 %").x + 10;
        int bottom = area.height - 2 * h - 6;
        int right = area.width - Math.max(10, gc.textExtent("000").x / 2 + 4); // room for the last dose label
        int top = h + 4;
        if (sets.stream().allMatch(s -> s.curves().isEmpty())) {
            gc.drawText(emptyText, 10, 10, true);
            return;
        }
        double maxGy = prescriptionGy > 0 ? 2.5 * prescriptionGy : 0;
        for (CurveSet set : sets) {
            for (Curve c : set.curves()) {
                double[][] d = c.doseGyVolumePercent();
                if (d.length > 0) {
                    maxGy = Math.max(maxGy, prescriptionGy > 0 ? 0 : d[d.length - 1][0]);
                }
            }
        }
        if (!(maxGy > 0)) {
            maxGy = 1;
        }
        double step = niceStep(maxGy / 6);
        maxGy = Math.ceil(maxGy / step) * step;
        double scaleX = (right - left) / maxGy;
        double scaleY = (bottom - top) / 100.0;
        Color grid = new Color(220, 220, 220);
        gc.setForeground(grid);
        for (double gy = 0; gy <= maxGy + 1e-9; gy += step) {
            int x = left + (int) Math.round(gy * scaleX);
            gc.drawLine(x, top, x, bottom);
        }
        for (int p = 0; p <= 100; p += 20) {
            int y = bottom - (int) Math.round(p * scaleY);
            gc.drawLine(left, y, right, y);
        }
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawRectangle(left, top, right - left, bottom - top);
        for (double gy = 0; gy <= maxGy + 1e-9; gy += step) {
            String label = String.format(Locale.ROOT, "%.0f", gy);
            int x = left + (int) Math.round(gy * scaleX);
            gc.drawText(label, x - gc.textExtent(label).x / 2, bottom + 2, true);
        }
        gc.drawText("dose (Gy)", (left + right) / 2 - gc.textExtent("dose (Gy)").x / 2, bottom + h + 2, true);
        for (int p = 0; p <= 100; p += 20) {
            String label = p + " %";
            gc.drawText(label, left - gc.textExtent(label).x - 4, bottom - (int) Math.round(p * scaleY) - h / 2, true);
        }
        gc.drawText("volume (% of structure)", left, 2, true);
        int rxLabelY = top + 2;
        if (prescriptionGy > 0) {
            int x = left + (int) Math.round(prescriptionGy * scaleX);
            gc.setLineDash(new int[] { 5, 4 });
            gc.drawLine(x, top, x, bottom);
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.drawText(String.format(Locale.ROOT, "Rx %.0f Gy", prescriptionGy), x + 3, rxLabelY, true);
            rxLabelY += h;
        }
        for (CurveSet set : sets) { // other prescriptions of the plans compared, in their line styles
            double rx = set.prescriptionGy();
            if (rx > 0 && Math.abs(rx - prescriptionGy) > 1e-6 && rx <= maxGy) {
                int x = left + (int) Math.round(rx * scaleX);
                dash(gc, set.style());
                gc.drawLine(x, top, x, bottom);
                gc.setLineStyle(SWT.LINE_SOLID);
                gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
                gc.drawText(String.format(Locale.ROOT, "Rx %.0f Gy%s", rx, set.label() == null ? "" : " (" + set.label() + ")"), x + 3, rxLabelY, false);
                rxLabelY += h;
            }
        }
        gc.setAntialias(SWT.ON);
        gc.setLineWidth(2);
        Map<String, Color> structures = new LinkedHashMap<>();
        for (CurveSet set : sets) {
            dash(gc, set.style());
            for (Curve c : set.curves()) {
                Color color = structures.computeIfAbsent(c.name(), n -> color(c.colorRgb()));
                gc.setForeground(color);
                double[][] d = c.doseGyVolumePercent();
                int[] points = new int[2 * d.length];
                for (int i = 0; i < d.length; i++) {
                    points[2 * i] = left + (int) Math.round(Math.min(d[i][0], maxGy) * scaleX);
                    points[2 * i + 1] = bottom - (int) Math.round(d[i][1] * scaleY);
                }
                gc.drawPolyline(points);
            }
        }
        // legend at the top right on a white box (over the grid and the Rx line): structures (colour, solid), then the labelled sets (black, their line style)
        int legendY = top + 4 + h;
        List<String> entries = new ArrayList<>(structures.keySet());
        sets.stream().filter(s -> s.label() != null).forEach(s -> entries.add(s.label()));
        int widest = entries.stream().mapToInt(t -> gc.textExtent(t).x).max().orElse(0);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        Rectangle box = new Rectangle(right - widest - 16 - LEGEND_SAMPLE_PX, legendY - 3, widest + LEGEND_SAMPLE_PX + 14, entries.size() * (h + 2) + 4);
        gc.fillRectangle(box);
        gc.setForeground(grid);
        gc.drawRectangle(box);
        gc.setLineWidth(2);
        for (Map.Entry<String, Color> e : structures.entrySet()) {
            gc.setForeground(e.getValue());
            legendY = legendLine(gc, e.getKey(), right, legendY, h);
        }
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        for (CurveSet set : sets) {
            if (set.label() == null) {
                continue;
            }
            dash(gc, set.style());
            int textWidth = gc.textExtent(set.label()).x;
            legendSamples.add(new int[] { right - textWidth - 10 - LEGEND_SAMPLE_PX, right - textWidth - 10, legendY + h / 2 });
            legendY = legendLine(gc, set.label(), right, legendY, h);
        }
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    /** A legend entry: a sample line, then the text, right-aligned; returns the next entry's y. */
    private static int legendLine(GC gc, String text, int right, int y, int h) {
        int textWidth = gc.textExtent(text).x;
        gc.drawLine(right - textWidth - 10 - LEGEND_SAMPLE_PX, y + h / 2, right - textWidth - 10, y + h / 2);
        gc.drawText(text, right - textWidth - 6, y, true);
        return y + h + 2;
    }

    private static void dash(GC gc, LineStyle style) {
        if (style == null || style.dashes == null) {
            gc.setLineStyle(SWT.LINE_SOLID);
        } else {
            gc.setLineDash(style.dashes);
        }
    }

    /** The structure's colour, darkened if pale (it would vanish on white). */
    private static Color color(int[] rgb) {
        double luminance = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double darken = luminance > 170 ? 170 / luminance : 1;
        return new Color((int) (rgb[0] * darken), (int) (rgb[1] * darken), (int) (rgb[2] * darken));
    }

    private static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] { 1, 2, 5, 10 }) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }
}
