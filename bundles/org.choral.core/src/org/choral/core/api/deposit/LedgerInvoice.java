// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.deposit;

import java.time.Instant;
import java.util.Objects;

/**
 * One invoice as the ledger knows it.
 *
 * @param number the supplier's invoice number (the ledger's key)
 * @param status where its deposit stands
 * @param fileName the file it was last sent in
 * @param fluxNumber the portal's flux number ({@code null} until deposited)
 * @param syntax the flux syntax
 * @param message the last error or explanation, in the user's language ({@code null} when none)
 * @param updatedAt when the status last changed
 * @param depositedAt when the portal acknowledged it ({@code null} until deposited)
 * @param portalId the portal's invoice id once the follow-up found it, or {@code null}
 * @param portalStatus the portal's status ({@code MISE_A_DISPOSITION}…) or {@code null}
 * @param flag what the user must act on, or {@code null}
 * @param flagReason the portal's reason for the flag, or {@code null}
 * @param followUpDone whether the follow-up reached a final state or gave up (90 days)
 * @since 0.1
 */
public record LedgerInvoice(String number, DepositStatus status, String fileName, String fluxNumber, String syntax,
        String message, Instant updatedAt, Instant depositedAt, String portalId, String portalStatus,
        ActionFlag flag, String flagReason, boolean followUpDone) {

    public LedgerInvoice {
        Objects.requireNonNull(number);
        Objects.requireNonNull(status);
    }
}
