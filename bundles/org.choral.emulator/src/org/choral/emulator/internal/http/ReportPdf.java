// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** The {@code fichierCR} of {@code consulterCR}: a small real PDF listing the flux and its errors. */
public final class ReportPdf {

    private static final float MARGIN = 50;
    private static final float LEADING = 14;
    private static final int WRAP = 95;

    private ReportPdf() {
    }

    /** A PDF with {@code title} and one line per entry of {@code lines} (long lines wrapped, pages added). */
    public static byte[] render(String title, List<String> lines) {
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        List<String> wrapped = new ArrayList<>();
        for (String l : lines) {
            String s = printable(font, l);
            while (s.length() > WRAP) {
                int cut = s.lastIndexOf(' ', WRAP);
                cut = cut <= 0 ? WRAP : cut;
                wrapped.add(s.substring(0, cut));
                s = "    " + s.substring(cut).trim(); //$NON-NLS-1$
            }
            wrapped.add(s);
        }
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int index = 0;
            do {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = page.getMediaBox().getHeight() - MARGIN;
                    cs.beginText();
                    cs.setFont(bold, 14);
                    cs.newLineAtOffset(MARGIN, y);
                    cs.showText(printable(bold, title));
                    cs.setFont(font, 10);
                    cs.setLeading(LEADING);
                    cs.newLine();
                    cs.newLine();
                    y -= 2 * LEADING;
                    while (index < wrapped.size() && y > MARGIN) {
                        cs.showText(wrapped.get(index++));
                        cs.newLine();
                        y -= LEADING;
                    }
                    cs.endText();
                }
            } while (index < wrapped.size());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every character the standard font cannot encode replaced by {@code ?}. */
    private static String printable(PDType1Font font, String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            try {
                font.encode(String.valueOf(c));
                b.append(c);
            } catch (IOException | IllegalArgumentException e) {
                b.append('?');
            }
        }
        return b.toString();
    }
}
