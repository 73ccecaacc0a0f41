// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.flux;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.choral.core.api.invoice.Invoice;

/**
 * One syntax Chorus Pro accepts ({@code syntaxeFlux}), registered as an OSGi service: writes one
 * invoice as one file. Writers stream: the PDF is read and encoded piecewise, never held whole.
 *
 * @since 0.1
 */
public interface FluxFormat {

    /** The exact {@code syntaxeFlux} string, e.g. {@code IN_DP_E2_UBL_INVOICE_MIN}. */
    String syntax();

    /** The extension of the file written per invoice, without dot: {@code xml} or {@code pdf}. */
    String extension();

    /** Whether this format needs the invoice PDF (E2 formats). */
    boolean requiresPdf();

    /**
     * What {@code supplier} lacks for this format and {@code invoice}, as French sentences naming
     * the field and what to do; empty when nothing is missing.
     */
    List<String> supplierProblems(Supplier supplier, Invoice invoice);

    /** The size in bytes this invoice's file is expected to have (for the lot size estimate). */
    long estimatedSize(Invoice invoice);

    /**
     * Writes {@code invoice} to {@code out} (not closed).
     *
     * @throws FluxException when this invoice cannot be written in this format (reason in the message)
     * @throws IOException when {@code out} cannot be written
     */
    void write(Invoice invoice, FluxOptions options, OutputStream out) throws FluxException, IOException;
}
