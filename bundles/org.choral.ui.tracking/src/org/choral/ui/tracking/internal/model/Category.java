// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.tracking.internal.model;

import java.util.Set;

import org.choral.core.api.deposit.DepositStatus;
import org.choral.core.api.deposit.LedgerInvoice;

/** The view's three filters: what needs the user, what is on its way, what is paid. */
public enum Category {
    /** Rejected, suspended, to recycle, uncertain, failed, flux incident: the user must act. */
    TO_ACT,
    /** Deposited, not final yet. */
    IN_PROGRESS,
    /** « Mise en paiement »: nothing more to expect. */
    PAID;

    static final String PAID_STATUS = "MISE_EN_PAIEMENT"; //$NON-NLS-1$
    /** Portal statuses that wait for the supplier even when the follow-up has not flagged them (yet). */
    private static final Set<String> ACTION_STATUSES = Set.of("REJETEE", "SUSPENDUE", "A_RECYCLER"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    public static Category of(LedgerInvoice invoice) {
        if (invoice.flag() != null || invoice.status() == DepositStatus.UNCERTAIN
                || invoice.status() == DepositStatus.FAILED
                || invoice.portalStatus() != null && ACTION_STATUSES.contains(invoice.portalStatus())) {
            return TO_ACT;
        }
        return PAID_STATUS.equals(invoice.portalStatus()) ? PAID : IN_PROGRESS;
    }
}
