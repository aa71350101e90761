package org.opensabt.report.internal;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Flows text, tables and drawings down A4 pages with PDFBox (standard Helvetica, WinAnsi: characters it
 * cannot show are spelled out or replaced). Coordinates are PDF points from the page's bottom left.
 */
final class Pdf implements AutoCloseable {

    static final PDRectangle SIZE = PDRectangle.A4;
    static final float LEFT = 42;
    static final float RIGHT = SIZE.getWidth() - 42;
    static final float TOP = SIZE.getHeight() - 64; // below the header
    static final float BOTTOM = 52;                 // above the footer

    final PDDocument doc = new PDDocument();
    final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    final PDFont italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    private final Map<Character, Boolean> encodable = new HashMap<>();
    PDPageContentStream stream;
    PDPage page;
    float y;

    Pdf() throws IOException {
        newPage();
    }

    void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        page = new PDPage(SIZE);
        doc.addPage(page);
        stream = new PDPageContentStream(doc, page);
        y = TOP;
    }

    /** A new page unless {@code points} still fit on this one. */
    void ensure(float points) throws IOException {
        if (y - points < BOTTOM) {
            newPage();
        }
    }

    void space(float points) {
        y -= points;
    }

    void text(float x, float baseline, String s, PDFont font, float size, Color color) throws IOException {
        stream.setNonStrokingColor(color);
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(clean(s, font));
        stream.endText();
        stream.setNonStrokingColor(Color.BLACK);
    }

    void text(float x, float baseline, String s, PDFont font, float size) throws IOException {
        text(x, baseline, s, font, size, Color.BLACK);
    }

    float width(String s, PDFont font, float size) throws IOException {
        return font.getStringWidth(clean(s, font)) / 1000 * size;
    }

    /** A line of text at the cursor, then the cursor below it. */
    void line(String s, PDFont font, float size) throws IOException {
        ensure(size * 1.35f);
        y -= size * 1.35f;
        text(LEFT, y + size * 0.3f, s, font, size);
    }

    /** A section heading (kept with at least {@code keep} points of what follows). */
    void heading(String s, float keep) throws IOException {
        ensure(24 + keep);
        space(8);
        line(s, bold, 12.5f);
        stream.setStrokingColor(new Color(120, 120, 120));
        stream.setLineWidth(0.6f);
        stream.moveTo(LEFT, y);
        stream.lineTo(RIGHT, y);
        stream.stroke();
        space(4);
    }

    /** A paragraph wrapped to the text width. */
    void paragraph(String s, PDFont font, float size) throws IOException {
        for (String l : wrap(s, font, size, RIGHT - LEFT)) {
            line(l, font, size);
        }
    }

    List<String> wrap(String s, PDFont font, float size, float widthPt) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : s.split(" ")) {
            String trial = current.length() == 0 ? word : current + " " + word;
            if (current.length() > 0 && width(trial, font, size) > widthPt) {
                out.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(trial);
            }
        }
        out.add(current.toString());
        return out;
    }

    /**
     * A table: a bold header row (repeated on each new page), then the rows; {@code widths} in points,
     * cells clipped to their width. Rows with a colour in {@code rowColors} (may be null) are written in it.
     */
    void table(float[] widths, String[] header, List<String[]> rows, List<Color> rowColors, float size) throws IOException {
        float rowH = size * 1.45f;
        ensure(rowH * Math.min(3, rows.size() + 1));
        headerRow(widths, header, size, rowH);
        for (int r = 0; r < rows.size(); r++) {
            if (y - rowH < BOTTOM) {
                newPage();
                headerRow(widths, header, size, rowH);
            }
            y -= rowH;
            float x = LEFT;
            Color color = rowColors == null ? Color.BLACK : rowColors.get(r);
            for (int c = 0; c < widths.length; c++) {
                String cell = c < rows.get(r).length && rows.get(r)[c] != null ? rows.get(r)[c] : "";
                text(x + 2, y + size * 0.35f, fit(cell, regular, size, widths[c] - 4), regular, size, color);
                x += widths[c];
            }
            if (r % 2 == 1) {
                continue;
            }
            stream.setStrokingColor(new Color(225, 225, 225));
            stream.setLineWidth(0.4f);
            stream.moveTo(LEFT, y);
            stream.lineTo(x, y);
            stream.stroke();
        }
        space(4);
    }

    private void headerRow(float[] widths, String[] header, float size, float rowH) throws IOException {
        y -= rowH;
        float x = LEFT;
        for (int c = 0; c < widths.length; c++) {
            text(x + 2, y + size * 0.35f, fit(header[c], bold, size, widths[c] - 4), bold, size);
            x += widths[c];
        }
        stream.setStrokingColor(Color.BLACK);
        stream.setLineWidth(0.7f);
        stream.moveTo(LEFT, y);
        stream.lineTo(x, y);
        stream.stroke();
    }

    private String fit(String s, org.apache.pdfbox.pdmodel.font.PDFont font, float size, float widthPt) throws IOException {
        if (width(s, font, size) <= widthPt) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && width(t + "…", font, size) > widthPt) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    /** The text with what WinAnsi cannot show spelled out (≥ as >=) or replaced by '?'. */
    String clean(String s, PDFont font) {
        String t = s.replace("≥", ">=").replace("≤", "<=").replace("→", "->").replace("Ø", "diam. ").replace("\t", " ");
        StringBuilder out = new StringBuilder(t.length());
        for (char ch : t.toCharArray()) {
            boolean ok = encodable.computeIfAbsent(ch, k -> {
                try {
                    font.encode(String.valueOf(k));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            out.append(ok ? ch : '?');
        }
        return out.toString();
    }

    /**
     * Stamps every page: the header (shortened to fit) with the status mark on the right, a rule under it and over the footer, the footer
     * ("{@code footer}" and "Page i of n"), and unless {@code watermark} is null that word large and faint across the page.
     */
    void stampPages(String header, String mark, Color markColor, String footer, String watermark, float watermarkAlpha) throws IOException {
        endPage();
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            try (PDPageContentStream s = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream = s;
                float top = SIZE.getHeight() - 30;
                float markWidth = width(mark, bold, 9.5f);
                String h = header;
                while (h.length() > 1 && width(h, regular, 8.5f) > RIGHT - LEFT - markWidth - 12) {
                    h = h.substring(0, h.length() - 2) + "…";
                }
                text(LEFT, top, h, regular, 8.5f);
                text(RIGHT - markWidth, top, mark, bold, 9.5f, markColor);
                s.setStrokingColor(new Color(150, 150, 150));
                s.setLineWidth(0.5f);
                s.moveTo(LEFT, top - 6);
                s.lineTo(RIGHT, top - 6);
                s.moveTo(LEFT, 38);
                s.lineTo(RIGHT, 38);
                s.stroke();
                text(LEFT, 26, footer, regular, 7.5f);
                String pageText = "Page " + (i + 1) + " of " + n;
                text(RIGHT - width(pageText, regular, 8), 26, pageText, regular, 8);
                if (watermark != null) {
                    PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
                    faint.setNonStrokingAlphaConstant(watermarkAlpha);
                    s.saveGraphicsState();
                    s.setGraphicsStateParameters(faint);
                    s.setNonStrokingColor(markColor);
                    s.beginText();
                    s.setFont(bold, 96);
                    s.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(55), 170, 190));
                    s.showText(clean(watermark, bold));
                    s.endText();
                    s.restoreGraphicsState();
                }
            }
        }
        stream = null;
    }

    /** Ends the last page's content (before stamping headers and saving). */
    void endPage() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            endPage();
        } finally {
            doc.close();
        }
    }
}
