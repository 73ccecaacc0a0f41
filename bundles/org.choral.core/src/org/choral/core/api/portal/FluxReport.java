// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.portal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The integration report of a flux.
 *
 * @param fluxNumber the flux number
 * @param state where it stands
 * @param portalState the portal's own name for the state ({@code IN_INTEGRE_PARTIEL}…)
 * @param fileName the file name the portal recorded
 * @param depositDate when it was deposited ({@code null} if the portal does not say)
 * @param stateSince when it reached this state ({@code null} if the portal does not say)
 * @param invoiceErrors the rejected invoices and why
 * @param technicalErrors errors about the flux as a whole
 * @since 0.1
 */
public record FluxReport(String fluxNumber, FluxState state, String portalState, String fileName,
        LocalDate depositDate, LocalDateTime stateSince, List<InvoiceError> invoiceErrors,
        List<TechnicalError> technicalErrors) {

    public FluxReport {
        Objects.requireNonNull(fluxNumber);
        Objects.requireNonNull(state);
        invoiceErrors = List.copyOf(invoiceErrors);
        technicalErrors = List.copyOf(technicalErrors);
    }

    /**
     * One rejected invoice.
     *
     * @param supplier supplier identifier (SIRET)
     * @param recipient recipient identifier (SIRET)
     * @param invoiceNumber the invoice number ({@code numeroDP})
     * @param message why, as the portal says it
     */
    public record InvoiceError(String supplier, String recipient, String invoiceNumber, String message) {
    }

    /**
     * An error about the flux as a whole.
     *
     * @param code the portal's code
     * @param message as the portal says it
     * @param nature the portal's category
     */
    public record TechnicalError(String code, String message, String nature) {
    }
}
