// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.tck;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.choral.core.api.portal.Flux;
import org.choral.core.api.portal.FluxState;

/**
 * The portal side of the contract test: what a valid deposit looks like for this portal, how to let
 * it finish integrating, and which structures it knows.
 *
 * @since 0.1
 */
public interface PortalFixture {

    /**
     * A flux the portal accepts whole, carrying invoices with these numbers, written under
     * {@code folder}.
     */
    Flux validFlux(Path folder, List<String> invoiceNumbers) throws IOException;

    /** Lets the portal finish what it does with deposited fluxes (the emulator moves its clock). */
    void settle();

    /** The state a {@link #validFlux} reaches once {@link #settle()}d. */
    FluxState settledState();

    /** A SIRET the portal's directory holds, with at least one service (when it can look up). */
    String knownSiret();

    /** A valid SIRET the portal's directory does not hold. */
    String unknownSiret();
}
