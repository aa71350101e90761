package org.opensabt.outcomes.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.ImageIO;

import org.jfree.svg.SVGGraphics2D;

/**
 * A figure drawn once with Java2D and written as PNG (ImageIO) and SVG (JFreeSVG's Graphics2D), each
 * file atomically. Subclasses draw in a fixed coordinate space of {@link #width} × {@link #height}.
 */
public abstract class Figure {

    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    static final Color[] SERIES = { new Color(0x1F, 0x77, 0xB4), new Color(0xD6, 0x27, 0x28), new Color(0x2C, 0xA0, 0x2C), new Color(0x94, 0x67, 0xBD),
            new Color(0xFF, 0x7F, 0x0E) };
    static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);

    final int width;
    final int height;

    Figure(int width, int height) {
        this.width = width;
        this.height = height;
    }

    abstract void draw(Graphics2D g);

    /** Writes {@code base}.png (2× resolution) and {@code base}.svg; returns the PNG path. */
    public Path write(Path base) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(width * 2, height * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.scale(2, 2);
        prepare(g);
        draw(g);
        g.dispose();
        Path png = base.resolveSibling(base.getFileName() + ".png");
        Path tmp = Files.createTempFile(png.toAbsolutePath().getParent(), ".fig", ".tmp");
        ImageIO.write(image, "png", tmp.toFile());
        Files.move(tmp, png, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        prepare(svg);
        draw(svg);
        Path svgFile = base.resolveSibling(base.getFileName() + ".svg");
        Path tmpSvg = Files.createTempFile(svgFile.toAbsolutePath().getParent(), ".fig", ".tmp");
        Files.writeString(tmpSvg, svg.getSVGDocument(), StandardCharsets.UTF_8);
        Files.move(tmpSvg, svgFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return png;
    }

    private void prepare(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(INK);
        g.setStroke(new BasicStroke(1f));
        g.setFont(TEXT);
    }

    /** Text anchored at (x, y): align −1 left, 0 centre, 1 right; baseline at y. */
    static void text(Graphics2D g, String s, double x, double y, int align) {
        FontMetrics m = g.getFontMetrics();
        double w = m.stringWidth(s);
        g.drawString(s, (float) (x - (align + 1) * w / 2), (float) y);
    }

    static String fmt(String pattern, Object... args) {
        return String.format(java.util.Locale.ROOT, pattern, args);
    }
}
