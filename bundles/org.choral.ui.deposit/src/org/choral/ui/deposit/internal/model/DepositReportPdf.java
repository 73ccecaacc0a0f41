// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.internal.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The deposit report as PDF: title, summary, then the three columns, A4 landscape, over as many
 * pages as needed. The font (PDFBox's Liberation Sans, embedded as a subset) draws the French
 * accents on any viewer; a character it lacks prints as {@code ?} rather than failing the export.
 */
public final class DepositReportPdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf"; //$NON-NLS-1$
    private static final float MARGIN = 36;
    private static final float SIZE = 9;
    private static final float LEADING = 12;
    private static final float[] WIDTHS = { 150, 250, 0 };

    private DepositReportPdf() {
    }

    public static void write(String title, List<String> summary, List<String> headers, List<DepositRow> rows, Path file)
            throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".deposit", ".pdf"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            try (PDDocument doc = new PDDocument()) {
                PDType0Font font;
                try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
                    if (in == null) {
                        throw new IOException(FONT);
                    }
                    font = PDType0Font.load(doc, in, true);
                }
                new Pages(doc, font).write(title, summary, headers, rows);
                doc.save(tmp.toFile());
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The pages being written and where the next line goes. */
    private static final class Pages {
        private final PDDocument doc;
        private final PDType0Font font;
        private final PDRectangle box = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        private PDPageContentStream out;
        private float y;

        Pages(PDDocument doc, PDType0Font font) {
            this.doc = doc;
            this.font = font;
        }

        void write(String title, List<String> summary, List<String> headers, List<DepositRow> rows) throws IOException {
            newPage();
            try {
                text(MARGIN, title, 14);
                y -= 8;
                for (String s : summary) {
                    for (String part : wrap(s, box.getWidth() - 2 * MARGIN)) {
                        line(List.of(part), new float[] { 0 });
                    }
                }
                y -= LEADING;
                line(headers, WIDTHS);
                for (DepositRow r : rows) {
                    line(List.of(r.invoiceNumber(), r.file(), r.report()), WIDTHS);
                }
            } finally {
                out.close();
            }
        }

        private void newPage() throws IOException {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(box);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            y = box.getHeight() - MARGIN;
        }

        /** One table row: each cell wrapped to its column, the row as tall as its tallest cell. */
        private void line(List<String> cells, float[] widths) throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < cells.size(); i++) {
                float w = widths[i] > 0 ? widths[i] - 6 : box.getWidth() - 2 * MARGIN - used(widths, i);
                List<String> parts = wrap(safe(cells.get(i)), w);
                wrapped.add(parts);
                height = Math.max(height, parts.size());
            }
            if (y - height * LEADING < MARGIN) {
                newPage();
            }
            float x = MARGIN;
            for (int i = 0; i < wrapped.size(); i++) {
                float lineY = y;
                for (String part : wrapped.get(i)) {
                    out.beginText();
                    out.setFont(font, SIZE);
                    out.newLineAtOffset(x, lineY - SIZE);
                    out.showText(part);
                    out.endText();
                    lineY -= LEADING;
                }
                x += widths[i];
            }
            y -= height * LEADING;
        }

        private static float used(float[] widths, int upTo) {
            float sum = 0;
            for (int i = 0; i < upTo; i++) {
                sum += widths[i];
            }
            return sum;
        }

        private void text(float x, String s, float size) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, y - size);
            out.showText(safe(s));
            out.endText();
            y -= size + 4;
        }

        private List<String> wrap(String text, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" ")) { //$NON-NLS-1$
                String candidate = current.length() == 0 ? word : current + " " + word; //$NON-NLS-1$
                if (current.length() > 0 && font.getStringWidth(candidate) / 1000 * SIZE > width) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            lines.add(current.toString());
            return lines;
        }

        /** Control characters as spaces, characters the font cannot draw as {@code ?}. */
        private String safe(String text) {
            StringBuilder b = new StringBuilder();
            (text == null ? "" : text).codePoints().forEach(cp -> { //$NON-NLS-1$
                if (Character.isISOControl(cp)) {
                    b.append(' ');
                    return;
                }
                try {
                    font.encode(new String(Character.toChars(cp)));
                    b.appendCodePoint(cp);
                } catch (IOException | IllegalArgumentException e) {
                    b.append('?');
                }
            });
            return b.toString();
        }
    }
}
