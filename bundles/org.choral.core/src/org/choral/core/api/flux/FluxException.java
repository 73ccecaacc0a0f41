// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.flux;

/**
 * One invoice could not be written in a format (a PDF that cannot become PDF/A-3, a PDF that cannot
 * be read…): the message names the invoice, the reason and what to do; the other invoices of the
 * flux are still generated.
 *
 * @since 0.1
 */
public class FluxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String invoiceNumber;

    public FluxException(String invoiceNumber, String message) {
        super(message);
        this.invoiceNumber = invoiceNumber;
    }

    public FluxException(String invoiceNumber, String message, Throwable cause) {
        super(message, cause);
        this.invoiceNumber = invoiceNumber;
    }

    public String invoiceNumber() {
        return invoiceNumber;
    }
}
