package org.opensabt.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.viewer.Orientation;
import org.opensabt.viewer.SliceScene;
import org.opensabt.viewer.VolumeSlicer;
import org.opensabt.viewer.WindowLevel;

/**
 * Isodose snapshots for the report, drawn in plain Java (java.awt, no display): the CT slice through a
 * point (soft-tissue window), the structures' outlines, the isodose lines and the seeds near the plane,
 * all from {@link SliceScene}, cropped to the plan's dose grid and drawn with square millimetres. Text
 * (orientation letters, legend, scale) is the PDF's, so nothing here needs a font.
 */
public final class Snapshots {

    /** The isodose levels drawn (% of the prescription) and their colours. */
    public static final double[] LEVELS_PERCENT = { 50, 100, 150, 200 };
    public static final Color[] LEVEL_COLORS = { new Color(0, 210, 200), new Color(255, 230, 0), new Color(255, 120, 0), new Color(190, 0, 255) };
    /** Seeds near the plane (white, black rim). */
    public static final Color SEED_COLOR = Color.WHITE;

    /**
     * One snapshot.
     *
     * @param image     the picture
     * @param mmPerPixel millimetres per image pixel (square)
     * @param slice      the slice index shown
     * @param planeMm    the patient coordinate of the plane (x for sagittal, y for coronal, z for axial; mm)
     */
    public record Snapshot(Orientation orientation, BufferedImage image, double mmPerPixel, int slice, double planeMm, VolumeSlicer slicer, double originU,
            double originV) {

        /** Image pixel (x, y), fractional, of a patient point projected onto the snapshot's plane. */
        public double[] imageXy(double[] patientMm) {
            double[] uv = slicer.uv(orientation, patientMm);
            double[] pixelMm = slicer.pixelMm(orientation);
            return new double[] { (uv[0] - originU) * pixelMm[0] / mmPerPixel, (uv[1] - originV) * pixelMm[1] / mmPerPixel };
        }
    }

    private Snapshots() {
    }

    /** The slice of {@code o} through {@code centreMm}, about {@code longSidePx} pixels on its longer side. */
    public static Snapshot render(SliceScene scene, Orientation o, double[] centreMm, GridGeometry doseGrid, int longSidePx) {
        VolumeSlicer slicer = scene.slicer();
        int k = slicer.sliceThrough(o, centreMm);
        int[] size = slicer.size(o);
        double[] pixelMm = slicer.pixelMm(o);
        // crop: the dose grid's box on this slice (its 8 corners projected), within the slice
        double u0 = Double.MAX_VALUE;
        double v0 = Double.MAX_VALUE;
        double u1 = -Double.MAX_VALUE;
        double v1 = -Double.MAX_VALUE;
        for (int corner = 0; corner < 8; corner++) {
            double[] p = doseGrid.positionMm((corner & 1) == 0 ? 0 : doseGrid.columns() - 1, (corner & 2) == 0 ? 0 : doseGrid.rows() - 1,
                    (corner & 4) == 0 ? 0 : doseGrid.slices() - 1);
            double[] uv = slicer.uv(o, p);
            u0 = Math.min(u0, uv[0]);
            v0 = Math.min(v0, uv[1]);
            u1 = Math.max(u1, uv[0]);
            v1 = Math.max(v1, uv[1]);
        }
        u0 = Math.max(0, Math.floor(u0));
        v0 = Math.max(0, Math.floor(v0));
        u1 = Math.min(size[0] - 1, Math.ceil(u1));
        v1 = Math.min(size[1] - 1, Math.ceil(v1));
        if (u1 <= u0 || v1 <= v0) { // the dose grid misses this slice: the whole slice
            u0 = 0;
            v0 = 0;
            u1 = size[0] - 1;
            v1 = size[1] - 1;
        }
        double widthMm = (u1 - u0 + 1) * pixelMm[0];
        double heightMm = (v1 - v0 + 1) * pixelMm[1];
        double pxPerMm = longSidePx / Math.max(widthMm, heightMm);
        int w = Math.max(1, (int) Math.round(widthMm * pxPerMm));
        int h = Math.max(1, (int) Math.round(heightMm * pxPerMm));

        byte[] gray = WindowLevel.SOFT_TISSUE.toGray(slicer.slice(o, k), new byte[size[0] * size[1]]);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            int v = (int) Math.min(size[1] - 1, Math.floor(v0 - 0.5 + (y + 0.5) / (pxPerMm * pixelMm[1]) + 0.5));
            for (int x = 0; x < w; x++) {
                int u = (int) Math.min(size[0] - 1, Math.floor(u0 - 0.5 + (x + 0.5) / (pxPerMm * pixelMm[0]) + 0.5));
                int g = gray[v * size[0] + u] & 0xff;
                image.setRGB(x, y, (g << 16) | (g << 8) | g);
            }
        }
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            double sx = pxPerMm * pixelMm[0];
            double sy = pxPerMm * pixelMm[1];
            // pixel centres are at integer (u, v): image x of u is (u - u0 + 0.5) * sx
            double ox = u0 - 0.5;
            double oy = v0 - 0.5;
            g.setStroke(new BasicStroke(2f));
            for (SliceScene.Outline outline : scene.outlines(o, k)) {
                int[] c = outline.colorRgb();
                g.setColor(new Color(c[0], c[1], c[2]));
                draw(g, outline.segments(), ox, oy, sx, sy);
            }
            List<SliceScene.Isodose> isodoses = scene.isodoses(o, k, LEVELS_PERCENT);
            for (int i = 0; i < isodoses.size(); i++) {
                g.setColor(LEVEL_COLORS[i]);
                g.setStroke(new BasicStroke(LEVELS_PERCENT[i] == 100 ? 2.5f : 1.6f));
                draw(g, isodoses.get(i).segments(), ox, oy, sx, sy);
            }
            double r = Math.max(2.5, 1.0 * pxPerMm);
            for (SliceScene.SeedMark s : scene.seeds(o, k, 1.0)) {
                Ellipse2D.Double dot = new Ellipse2D.Double((s.u() - ox) * sx - r, (s.v() - oy) * sy - r, 2 * r, 2 * r);
                g.setColor(SEED_COLOR);
                g.fill(dot);
                g.setColor(Color.BLACK);
                g.setStroke(new BasicStroke(1f));
                g.draw(dot);
            }
        } finally {
            g.dispose();
        }
        int axis = o == Orientation.AXIAL ? 2 : o == Orientation.CORONAL ? 1 : 0;
        double planeMm = slicer.patientMm(o, k, 0, 0)[axis];
        return new Snapshot(o, image, 1 / pxPerMm, k, planeMm, slicer, u0 - 0.5, v0 - 0.5);
    }

    private static void draw(Graphics2D g, List<double[]> segments, double ox, double oy, double sx, double sy) {
        Line2D.Double line = new Line2D.Double();
        for (double[] s : segments) {
            line.setLine((s[0] - ox) * sx, (s[1] - oy) * sy, (s[2] - ox) * sx, (s[3] - oy) * sy);
            g.draw(line);
        }
    }
}
