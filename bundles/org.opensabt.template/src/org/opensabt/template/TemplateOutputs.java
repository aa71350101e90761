package org.opensabt.template;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.gson.GsonBuilder;

import org.opensabt.model.geometry.Vec3;

/** The template's files besides the STL: the needle table (CSV and JSON) and the operating-room drawing (PNG). */
public final class TemplateOutputs {

    public static final String CSV_HEADER = "hole_label,needle_id,entry_x_mm,entry_y_mm,entry_z_mm,direction_x,direction_y,direction_z,"
            + "guide_top_x_mm,guide_top_y_mm,guide_top_z_mm,depth_from_guide_top_mm,depth_from_outer_face_mm,angle_to_template_axis_deg,sleeve_length_mm,"
            + "seeds,seed_positions_mm";

    private TemplateOutputs() {
    }

    public static void writeCsv(TemplateDesigner.Design design, Path file) throws IOException {
        StringBuilder s = new StringBuilder(CSV_HEADER).append('\n');
        for (TemplateDesigner.Hole h : design.holes()) {
            List<String> seeds = new ArrayList<>();
            for (double[] p : h.seedsMm()) {
                seeds.add(String.format(Locale.ROOT, "%.2f %.2f %.2f", p[0], p[1], p[2]));
            }
            s.append(String.format(Locale.ROOT, "%s,%s,%.3f,%.3f,%.3f,%.6f,%.6f,%.6f,%.3f,%.3f,%.3f,%.2f,%.2f,%.2f,%.1f,%d,%s%n", h.label(), h.needleId(),
                    h.entryMm()[0], h.entryMm()[1], h.entryMm()[2], h.directionUnit()[0], h.directionUnit()[1], h.directionUnit()[2], h.guideTopMm()[0],
                    h.guideTopMm()[1], h.guideTopMm()[2], h.depthFromGuideTopMm(), h.depthFromOuterFaceMm(), h.angleToAxisDeg(), h.sleeveLengthMm(),
                    h.seedsMm().size(), String.join("; ", seeds)));
        }
        writeAtomically(file, s.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static Map<String, Object> json(TemplateDesigner.Design d, String planId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("planId", planId);
        out.put("coordinates", "patient LPS, mm (as the CT); the STL uses the same frame");
        TemplateSpec s = d.spec();
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("thicknessMm", s.thicknessMm());
        spec.put("skinGapMm", s.skinGapMm());
        spec.put("marginMm", s.marginMm());
        spec.put("rimWidthMm", s.rimWidthMm());
        spec.put("rimHeightMm", s.rimHeightMm());
        spec.put("needleGauge", s.needleGauge());
        spec.put("holeDiameterMm", d.holeDiameterMm());
        spec.put("engraveDepthMm", s.engraveDepthMm());
        spec.put("resolutionMm", s.resolutionMm());
        out.put("spec", spec);
        out.put("frame", Map.of("originMm", d.frame().originMm(), "uUnit", d.frame().u(), "vUnit", d.frame().v(), "axisIntoBodyUnit", d.frame().w()));
        out.put("laserReferenceMm", d.laserReferenceMm());
        out.put("laserGrooves", "axial plane z = " + d.laserReferenceMm()[2] + " mm and sagittal plane x = " + d.laserReferenceMm()[0] + " mm, on the outer face");
        out.put("orientationLetters", d.letters().stream().map(l -> l.text()).toList());
        out.put("triangles", d.mesh().triangleCount());
        out.put("volumeCc", d.mesh().volumeMm3() / 1000);
        List<Map<String, Object>> holes = new ArrayList<>();
        for (TemplateDesigner.Hole h : d.holes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", h.label());
            m.put("needleId", h.needleId());
            m.put("entryMm", h.entryMm());
            m.put("tipMm", h.tipMm());
            m.put("directionUnit", h.directionUnit());
            m.put("outerFaceCentreMm", h.outerFaceCentreMm());
            m.put("guideTopMm", h.guideTopMm());
            m.put("depthFromGuideTopMm", h.depthFromGuideTopMm());
            m.put("depthFromOuterFaceMm", h.depthFromOuterFaceMm());
            m.put("angleToTemplateAxisDeg", h.angleToAxisDeg());
            m.put("sleeveLengthMm", h.sleeveLengthMm());
            m.put("labelEngraved", h.labelUvMm() != null);
            m.put("seedsMm", h.seedsMm());
            holes.add(m);
        }
        out.put("holes", holes);
        out.put("notes", d.notes());
        return out;
    }

    public static void writeJson(TemplateDesigner.Design d, String planId, Path file) throws IOException {
        writeAtomically(file, new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create().toJson(json(d, planId))
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The template seen from outside (needles go into the page), 10 px per mm, with hole labels, laser lines and orientation letters. */
    public static void writeDrawing(TemplateDesigner.Design d, String title, Path file) throws IOException {
        writeAtomically(file, drawingPng(d, title));
    }

    /** The drawing of {@link #writeDrawing} as PNG bytes (e.g. for a preview before anything is written). */
    public static byte[] drawingPng(TemplateDesigner.Design d, String title) throws IOException {
        double pxPerMm = 10;
        double[] o = d.outlineUvMm();
        double border = 12;
        double header = 26;
        int width = (int) Math.ceil((o[2] - o[0] + 2 * border) * pxPerMm);
        int height = (int) Math.ceil((o[3] - o[1] + 2 * border + header) * pxPerMm);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        double ox = (border - o[0]) * pxPerMm;
        double oy = (border + header - o[1]) * pxPerMm;
        g.setColor(Color.BLACK);
        // text sized to the drawing's width so the header lines fit
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(12, Math.min(36, width / 45.0))));
        g.drawString(title, (float) (border * pxPerMm), 45f);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.max(10, Math.min(26, width / 75.0))));
        g.drawString(String.format(Locale.ROOT, "Seen from outside (needles go into the page). %d holes Ø%.2f mm for %d G; plate %.1f mm, skin gap %.1f mm.",
                d.holes().size(), d.holeDiameterMm(), d.spec().needleGauge(), d.spec().thicknessMm(), d.spec().skinGapMm()), (float) (border * pxPerMm), 85f);
        g.drawString(String.format(Locale.ROOT, "Laser lines (blue): x = %.0f mm, z = %.0f mm. Red labels are engraved; orange ones are in the needle table only.",
                d.laserReferenceMm()[0], d.laserReferenceMm()[2]), (float) (border * pxPerMm), 120f);
        g.setStroke(new BasicStroke(4f));
        g.draw(new RoundRectangle2D.Double(ox + o[0] * pxPerMm, oy + o[1] * pxPerMm, (o[2] - o[0]) * pxPerMm, (o[3] - o[1]) * pxPerMm,
                2 * d.cornerRadiusMm() * pxPerMm, 2 * d.cornerRadiusMm() * pxPerMm));
        double rim = d.spec().rimWidthMm();
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 8f, 8f }, 0f));
        g.draw(new RoundRectangle2D.Double(ox + (o[0] + rim) * pxPerMm, oy + (o[1] + rim) * pxPerMm, (o[2] - o[0] - 2 * rim) * pxPerMm,
                (o[3] - o[1] - 2 * rim) * pxPerMm, 2 * Math.max(0, d.cornerRadiusMm() - rim) * pxPerMm, 2 * Math.max(0, d.cornerRadiusMm() - rim) * pxPerMm));
        // laser lines: where the planes x = ref and z = ref cross the plate's mid-plane
        g.setColor(new Color(30, 90, 220));
        g.setStroke(new BasicStroke(3f));
        for (double[] n : new double[][] { { 1, 0, 0 }, { 0, 0, 1 } }) {
            double a = Vec3.dot(n, d.frame().u());
            double b = Vec3.dot(n, d.frame().v());
            double c = Vec3.dot(n, Vec3.sub(d.frame().originMm(), d.laserReferenceMm()));
            if (Math.hypot(a, b) < 0.2) {
                continue;
            }
            // a·u + b·v + c = 0, clipped to the outline's box
            List<double[]> ends = new ArrayList<>();
            if (Math.abs(b) > 1e-9) {
                for (double u : new double[] { o[0], o[2] }) {
                    double v = -(c + a * u) / b;
                    if (v >= o[1] && v <= o[3]) {
                        ends.add(new double[] { u, v });
                    }
                }
            }
            if (Math.abs(a) > 1e-9) {
                for (double v : new double[] { o[1], o[3] }) {
                    double u = -(c + b * v) / a;
                    if (u >= o[0] && u <= o[2]) {
                        ends.add(new double[] { u, v });
                    }
                }
            }
            if (ends.size() >= 2) {
                g.draw(new Line2D.Double(ox + ends.get(0)[0] * pxPerMm, oy + ends.get(0)[1] * pxPerMm, ox + ends.get(1)[0] * pxPerMm,
                        oy + ends.get(1)[1] * pxPerMm));
            }
        }
        double r = d.holeDiameterMm() / 2;
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(d.spec().labelHeightMm() * pxPerMm * 1.1)));
        for (TemplateDesigner.Hole h : d.holes()) {
            double[] uv = d.frame().toFrame(h.outerFaceCentreMm());
            double x = ox + uv[0] * pxPerMm;
            double y = oy + uv[1] * pxPerMm;
            if (h.sleeveLengthMm() > 0) {
                g.setColor(new Color(170, 170, 170));
                double rs = (r + TemplateDesigner.SLEEVE_WALL_MM) * pxPerMm;
                g.fill(new Ellipse2D.Double(x - rs, y - rs, 2 * rs, 2 * rs));
            }
            g.setColor(Color.BLACK);
            g.fill(new Ellipse2D.Double(x - r * pxPerMm, y - r * pxPerMm, 2 * r * pxPerMm, 2 * r * pxPerMm));
            g.setColor(h.labelUvMm() != null ? new Color(180, 0, 0) : new Color(230, 120, 0));
            double[] at = h.labelUvMm() != null ? h.labelUvMm() : new double[] { uv[0] + r + 1.5, uv[1] - r - 1.5 };
            java.awt.FontMetrics fm = g.getFontMetrics();
            g.drawString(h.label(), (float) (ox + at[0] * pxPerMm - fm.stringWidth(h.label()) / 2.0), (float) (oy + at[1] * pxPerMm + fm.getAscent() / 2.5));
        }
        g.setColor(new Color(0, 120, 0));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 48));
        for (TemplateDesigner.Letter l : d.letters()) {
            java.awt.FontMetrics fm = g.getFontMetrics();
            g.drawString(l.text(), (float) (ox + l.uvMm()[0] * pxPerMm - fm.stringWidth(l.text()) / 2.0), (float) (oy + l.uvMm()[1] * pxPerMm + fm.getAscent() / 2.5));
        }
        // scale bar 10 mm
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(4f));
        double sx = border * pxPerMm;
        double sy = height - 0.4 * border * pxPerMm;
        g.draw(new Line2D.Double(sx, sy, sx + 10 * pxPerMm, sy));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 24));
        g.drawString("10 mm", (float) (sx + 10 * pxPerMm + 12), (float) sy + 8);
        g.dispose();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
