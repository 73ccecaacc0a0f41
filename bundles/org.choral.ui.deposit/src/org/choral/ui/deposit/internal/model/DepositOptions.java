// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.internal.model;

/**
 * The reference tool's deposit options, as the « Déposer sur Chorus » page collects them.
 *
 * @param waitMillis « Attente internet (ms) »: the pause between two calls to the portal
 * @param skipDeposited « Ignorer les factures déjà déposées »
 * @param continueOnError « Passer à la facture suivante en cas d'erreur »
 */
public record DepositOptions(int waitMillis, boolean skipDeposited, boolean continueOnError) {

    /** The reference tool's defaults. */
    public static final DepositOptions DEFAULTS = new DepositOptions(1000, true, false);

    public DepositOptions {
        if (waitMillis < 0) {
            throw new IllegalArgumentException("waitMillis < 0"); //$NON-NLS-1$
        }
    }
}
