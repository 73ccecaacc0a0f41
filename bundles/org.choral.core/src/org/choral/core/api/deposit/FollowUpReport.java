// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.deposit;

import java.time.Instant;
import java.util.List;

/**
 * What one pass of the follow-up did.
 *
 * @param fluxesChecked flux reports asked for
 * @param invoicesChecked invoice histories asked for
 * @param flagged invoices newly flagged for the user
 * @param pending whether anything still waits for the portal
 * @param nextCheck when the next pass is due ({@code null} when nothing is pending)
 * @param problems what could not be checked (portal out of reach…), in the user's language
 * @since 0.1
 */
public record FollowUpReport(int fluxesChecked, int invoicesChecked, List<LedgerInvoice> flagged, boolean pending,
        Instant nextCheck, List<String> problems) {

    public FollowUpReport {
        flagged = List.copyOf(flagged);
        problems = List.copyOf(problems);
    }
}
