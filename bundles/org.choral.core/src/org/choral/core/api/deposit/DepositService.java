// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.deposit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.choral.core.api.portal.PortalConnector;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Deposits generated flux files and keeps the ledger and the proof of a data folder. Registered as
 * an OSGi service by {@code org.choral.deposit}.
 *
 * @since 0.1
 */
public interface DepositService {

    /** The ledger of {@code dataFolder} (shared, owned by this service). */
    DepositLedger ledger(Path dataFolder) throws IOException;

    /**
     * Looks up on the portal, by number, every invoice left {@code UNCERTAIN} (or {@code SENDING} by
     * a run that crashed): found, it becomes {@code DEPOSITED} with its flux number; not found, it
     * stays {@code UNCERTAIN} (integration is asynchronous, so not found is no proof).
     *
     * @return one row per invoice looked up: {@code DEPOSITED} or {@code UNCERTAIN}
     */
    List<DepositRow> resolveUncertain(Path dataFolder, PortalConnector portal, IProgressMonitor monitor)
            throws IOException;

    /**
     * Runs a deposit: first {@link #resolveUncertain}, then each flux in order. Cancelling stops
     * before the next call (a call in flight completes and is recorded); running the same request
     * again afterwards with {@code skipDeposited} deposits only what is missing.
     *
     * @throws IOException when the ledger cannot be written (nothing is sent then)
     */
    DepositSummary deposit(Path dataFolder, PortalConnector portal, DepositRequest request,
            DepositListener listener, IProgressMonitor monitor) throws IOException;

    /**
     * Writes a zip of the proof (deposited files, receipts, flux reports) of one invoice, or of
     * every invoice deposited from {@code from} to {@code to} included when {@code invoiceNumber} is
     * {@code null}.
     *
     * @return how many flux folders were put in the zip
     */
    int exportProof(Path dataFolder, String invoiceNumber, LocalDate from, LocalDate to, Path zip)
            throws IOException;
}
