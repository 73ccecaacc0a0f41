// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.deposit;

import java.util.List;

/**
 * The end of a run.
 *
 * @param resolved rows of the look-up of uncertain invoices done before the run
 * @param rows one row per invoice of the run, in order (invoices not reached because the run
 *            stopped or was cancelled have none)
 * @param stopReason why the run stopped before the end, in the user's language, with what to do;
 *            {@code null} when it went through
 * @param cancelled whether the user cancelled it
 * @param portalStopped whether it stopped because the portal could not be reached, refused the
 *            credentials or kept asking to slow down (the command line's exit code 3)
 * @since 0.1
 */
public record DepositSummary(List<DepositRow> resolved, List<DepositRow> rows, String stopReason,
        boolean cancelled, boolean portalStopped) {

    public DepositSummary {
        resolved = List.copyOf(resolved);
        rows = List.copyOf(rows);
    }

    public long count(DepositOutcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** Whether every invoice of the run was deposited or skipped. */
    public boolean complete() {
        return stopReason == null && !cancelled && count(DepositOutcome.FAILED) == 0
                && count(DepositOutcome.UNCERTAIN) == 0;
    }
}
