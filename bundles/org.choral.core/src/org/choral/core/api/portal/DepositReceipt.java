// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.portal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the portal answered to a deposit: the flux number to follow it by, and the deposit date.
 *
 * @param fluxNumber {@code numeroFluxDepot}
 * @param depositDate {@code dateDepot}
 * @param syntax the syntax the portal recorded
 * @since 0.1
 */
public record DepositReceipt(String fluxNumber, LocalDate depositDate, String syntax) {

    public DepositReceipt {
        Objects.requireNonNull(fluxNumber);
        Objects.requireNonNull(depositDate);
    }
}
