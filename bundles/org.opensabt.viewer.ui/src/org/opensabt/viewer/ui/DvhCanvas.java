package org.opensabt.viewer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** Cumulative DVHs: dose (Gy) across, volume (% of each structure) up, the prescription marked. */
public final class DvhCanvas extends Canvas {

    /** One curve: rows of (dose Gy, volume %). */
    public record Curve(String name, int[] colorRgb, double[][] doseGyVolumePercent) {
    }

    private List<Curve> curves = new ArrayList<>();
    private double prescriptionGy;

    public DvhCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        addListener(SWT.Paint, e -> paint(e.gc));
    }

    public void setCurves(List<Curve> curves, double prescriptionGy) {
        this.curves = List.copyOf(curves);
        this.prescriptionGy = prescriptionGy;
        redraw();
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        int h = gc.getFontMetrics().getHeight();
        int left = gc.textExtent("100 %").x + 10;
        int bottom = area.height - 2 * h - 6;
        int right = area.width - 10;
        int top = h + 4;
        if (curves.isEmpty()) {
            gc.drawText("No dose to show: the plan has no stored dose grid", 10, 10, true);
            return;
        }
        double maxGy = prescriptionGy > 0 ? 2.5 * prescriptionGy : 0;
        for (Curve c : curves) {
            double[][] d = c.doseGyVolumePercent();
            maxGy = Math.max(maxGy, prescriptionGy > 0 ? 0 : d[d.length - 1][0]);
        }
        double step = niceStep(maxGy / 6);
        maxGy = Math.ceil(maxGy / step) * step;
        double scaleX = (right - left) / maxGy;
        double scaleY = (bottom - top) / 100.0;
        gc.setForeground(new Color(220, 220, 220));
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
        if (prescriptionGy > 0) {
            int x = left + (int) Math.round(prescriptionGy * scaleX);
            gc.setLineDash(new int[] { 5, 4 });
            gc.drawLine(x, top, x, bottom);
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.drawText(String.format(Locale.ROOT, "Rx %.0f Gy", prescriptionGy), x + 3, top + 2, true);
        }
        gc.setAntialias(SWT.ON);
        gc.setLineWidth(2);
        int legendY = top + 4 + h;
        for (Curve c : curves) {
            int[] rgb = c.colorRgb();
            double luminance = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
            double darken = luminance > 170 ? 170 / luminance : 1; // pale structure colours would vanish on white
            gc.setForeground(new Color((int) (rgb[0] * darken), (int) (rgb[1] * darken), (int) (rgb[2] * darken)));
            double[][] d = c.doseGyVolumePercent();
            int[] points = new int[2 * d.length];
            for (int i = 0; i < d.length; i++) {
                points[2 * i] = left + (int) Math.round(Math.min(d[i][0], maxGy) * scaleX);
                points[2 * i + 1] = bottom - (int) Math.round(d[i][1] * scaleY);
            }
            gc.drawPolyline(points);
            int textWidth = gc.textExtent(c.name()).x;
            gc.drawLine(right - textWidth - 30, legendY + h / 2, right - textWidth - 10, legendY + h / 2);
            gc.drawText(c.name(), right - textWidth - 6, legendY, true);
            legendY += h + 2;
        }
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
