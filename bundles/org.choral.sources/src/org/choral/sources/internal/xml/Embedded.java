// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.xml;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.choral.sources.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The documents an invoice embeds (UBL {@code AdditionalDocumentReference}, CII
 * {@code AdditionalReferencedDocument}): the first PDF is the invoice PDF, the others are
 * attachments. Without an embedded PDF, {@code <number>.pdf} beside the file or in the PDF folder is
 * the invoice PDF, as for an export. A Factur-X's PDF is the Factur-X itself.
 */
final class Embedded {

    record Document(String id, String base64, String mimeCode, String fileName) {

        boolean isPdf() {
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT); //$NON-NLS-1$
            return "application/pdf".equalsIgnoreCase(mimeCode) || name.endsWith(".pdf"); //$NON-NLS-1$ //$NON-NLS-2$
        }

        String name() {
            if (fileName != null) {
                return fileName;
            }
            String base = id == null ? "document" : id; //$NON-NLS-1$
            return isPdf() && !base.toLowerCase(Locale.ROOT).endsWith(".pdf") ? base + ".pdf" : base; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private final List<Document> documents = new ArrayList<>();

    void add(String id, String base64, String mimeCode, String fileName) {
        if (base64 != null) {
            documents.add(new Document(id, base64, mimeCode, fileName));
        }
    }

    void fill(InvoiceDraft draft, XmlContext context, String element) {
        boolean pdfTaken = context.facturxPdf() != null;
        if (pdfTaken) {
            draft.pdf = context.facturxPdf();
            draft.pdfReference = context.facturxPdf().getFileName().toString();
        }
        for (Document d : documents) {
            Path file;
            try {
                file = context.store().write(d.base64(), d.name());
            } catch (IllegalArgumentException | IOException e) {
                draft.problem("pieces_jointes", element, NLS.bind(Messages.Source_embeddedUnwritable, d.name(), //$NON-NLS-1$
                        e.getMessage()));
                continue;
            }
            if (!pdfTaken && d.isPdf()) {
                pdfTaken = true;
                draft.pdf = file;
                draft.pdfReference = d.name();
            } else {
                draft.attachments.add(file);
            }
        }
        if (!pdfTaken) {
            draft.pdf = context.locator().invoicePdf(null, draft.number);
        }
    }
}
