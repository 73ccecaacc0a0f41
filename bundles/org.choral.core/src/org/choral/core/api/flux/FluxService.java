// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.flux;

import java.util.List;
import java.util.Optional;

import org.choral.core.api.invoice.Invoice;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Generates the files deposited on Chorus Pro for compliant invoices, with the registered
 * {@link FluxFormat}s: lots (split when asked) or one file per invoice. Every file is written
 * under a temporary name and moved into place once complete, so a crash never leaves a half file
 * under its final name.
 *
 * @since 0.1
 */
public interface FluxService {

    /** The registered formats, by syntax. */
    List<FluxFormat> formats();

    Optional<FluxFormat> format(String syntax);

    /**
     * What {@code request}'s supplier lacks for its format and these invoices; empty when
     * generation may go ahead.
     */
    List<String> supplierProblems(List<Invoice> invoices, FluxRequest request);

    /** The size estimate shown before generating (cheap: file sizes only). */
    FluxEstimate estimate(List<Invoice> invoices, FluxRequest request);

    /**
     * Generates the flux.
     *
     * @throws FluxException with no invoice number when the whole request is refused: unknown
     *             syntax, supplier data missing, a lot over the thresholds without split, an output
     *             folder that cannot be written
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled (files already
     *             completed stay, no partial file is left)
     */
    FluxResult generate(List<Invoice> invoices, FluxRequest request, IProgressMonitor monitor) throws FluxException;
}
