package org.opensabt.outcomes.figures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * An analysis report: sections of preformatted table text and figures, written as one HTML file
 * (figures as the PNGs beside it) and one PDF (PDFBox; text in Courier, figures scaled to the page),
 * each atomically.
 */
public final class Report {

    private record Section(String heading, String table, Path figure) {
    }

    private final String title;
    private final List<Section> sections = new ArrayList<>();

    public Report(String title) {
        this.title = title;
    }

    public Report table(String heading, String text) {
        sections.add(new Section(heading, text, null));
        return this;
    }

    public Report figure(String heading, Path png) {
        sections.add(new Section(heading, null, png));
        return this;
    }

    public void writeHtml(Path file) throws IOException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").append(escape(title))
                .append("</title><style>body{font-family:sans-serif;max-width:960px;margin:auto}pre{font-size:12px;background:#f6f6f6;padding:8px}"
                        + "img{max-width:100%}</style></head><body>\n<h1>").append(escape(title)).append("</h1>\n");
        for (Section s : sections) {
            html.append("<h2>").append(escape(s.heading())).append("</h2>\n");
            if (s.table() != null) {
                html.append("<pre>").append(escape(s.table())).append("</pre>\n");
            } else {
                html.append("<img src=\"").append(escape(file.toAbsolutePath().getParent().relativize(s.figure().toAbsolutePath()).toString()))
                        .append("\" alt=\"").append(escape(s.heading())).append("\">\n");
            }
        }
        html.append("</body></html>\n");
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".report", ".tmp");
        Files.writeString(tmp, html, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public void writePdf(Path file) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".report", ".tmp");
        try (PDDocument doc = new PDDocument()) {
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font mono = new PDType1Font(Standard14Fonts.FontName.COURIER);
            PDRectangle size = PDRectangle.A4;
            float margin = 40;
            PageWriter w = new PageWriter(doc, size, margin);
            for (String part : wrap(title, 70)) {
                w.line(part, bold, 14);
            }
            for (Section s : sections) {
                w.space(10);
                if (s.table() != null) {
                    w.ensure(12 * 1.3f + 3 * 7.5f * 1.3f); // a heading keeps at least three lines of its table
                    w.line(s.heading(), bold, 12);
                    for (String line : s.table().split("\n")) {
                        w.line(ascii(line), mono, 7.5f);
                    }
                } else {
                    PDImageXObject image = PDImageXObject.createFromFile(s.figure().toString(), doc);
                    float scale = Math.min((size.getWidth() - 2 * margin) / image.getWidth(), (size.getHeight() - 2 * margin - 30) / image.getHeight());
                    w.ensure(12 * 1.3f + image.getHeight() * scale + 6); // a figure stays with its heading
                    w.line(s.heading(), bold, 12);
                    w.image(image, image.getWidth() * scale, image.getHeight() * scale);
                }
            }
            w.close();
            doc.save(tmp.toFile());
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Splits a long line at spaces or slashes into pieces of at most {@code width} characters. */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        String rest = text;
        while (rest.length() > width) {
            int cut = Math.max(rest.lastIndexOf(' ', width), rest.lastIndexOf('/', width));
            cut = cut <= 0 ? width : cut + 1;
            out.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut);
        }
        out.add(rest.strip());
        return out;
    }

    /** The standard PDF fonts cover WinAnsi only: a few symbols are spelled out. */
    static String ascii(String s) {
        return s.replace("–", "-").replace("≤", "<=").replace("≥", ">=").replace("×", "x").replace("χ²", "chi2").replace("β", "beta")
                .replaceAll("[^\\x20-\\x7E]", "?");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Flows lines and images down A4 pages. */
    private static final class PageWriter {
        private final PDDocument doc;
        private final PDRectangle size;
        private final float margin;
        private PDPageContentStream stream;
        private float y;

        PageWriter(PDDocument doc, PDRectangle size, float margin) throws IOException {
            this.doc = doc;
            this.size = size;
            this.margin = margin;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(size);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = size.getHeight() - margin;
        }

        void space(float points) {
            y -= points;
        }

        /** Starts a new page unless {@code points} of height are left on this one. */
        void ensure(float points) throws IOException {
            if (y - points < margin) {
                newPage();
            }
        }

        void line(String text, PDType1Font font, float fontSize) throws IOException {
            if (y - fontSize * 1.3f < margin) {
                newPage();
            }
            y -= fontSize * 1.3f;
            stream.beginText();
            stream.setFont(font, fontSize);
            stream.newLineAtOffset(margin, y);
            stream.showText(ascii(text));
            stream.endText();
        }

        void image(PDImageXObject image, float w, float h) throws IOException {
            if (y - h - 6 < margin) {
                newPage();
            }
            y -= h + 6;
            stream.drawImage(image, margin, y, w, h);
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
