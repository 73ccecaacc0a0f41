// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.tracking.internal.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.choral.core.api.deposit.LedgerFlux;

/**
 * What the view shows after a follow-up pass or a reload of the ledger.
 *
 * @param rows every invoice of the ledger, most recently changed first
 * @param fluxes the ledger's fluxes by number
 * @param portal the state of the follow-up in the user's language (not configured, last check,
 *            problems); never {@code null}
 * @param configured whether a portal is configured (otherwise nothing is polled)
 * @param checkedAt when the ledger was read
 * @param nextCheck when the follow-up asks the portal again, or {@code null}
 */
public record TrackingSnapshot(List<TrackingRow> rows, Map<String, LedgerFlux> fluxes, String portal,
        boolean configured, Instant checkedAt, Instant nextCheck) {

    public TrackingSnapshot {
        rows = List.copyOf(rows);
        fluxes = Map.copyOf(fluxes);
    }

    /** How many invoices need the user (the part's badge). */
    public int toAct() {
        return (int) rows.stream().filter(r -> r.category() == Category.TO_ACT).count();
    }
}
