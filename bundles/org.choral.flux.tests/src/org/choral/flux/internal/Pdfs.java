// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Invoice-like PDFs with text: fonts embedded (the TrueType font PDFBox ships), or not. */
public final class Pdfs {

    private static final String LIBERATION = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf"; //$NON-NLS-1$

    private Pdfs() {
    }

    /** {@code pages} pages of text in an embedded (subset) TrueType font. */
    public static Path embedded(Path file, int pages) throws IOException {
        try (PDDocument doc = new PDDocument(); InputStream ttf = PDDocument.class.getResourceAsStream(LIBERATION)) {
            PDFont font = PDType0Font.load(doc, ttf);
            for (int p = 0; p < pages; p++) {
                text(doc, font, p);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** One page of text in Helvetica, a standard font that is not embedded. */
    public static Path notEmbedded(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            text(doc, new PDType1Font(Standard14Fonts.FontName.HELVETICA), 0);
            doc.save(file.toFile());
        }
        return file;
    }

    /** A PDF protected by a user password. */
    public static Path encrypted(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission()); //$NON-NLS-1$ //$NON-NLS-2$
            doc.protect(policy);
            doc.save(file.toFile());
        }
        return file;
    }

    private static void text(PDDocument doc, PDFont font, int page) throws IOException {
        PDPage p = new PDPage();
        doc.addPage(p);
        try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
            cs.beginText();
            cs.setFont(font, 11);
            cs.newLineAtOffset(50, 750);
            for (int i = 0; i < 60; i++) {
                cs.showText("Facture page " + (page + 1) + " ligne " + i + " : prestation de service, montant 100,00 EUR"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                cs.newLineAtOffset(0, -12);
            }
            cs.endText();
        }
    }
}
