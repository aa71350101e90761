package org.opensabt.report.internal;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

/**
 * A cumulative DVH chart in vector graphics, shared by the plan report and the post-implant report: dose (Gy)
 * across, volume (% of structure) up, a grid, the prescription as a dashed line, one curve per entry (solid or
 * dashed) and a legend below. Leaves the cursor under the legend.
 */
final class DvhChart {

    /**
     * One curve.
     *
     * @param legend    its legend text
     * @param points    (dose Gy, volume fraction 0…1) in increasing dose
     * @param dashed    drawn dashed (e.g. the actual dose of an implant beside the planned one)
     */
    record Curve(String legend, Color color, float lineWidth, boolean dashed, double[][] points) {
    }

    private DvhChart() {
    }

    /** The dose axis's end: 1.2 to 2.5 × the prescription (the maximum dose between), or the maximum dose without one. */
    static double axisMaxGy(double rxGy, double maxGy) {
        return rxGy > 0 ? Math.min(Math.max(maxGy, 1.2 * rxGy), 2.5 * rxGy) : Math.max(1, maxGy);
    }

    static void draw(Pdf pdf, List<Curve> curves, double rxGy, double maxGy, float heightPt) throws IOException {
        double xMax = axisMaxGy(rxGy, maxGy);
        double step = niceStep(xMax / 8);
        xMax = Math.ceil(xMax / step) * step;
        float x0 = Pdf.LEFT + 40;
        float w = Pdf.RIGHT - x0 - 10;
        float h = heightPt;
        float y0 = pdf.y - 20 - h;
        PDPageContentStream s = pdf.stream;
        // grid and axes
        s.setLineWidth(0.4f);
        s.setStrokingColor(new Color(215, 215, 215));
        for (double gx = step; gx <= xMax + 1e-9; gx += step) {
            float px = x0 + (float) (gx / xMax) * w;
            s.moveTo(px, y0);
            s.lineTo(px, y0 + h);
        }
        for (int pct = 10; pct <= 100; pct += 10) {
            float py = y0 + h * pct / 100f;
            s.moveTo(x0, py);
            s.lineTo(x0 + w, py);
        }
        s.stroke();
        s.setStrokingColor(Color.BLACK);
        s.setLineWidth(0.8f);
        s.addRect(x0, y0, w, h);
        s.stroke();
        for (double gx = 0; gx <= xMax + 1e-9; gx += step) {
            String label = String.format(Locale.ROOT, step < 1 ? "%.1f" : "%.0f", gx);
            pdf.text(x0 + (float) (gx / xMax) * w - pdf.width(label, pdf.regular, 8) / 2, y0 - 11, label, pdf.regular, 8);
        }
        for (int pct = 0; pct <= 100; pct += 20) {
            String label = String.valueOf(pct);
            pdf.text(x0 - 4 - pdf.width(label, pdf.regular, 8), y0 + h * pct / 100f - 3, label, pdf.regular, 8);
        }
        pdf.text(x0 + w / 2 - 30, y0 - 24, "Dose (Gy)", pdf.bold, 9);
        s.beginText();
        s.setFont(pdf.bold, 9);
        s.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, x0 - 26, y0 + h / 2 - 40));
        s.showText("Volume (% of structure)");
        s.endText();
        // prescription line
        if (rxGy > 0) {
            float px = x0 + (float) (rxGy / xMax) * w;
            s.setStrokingColor(new Color(90, 90, 90));
            s.setLineWidth(0.8f);
            s.setLineDashPattern(new float[] { 4, 3 }, 0);
            s.moveTo(px, y0);
            s.lineTo(px, y0 + h);
            s.stroke();
            s.setLineDashPattern(new float[0], 0);
            pdf.text(px + 3, y0 + h - 10, String.format(Locale.ROOT, "Rx %.0f Gy", rxGy), pdf.regular, 8);
        }
        // curves
        for (Curve c : curves) {
            s.setStrokingColor(c.color());
            s.setLineWidth(c.lineWidth());
            if (c.dashed()) {
                s.setLineDashPattern(new float[] { 5, 3 }, 0);
            }
            boolean first = true;
            for (double[] point : c.points()) {
                if (point[0] > xMax) {
                    break;
                }
                float px = x0 + (float) (point[0] / xMax) * w;
                float py = y0 + (float) point[1] * h;
                if (first) {
                    s.moveTo(px, py);
                    first = false;
                } else {
                    s.lineTo(px, py);
                }
            }
            s.stroke();
            s.setLineDashPattern(new float[0], 0);
        }
        s.setStrokingColor(Color.BLACK);
        pdf.y = y0 - 40;
        float lx = Pdf.LEFT;
        for (Curve c : curves) {
            float lw = pdf.width(c.legend(), pdf.regular, 8.5f) + 34;
            if (lx + lw > Pdf.RIGHT) {
                lx = Pdf.LEFT;
                pdf.y -= 13;
            }
            s.setStrokingColor(c.color());
            s.setLineWidth(2.5f);
            if (c.dashed()) {
                s.setLineDashPattern(new float[] { 5, 3 }, 0);
            }
            s.moveTo(lx, pdf.y + 3);
            s.lineTo(lx + 20, pdf.y + 3);
            s.stroke();
            s.setLineDashPattern(new float[0], 0);
            pdf.text(lx + 24, pdf.y, c.legend(), pdf.regular, 8.5f);
            lx += lw;
        }
        s.setStrokingColor(Color.BLACK);
        pdf.y -= 10;
    }

    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] { 1, 2, 2.5, 5, 10 }) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** A structure colour dark enough for white paper. */
    static Color printable(List<Integer> rgb) {
        if (rgb.size() != 3) {
            return Color.DARK_GRAY;
        }
        int r = rgb.get(0);
        int g = rgb.get(1);
        int b = rgb.get(2);
        double luminance = 0.299 * r + 0.587 * g + 0.114 * b;
        if (luminance > 170) {
            double f = 170 / luminance;
            return new Color((int) (r * f), (int) (g * f), (int) (b * f));
        }
        return new Color(r, g, b);
    }
}
