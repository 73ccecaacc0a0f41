// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.deposit;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.choral.core.api.flux.FluxMode;
import org.choral.core.api.portal.Flux;

/**
 * What to deposit and how.
 *
 * @param mode lot (each flux holds several invoices) or sequential (one flux per invoice)
 * @param fluxes the generated files, in order, each with the invoice numbers it holds
 * @param pause « Attente internet »: the least time between the end of a portal call and the start
 *            of the next deposit (default {@link #DEFAULT_PAUSE})
 * @param continueOnError « Passer à la facture suivante en cas d'erreur » (otherwise the run stops at
 *            the first refused invoice; a portal out of reach stops it anyway)
 * @param skipDeposited « Ignorer les factures déjà déposées »
 * @param resendUncertain send again invoices whose earlier answer was lost and that the portal does
 *            not list (only on the user's explicit request)
 * @since 0.1
 */
public record DepositRequest(FluxMode mode, List<Flux> fluxes, Duration pause, boolean continueOnError,
        boolean skipDeposited, boolean resendUncertain) {

    /** The reference tool's default pause. */
    public static final Duration DEFAULT_PAUSE = Duration.ofMillis(1000);

    public DepositRequest {
        Objects.requireNonNull(mode);
        fluxes = List.copyOf(fluxes);
        pause = pause == null || pause.isNegative() ? DEFAULT_PAUSE : pause;
    }
}
