// SPDX-License-Identifier: EPL-2.0
package org.choral.deposit.internal.run;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.choral.core.api.deposit.DepositListener;
import org.choral.core.api.deposit.DepositOutcome;
import org.choral.core.api.deposit.DepositRow;
import org.choral.core.api.deposit.DepositStatus;
import org.choral.core.api.deposit.LedgerInvoice;
import org.choral.core.api.portal.InvoiceCriteria;
import org.choral.core.api.portal.PortalConnector;
import org.choral.core.api.portal.PortalException;
import org.choral.core.api.portal.PortalInvoice;
import org.choral.deposit.internal.i18n.Messages;
import org.choral.deposit.internal.store.LedgerStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Before any run: invoices left {@code SENDING} by a run that died become {@code UNCERTAIN}, and
 * every uncertain invoice is looked up on the portal by its number. Found, it is deposited with the
 * portal's flux number; not found it stays uncertain (the portal lists an invoice only once its
 * flux is integrated) and is never resent without the user asking.
 */
public final class UncertainResolver {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris"); //$NON-NLS-1$

    private final LedgerStore ledger;

    public UncertainResolver(LedgerStore ledger) {
        this.ledger = ledger;
    }

    public List<DepositRow> resolve(PortalConnector portal, DepositListener listener, IProgressMonitor monitor)
            throws IOException {
        ledger.recoverInterrupted(Messages.Run_interrupted);
        List<String> uncertain = ledger.numbersWithStatus(DepositStatus.UNCERTAIN);
        SubMonitor sub = SubMonitor.convert(monitor, Messages.Run_lookingUp, uncertain.size());
        List<DepositRow> rows = new ArrayList<>();
        String problem = null;
        for (String number : uncertain) {
            LedgerInvoice known = ledger.invoice(number).orElseThrow();
            if (problem == null && !sub.isCanceled()) {
                try {
                    Optional<PortalInvoice> found = portal
                            .findInvoices(InvoiceCriteria.ofInvoice(number), sub.split(1)).stream()
                            .filter(i -> number.equals(i.number()) && i.fluxNumber() != null)
                            .max(Comparator.comparing(i -> String.valueOf(i.depositDate())));
                    if (found.isPresent()) {
                        PortalInvoice p = found.get();
                        Instant at = p.depositDate() == null ? ledger.now()
                                : p.depositDate().atStartOfDay(PARIS).toInstant();
                        ledger.markDeposited(List.of(number), known.fileName(), known.syntax(), p.fluxNumber(), at);
                        DepositRow row = new DepositRow(number, known.fileName(), DepositOutcome.DEPOSITED,
                                p.fluxNumber(), NLS.bind(Messages.Run_foundOnPortal, p.fluxNumber()));
                        rows.add(row);
                        listener.row(row);
                        continue;
                    }
                } catch (PortalException e) {
                    problem = NLS.bind(Messages.Run_lookupFailed, e.getMessage());
                } catch (org.eclipse.core.runtime.OperationCanceledException e) {
                    problem = Messages.Run_cancelled;
                }
            }
            DepositRow row = new DepositRow(number, known.fileName(), DepositOutcome.UNCERTAIN, null,
                    problem != null ? problem : Messages.Run_notFoundYet);
            rows.add(row);
            listener.row(row);
        }
        return rows;
    }
}
