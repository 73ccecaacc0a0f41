// SPDX-License-Identifier: EPL-2.0
package org.choral.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.choral.demo.internal.i18n.Messages;
import org.choral.settings.api.CompanySettings;
import org.eclipse.osgi.util.NLS;

/**
 * A one-page invoice PDF, small (a few kilobytes) with its font embedded (PDFBox's Liberation Sans,
 * subset), so that it can become PDF/A-3 for a Factur-X flux like a real invoice.
 */
final class InvoicePdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf"; //$NON-NLS-1$
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE); //$NON-NLS-1$

    private InvoicePdf() {
    }

    static void write(DemoInvoice i, CompanySettings supplier, Path file) throws IOException {
        try (PDDocument doc = new PDDocument(); InputStream ttf = PDDocument.class.getResourceAsStream(FONT)) {
            if (ttf == null) {
                throw new IOException(FONT);
            }
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            doc.getDocumentInformation().setTitle(NLS.bind(Messages.Pdf_title, i.number()));
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                float y = 780;
                y = line(c, font, 18, y, NLS.bind(Messages.Pdf_title, i.number()));
                y = line(c, font, 11, y - 10, supplier.name() + " — SIRET " + supplier.siret()); //$NON-NLS-1$
                y = line(c, font, 11, y, supplier.street() + ", " + supplier.postalCode() + ' ' + supplier.town()); //$NON-NLS-1$
                y = line(c, font, 11, y - 16, NLS.bind(Messages.Pdf_client, i.client(), i.siret()));
                y = line(c, font, 11, y, NLS.bind(Messages.Pdf_date, DATE.format(i.date())));
                if (!i.service().isEmpty()) {
                    y = line(c, font, 11, y, NLS.bind(Messages.Pdf_service, i.service()));
                }
                if (!i.engagement().isEmpty()) {
                    y = line(c, font, 11, y, NLS.bind(Messages.Pdf_engagement, i.engagement()));
                }
                y = line(c, font, 12, y - 20, NLS.bind(Messages.Pdf_amounts,
                        new Object[] { i.ht().toPlainString(), i.tva().toPlainString(), i.ttc().toPlainString() }));
                line(c, font, 9, y - 30, Messages.Pdf_footer);
            }
            doc.save(file.toFile());
        }
    }

    private static float line(PDPageContentStream c, PDType0Font font, float size, float y, String text)
            throws IOException {
        c.beginText();
        c.setFont(font, size);
        c.newLineAtOffset(56, y);
        c.showText(text);
        c.endText();
        return y - size * 1.5f;
    }

}
