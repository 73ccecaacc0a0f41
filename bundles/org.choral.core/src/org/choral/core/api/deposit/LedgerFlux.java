// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.deposit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One deposited flux and its integration state.
 *
 * @param number the portal's flux number
 * @param fileName the file deposited
 * @param syntax its syntax
 * @param depositedAt when the portal acknowledged it
 * @param portalState the portal's state ({@code IN_RECU}… {@code IN_INTEGRE}), {@code null} before the first report
 * @param isFinal whether that state will not change any more
 * @param nextCheck when the follow-up asks again ({@code null} once final)
 * @param invoiceNumbers the invoices it carries
 * @since 0.1
 */
public record LedgerFlux(String number, String fileName, String syntax, Instant depositedAt, String portalState,
        boolean isFinal, Instant nextCheck, List<String> invoiceNumbers) {

    public LedgerFlux {
        Objects.requireNonNull(number);
        invoiceNumbers = List.copyOf(invoiceNumbers);
    }
}
