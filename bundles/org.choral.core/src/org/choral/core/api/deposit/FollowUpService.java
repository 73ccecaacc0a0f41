// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.deposit;

import java.io.IOException;
import java.nio.file.Path;

import org.choral.core.api.portal.PortalConnector;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Follows what became of deposited fluxes and invoices: the flux report until it is final (asked
 * again after one minute, then twice as long each time up to one hour), then the invoices of the
 * flux (every result page) and their status history until a final state or 90 days. Partial or
 * rejected fluxes flag the invoices the portal names, with its reason; {@code IN_INCIDENTE} flags
 * the whole flux to resend; {@code REJETEE}, {@code SUSPENDUE} and {@code A_RECYCLER} are flagged
 * for action. Registered as an OSGi service by {@code org.choral.deposit}.
 *
 * @since 0.1
 */
public interface FollowUpService {

    /**
     * One pass: asks the portal about everything due now (a Job calls it again at
     * {@link FollowUpReport#nextCheck()}). What is not due yet is not asked: right after a deposit
     * nothing is asked for a minute. Scheduled runs use it ({@code choral status --refresh --due}).
     */
    FollowUpReport checkDue(Path dataFolder, PortalConnector portal, IProgressMonitor monitor) throws IOException;

    /**
     * One pass that asks the portal now about everything still followed, due or not: the report of
     * every flux that is not final, then the status of every invoice of a final flux that has not
     * reached a final status (its listing first, when the portal had not listed it yet). The ledger
     * is updated as by {@link #checkDue}, and each item asked is given its next check from now with
     * the usual back-off (the older the deposit, the longer the wait, from one minute to one hour),
     * so the schedule goes on from this pass. For a user who asks: « Actualiser » in the tracking view
     * and {@code choral status --refresh}.
     *
     * @since 0.1
     */
    FollowUpReport checkNow(Path dataFolder, PortalConnector portal, IProgressMonitor monitor) throws IOException;

    /**
     * Passes until nothing is pending or the monitor is cancelled, waiting between passes (for a
     * background Job; the command line uses {@link #checkNow} or {@link #checkDue}).
     */
    FollowUpReport followUntilFinal(Path dataFolder, PortalConnector portal, IProgressMonitor monitor)
            throws IOException;
}
