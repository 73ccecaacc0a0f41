// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.portal;

/**
 * What to search deposited invoices by; {@code null} fields are not filtered on.
 *
 * @param fluxNumber the flux they came in
 * @param invoiceNumber the supplier's invoice number
 * @param status the portal status ({@code MISE_A_DISPOSITION}…)
 * @since 0.1
 */
public record InvoiceCriteria(String fluxNumber, String invoiceNumber, String status) {

    public static InvoiceCriteria ofFlux(String fluxNumber) {
        return new InvoiceCriteria(fluxNumber, null, null);
    }

    public static InvoiceCriteria ofInvoice(String invoiceNumber) {
        return new InvoiceCriteria(null, invoiceNumber, null);
    }
}
