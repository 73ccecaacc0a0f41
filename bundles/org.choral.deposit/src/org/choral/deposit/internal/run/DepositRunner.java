// SPDX-License-Identifier: EPL-2.0
package org.choral.deposit.internal.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.choral.core.api.deposit.DepositListener;
import org.choral.core.api.deposit.DepositOutcome;
import org.choral.core.api.deposit.DepositRequest;
import org.choral.core.api.deposit.DepositRow;
import org.choral.core.api.deposit.DepositStatus;
import org.choral.core.api.deposit.DepositSummary;
import org.choral.core.api.deposit.LedgerInvoice;
import org.choral.core.api.portal.DepositReceipt;
import org.choral.core.api.portal.Flux;
import org.choral.core.api.portal.PortalConnector;
import org.choral.core.api.portal.PortalException;
import org.choral.deposit.internal.i18n.Messages;
import org.choral.deposit.internal.proof.ProofStore;
import org.choral.deposit.internal.store.LedgerStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * One deposit run over generated flux files. Each flux: the skip rules, the pause, « sending » in
 * the ledger, the call, then « deposited », « failed » or « uncertain »; one row per invoice to the
 * listener. A portal out of reach (or refusing the credentials, or asking to slow down past the
 * retries) stops the run whatever « continue on error » says: every next call would fail the same.
 */
public final class DepositRunner {

    private final LedgerStore ledger;
    private final ProofStore proof;
    private final Sleeper sleeper;

    public DepositRunner(LedgerStore ledger, ProofStore proof, Sleeper sleeper) {
        this.ledger = ledger;
        this.proof = proof;
        this.sleeper = sleeper;
    }

    public DepositSummary run(PortalConnector portal, DepositRequest request, List<DepositRow> resolved,
            DepositListener listener, IProgressMonitor monitor) throws IOException {
        SubMonitor sub = SubMonitor.convert(monitor, Messages.Run_task, request.fluxes().size());
        Pacer pacer = new Pacer(request.pause(), sleeper);
        List<DepositRow> rows = new ArrayList<>();
        String stop = null;
        boolean cancelled = false;
        boolean portalStopped = false;
        for (Flux flux : request.fluxes()) {
            if (flux.invoiceNumbers().isEmpty()) {
                throw new IllegalArgumentException(NLS.bind(Messages.Run_noInvoiceNumbers, flux.fileName()));
            }
            Map<String, String> skipped = skipped(flux, request);
            if (!skipped.isEmpty()) {
                for (String n : flux.invoiceNumbers()) {
                    String why = skipped.getOrDefault(n, Messages.Run_lotHasSkipped);
                    emit(rows, listener, new DepositRow(n, flux.fileName(), DepositOutcome.SKIPPED, null, why));
                }
                sub.worked(1);
                continue;
            }
            if (!pacer.await(sub)) {
                cancelled = true;
                break;
            }
            ledger.markSending(flux.invoiceNumbers(), flux.fileName(), flux.syntax());
            try {
                DepositReceipt receipt = portal.deposit(flux);
                pacer.ended();
                ledger.markDeposited(flux.invoiceNumbers(), flux.fileName(), flux.syntax(), receipt.fluxNumber(),
                        ledger.now());
                String proofProblem = proof.keep(flux, receipt);
                String report = proofProblem == null ? receipt.fluxNumber()
                        : NLS.bind(Messages.Run_depositedProofMissing, receipt.fluxNumber(), proofProblem);
                for (String n : flux.invoiceNumbers()) {
                    emit(rows, listener, new DepositRow(n, flux.fileName(), DepositOutcome.DEPOSITED,
                            receipt.fluxNumber(), report));
                }
            } catch (PortalException.AnswerLost e) {
                pacer.ended();
                String message = NLS.bind(Messages.Run_answerLost, sentence(e.getMessage()));
                ledger.mark(flux.invoiceNumbers(), DepositStatus.UNCERTAIN, message);
                flux.invoiceNumbers().forEach(n -> emit(rows, listener,
                        new DepositRow(n, flux.fileName(), DepositOutcome.UNCERTAIN, null, message)));
                if (!request.continueOnError()) {
                    // not « the first error »: what to do is to run again, the look-up comes first
                    stop = NLS.bind(Messages.Run_stoppedAnswerLost, flux.invoiceNumbers().size() == 1
                            ? flux.invoiceNumbers().get(0) : flux.fileName());
                    break;
                }
            } catch (PortalException | IllegalArgumentException e) {
                pacer.ended();
                ledger.mark(flux.invoiceNumbers(), DepositStatus.FAILED, e.getMessage());
                flux.invoiceNumbers().forEach(n -> emit(rows, listener,
                        new DepositRow(n, flux.fileName(), DepositOutcome.FAILED, null, e.getMessage())));
                if (e instanceof PortalException p && stopsTheRun(p)) {
                    stop = NLS.bind(Messages.Run_portalDown, sentence(p.getMessage()));
                    portalStopped = true;
                    break;
                }
                if (!request.continueOnError()) {
                    stop = Messages.Run_stoppedAtError;
                    break;
                }
            }
            sub.worked(1);
        }
        return new DepositSummary(resolved, rows, stop, cancelled, portalStopped);
    }

    /** Portal-wide trouble: the next invoice would meet it too. */
    public static boolean stopsTheRun(PortalException e) {
        return switch (e.kind()) {
        case AUTHENTICATION, UNAVAILABLE, RATE_LIMITED, TIMEOUT, UNSUPPORTED -> true;
        default -> false;
        };
    }

    /** {@code text} ending with one full stop, so that the next sentence can follow it. */
    public static String sentence(String text) {
        String t = String.valueOf(text).strip();
        return t.isEmpty() || t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + '.'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** The invoices of {@code flux} that must not be sent now, with why. */
    private Map<String, String> skipped(Flux flux, DepositRequest request) throws IOException {
        Map<String, String> skipped = new LinkedHashMap<>();
        for (String n : flux.invoiceNumbers()) {
            Optional<LedgerInvoice> known = ledger.invoice(n);
            if (known.isEmpty()) {
                continue;
            }
            LedgerInvoice i = known.get();
            if (i.status() == DepositStatus.DEPOSITED && request.skipDeposited()) {
                skipped.put(n, NLS.bind(Messages.Run_alreadyDeposited, i.fluxNumber()));
            } else if ((i.status() == DepositStatus.UNCERTAIN || i.status() == DepositStatus.SENDING)
                    && !request.resendUncertain()) {
                skipped.put(n, Messages.Run_uncertainNotResent);
            }
        }
        return skipped;
    }

    private static void emit(List<DepositRow> rows, DepositListener listener, DepositRow row) {
        rows.add(row);
        listener.row(row);
    }
}
