// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.state;

import java.util.List;

/**
 * One deposited flux and the emulator's judgement of it, fixed at deposit time; its visible state
 * is derived from the virtual clock by {@link Lifecycle}.
 *
 * @param number {@code numeroFluxDepot}
 * @param fileName {@code nomFichier}
 * @param syntax {@code syntaxeFlux}
 * @param depositedAt virtual epoch millis of the deposit
 * @param incident whether it was made to end {@code IN_INCIDENTE} (fault injection)
 * @param technicalErrors why the whole flux is rejected (empty when readable)
 * @param invoices its invoices
 */
public record StoredFlux(String number, String fileName, String syntax, long depositedAt, boolean incident,
        List<TechnicalError> technicalErrors, List<StoredInvoice> invoices) {

    public StoredFlux {
        technicalErrors = List.copyOf(technicalErrors);
        invoices = List.copyOf(invoices);
    }
}
