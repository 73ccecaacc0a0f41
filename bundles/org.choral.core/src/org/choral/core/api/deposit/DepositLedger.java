// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.deposit;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The deposit history of one data folder (H2 in {@code DATA/ledger/}), read side. Runs and the
 * follow-up write it; the wizard, the tracking view and {@code choral status} read it. Several
 * processes may open the same folder at once (the workbench and a scheduled command line).
 *
 * @since 0.1
 */
public interface DepositLedger {

    /** The invoice recorded under {@code number}, if any. */
    Optional<LedgerInvoice> invoice(String number) throws IOException;

    /** Every invoice, most recently changed first. */
    List<LedgerInvoice> invoices() throws IOException;

    /** Every flux deposited, most recent first. */
    List<LedgerFlux> fluxes() throws IOException;

    /** The history of one invoice, oldest first. */
    List<LedgerEvent> history(String invoiceNumber) throws IOException;

    /** Invoices deposited between {@code from} (included) and {@code to} (excluded). */
    List<LedgerInvoice> depositedBetween(Instant from, Instant to) throws IOException;
}
