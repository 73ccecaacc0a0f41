// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report's font, embedded (subset) so that accents print on any printer and viewer: PDFBox's
 * own Liberation Sans, whose licence lets it be embedded. Text the font cannot draw is replaced
 * rather than failing the whole export, and long cells are wrapped to their column.
 */
final class PdfText {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf"; //$NON-NLS-1$

    private final PDType0Font font;
    private final Map<Integer, Boolean> drawable = new HashMap<>();

    PdfText(PDDocument document) throws IOException {
        try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IOException(FONT);
            }
            font = PDType0Font.load(document, in, true);
        }
    }

    PDType0Font font() {
        return font;
    }

    /** {@code text} with control characters as spaces and undrawable characters as {@code ?}. */
    String safe(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                b.append(' ');
            } else if (drawable.computeIfAbsent(cp, this::canDraw)) {
                b.appendCodePoint(cp);
            } else {
                b.append('?');
            }
        });
        return b.toString();
    }

    private boolean canDraw(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    float width(String safeText, float size) throws IOException {
        return font.getStringWidth(safeText) / 1000f * size;
    }

    /** {@code text} made safe and cut into lines no wider than {@code width} (words kept whole when they fit). */
    List<String> wrap(String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : safe(text).split(" ")) { //$NON-NLS-1$
            String candidate = line.length() == 0 ? word : line + " " + word; //$NON-NLS-1$
            if (width(candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // a word wider than the column (a path) is cut wherever it must be
            for (int cp : word.codePoints().toArray()) {
                String next = line.toString() + new String(Character.toChars(cp));
                if (line.length() > 0 && width(next, size) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.appendCodePoint(cp);
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
