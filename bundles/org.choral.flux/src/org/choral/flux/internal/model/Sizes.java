// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.choral.core.api.flux.FluxException;
import org.choral.core.api.invoice.Invoice;
import org.choral.flux.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/** File sizes for estimates, and the PDF an E2 format cannot do without. */
public final class Sizes {

    /** What the XML around the PDF weighs, generously (header, parties, a few lines). */
    public static final long XML_OVERHEAD = 8 * 1024;

    private Sizes() {
    }

    /** The size of {@code file}, 0 when it is missing or unreadable (the control reports it). */
    public static long of(Path file) {
        if (file == null) {
            return 0;
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The length of {@code bytes} encoded in base64. */
    public static long base64(long bytes) {
        return (bytes + 2) / 3 * 4;
    }

    /** The invoice's PDF, or a failure naming the invoice and the file. */
    public static Path requirePdf(Invoice inv) throws FluxException {
        Path pdf = inv.pdf();
        if (pdf == null || !Files.isRegularFile(pdf)) {
            throw new FluxException(inv.number(), NLS.bind(Messages.Flux_pdfMissing, inv.number(),
                    pdf == null ? inv.pdfReference() : pdf));
        }
        return pdf;
    }

    /** The invoice's PDF when it has a readable one, {@code null} otherwise (E1: optional). */
    public static Path optionalPdf(Invoice inv) {
        Path pdf = inv.pdf();
        return pdf != null && Files.isRegularFile(pdf) ? pdf : null;
    }
}
