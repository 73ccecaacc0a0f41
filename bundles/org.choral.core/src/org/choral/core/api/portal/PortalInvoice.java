// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A deposited invoice as the portal lists it.
 *
 * @param id the portal's id ({@code identifiantFactureCPP}), for {@link PortalConnector#invoiceHistory}
 * @param number the supplier's invoice number
 * @param fluxNumber the flux it came in
 * @param status its current status ({@code DEPOSEE}, {@code MISE_A_DISPOSITION}, {@code REJETEE}…)
 * @param depositDate when it was deposited
 * @param supplier supplier identifier
 * @param recipient recipient identifier
 * @param amount total including tax, or {@code null}
 * @since 0.1
 */
public record PortalInvoice(String id, String number, String fluxNumber, String status, LocalDate depositDate,
        String supplier, String recipient, BigDecimal amount) {

    public PortalInvoice {
        Objects.requireNonNull(id);
    }
}
