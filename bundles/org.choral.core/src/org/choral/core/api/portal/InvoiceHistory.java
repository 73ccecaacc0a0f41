// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.portal;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The statuses an invoice went through, oldest first.
 *
 * @param invoiceId the portal's id
 * @param number the supplier's invoice number
 * @param currentStatus the latest status
 * @param changes every status change
 * @since 0.1
 */
public record InvoiceHistory(String invoiceId, String number, String currentStatus, List<StatusChange> changes) {

    public InvoiceHistory {
        changes = List.copyOf(changes);
    }

    /**
     * One status change.
     *
     * @param status the status reached ({@code DEPOSEE}, {@code MISE_A_DISPOSITION}…)
     * @param at when ({@code null} if the portal does not say)
     * @param reason why, when the portal gives a reason (a rejection, a suspension)
     */
    public record StatusChange(String status, LocalDateTime at, String reason) {
    }
}
