// SPDX-License-Identifier: EPL-2.0
package org.choral.deposit.internal.followup;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.choral.core.api.deposit.ActionFlag;
import org.choral.core.api.deposit.FollowUpReport;
import org.choral.core.api.deposit.LedgerFlux;
import org.choral.core.api.deposit.LedgerInvoice;
import org.choral.core.api.portal.FluxReport;
import org.choral.core.api.portal.FluxState;
import org.choral.core.api.portal.InvoiceCriteria;
import org.choral.core.api.portal.InvoiceHistory;
import org.choral.core.api.portal.PortalConnector;
import org.choral.core.api.portal.PortalException;
import org.choral.core.api.portal.PortalInvoice;
import org.choral.deposit.internal.i18n.Messages;
import org.choral.deposit.internal.proof.ProofStore;
import org.choral.deposit.internal.run.DepositRunner;
import org.choral.deposit.internal.run.Sleeper;
import org.choral.deposit.internal.store.LedgerStore;
import org.choral.deposit.internal.store.LedgerStore.FollowedInvoice;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * The follow-up of one data folder. The wait before asking again grows with the age of the deposit
 * (at least one minute, at most one hour), which gives the back-off without keeping a counter.
 */
public final class FollowUp {

    static final Duration MIN_WAIT = Duration.ofMinutes(1);
    static final Duration MAX_WAIT = Duration.ofHours(1);
    static final Duration GIVE_UP = Duration.ofDays(90);
    /** Waits are cut so that a cancel is seen within a second. */
    private static final Duration SLICE = Duration.ofSeconds(1);
    /** Statuses after which nothing more is expected, or that wait for the user. */
    static final Set<String> FINAL = Set.of("MISE_EN_PAIEMENT", "REJETEE", "A_RECYCLER", "SUSPENDUE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final Map<String, ActionFlag> FLAGS = Map.of("REJETEE", ActionFlag.REJECTED, //$NON-NLS-1$
            "SUSPENDUE", ActionFlag.SUSPENDED, "A_RECYCLER", ActionFlag.TO_RECYCLE); //$NON-NLS-1$ //$NON-NLS-2$

    private final LedgerStore ledger;
    private final ProofStore proof;
    private final Clock clock;
    private final Sleeper sleeper;

    public FollowUp(LedgerStore ledger, ProofStore proof, Clock clock, Sleeper sleeper) {
        this.ledger = ledger;
        this.proof = proof;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    static Duration wait(Instant depositedAt, Instant now) {
        Duration age = depositedAt == null ? MIN_WAIT : Duration.between(depositedAt, now);
        return age.compareTo(MIN_WAIT) < 0 ? MIN_WAIT : age.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : age;
    }

    /** Asks about what is due now. */
    public FollowUpReport checkDue(PortalConnector portal, IProgressMonitor monitor) throws IOException {
        return check(portal, monitor, false);
    }

    /**
     * Asks about everything still followed, due or not (the user asked); each item asked gets its
     * next check from now, as in a due pass.
     */
    public FollowUpReport checkNow(PortalConnector portal, IProgressMonitor monitor) throws IOException {
        return check(portal, monitor, true);
    }

    private FollowUpReport check(PortalConnector portal, IProgressMonitor monitor, boolean everything)
            throws IOException {
        Instant now = clock.instant();
        Instant dueBy = everything ? null : now;
        List<LedgerFlux> fluxes = ledger.fluxesDue(dueBy);
        SubMonitor sub = SubMonitor.convert(monitor, Messages.FollowUp_task, 2);
        List<String> problems = new ArrayList<>();
        List<String> flagged = new ArrayList<>();
        int fluxesChecked = 0;
        int invoicesChecked = 0;
        SubMonitor fluxMonitor = sub.split(1).setWorkRemaining(fluxes.size());
        boolean portalDown = false;
        for (LedgerFlux flux : fluxes) {
            fluxMonitor.split(1);
            try {
                FluxReport report = portal.fluxReport(flux.number());
                fluxesChecked++;
                proof.keepReport(report);
                if (report.state().isTerminal()) {
                    // kept before the flux is marked final: a portal out of reach leaves it due, asked again
                    proof.keepReportPdf(portal, flux.number()).ifPresent(problems::add);
                }
                settle(flux, report, now, flagged);
            } catch (PortalException e) {
                problems.add(NLS.bind(Messages.FollowUp_fluxProblem, flux.number(), e.getMessage()));
                if (DepositRunner.stopsTheRun(e)) {
                    portalDown = true;
                    break;
                }
            }
        }
        // fluxes found final above have their invoices due now: they are asked in this same pass
        List<FollowedInvoice> invoices = portalDown ? List.of() : ledger.invoicesDue(dueBy);
        SubMonitor invoiceMonitor = sub.split(1).setWorkRemaining(invoices.size());
        Map<String, List<PortalInvoice>> byFlux = new HashMap<>();
        for (FollowedInvoice i : invoices) {
            invoiceMonitor.split(1);
            try {
                if (follow(portal, i, now, byFlux, flagged)) {
                    invoicesChecked++;
                }
            } catch (PortalException e) {
                problems.add(NLS.bind(Messages.FollowUp_invoiceProblem, i.number(), e.getMessage()));
                if (DepositRunner.stopsTheRun(e) || e.kind() == PortalException.Kind.UNSUPPORTED) {
                    break;
                }
            }
        }
        List<LedgerInvoice> flaggedInvoices = new ArrayList<>();
        for (String n : flagged) {
            ledger.invoice(n).ifPresent(flaggedInvoices::add);
        }
        boolean pending = ledger.pending();
        return new FollowUpReport(fluxesChecked, invoicesChecked, flaggedInvoices, pending,
                pending ? ledger.nextCheck() : null, problems);
    }

    private void settle(LedgerFlux flux, FluxReport report, Instant now, List<String> flagged) throws IOException {
        String state = report.portalState() == null ? report.state().name() : report.portalState();
        if (!report.state().isTerminal()) {
            ledger.updateFlux(flux.number(), state, false, now.plus(wait(flux.depositedAt(), now)), 0,
                    flux.invoiceNumbers());
            return;
        }
        ledger.updateFlux(flux.number(), state, true, null, 0, flux.invoiceNumbers());
        Map<String, String> rejected = new HashMap<>();
        for (FluxReport.InvoiceError e : report.invoiceErrors()) {
            rejected.merge(e.invoiceNumber(), e.message(), (a, b) -> a + " ; " + b); //$NON-NLS-1$
        }
        String technical = String.join(" ; ", report.technicalErrors().stream() //$NON-NLS-1$
                .map(t -> t.code() == null ? t.message() : t.code() + " " + t.message()).toList()); //$NON-NLS-1$
        for (String n : flux.invoiceNumbers()) {
            if (report.state() == FluxState.INCIDENT) {
                flag(n, ActionFlag.RESEND_FLUX, NLS.bind(Messages.FollowUp_incident, flux.number()), flagged);
            } else if (rejected.containsKey(n)) {
                flag(n, ActionFlag.REJECTED_IN_FLUX, rejected.get(n), flagged);
            } else if (report.state() == FluxState.REJECTED) {
                flag(n, ActionFlag.REJECTED_IN_FLUX, technical.isEmpty() ? state : technical, flagged);
            } else {
                ledger.updateInvoice(n, null, null, null, null, false, now, 0);
            }
        }
    }

    private void flag(String number, ActionFlag flag, String reason, List<String> flagged) throws IOException {
        ledger.updateInvoice(number, null, null, flag, reason, true, null, 0);
        flagged.add(number);
    }

    /** Asks for one invoice's status; {@code false} when the portal does not list it yet. */
    private boolean follow(PortalConnector portal, FollowedInvoice i, Instant now,
            Map<String, List<PortalInvoice>> byFlux, List<String> flagged) throws IOException, PortalException {
        if (i.depositedAt() != null && Duration.between(i.depositedAt(), now).compareTo(GIVE_UP) > 0) {
            ledger.updateInvoice(i.number(), null, null, null, null, true, null, 0);
            return false;
        }
        String id = i.portalId();
        String status = null;
        if (id == null) {
            List<PortalInvoice> listed = byFlux.get(i.fluxNumber());
            if (listed == null) {
                listed = portal.findInvoices(InvoiceCriteria.ofFlux(i.fluxNumber()), null);
                byFlux.put(i.fluxNumber(), listed);
            }
            PortalInvoice found = listed.stream().filter(p -> i.number().equals(p.number())).findFirst().orElse(null);
            if (found == null) {
                ledger.updateInvoice(i.number(), null, null, null, null, false,
                        now.plus(wait(i.depositedAt(), now)), 0);
                return false;
            }
            id = found.id();
            status = found.status();
        }
        InvoiceHistory history = portal.invoiceHistory(id);
        if (history.currentStatus() != null) {
            status = history.currentStatus();
        }
        String reason = history.changes().isEmpty() ? null : history.changes().get(history.changes().size() - 1).reason();
        ActionFlag flag = status == null ? null : FLAGS.get(status);
        boolean done = status != null && FINAL.contains(status);
        ledger.updateInvoice(i.number(), id, status, flag, flag == null ? null : reason, done,
                done ? null : now.plus(wait(i.depositedAt(), now)), 0);
        if (flag != null) {
            flagged.add(i.number());
        }
        return true;
    }

    public FollowUpReport followUntilFinal(PortalConnector portal, IProgressMonitor monitor) throws IOException {
        while (true) {
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            FollowUpReport report = checkDue(portal, null);
            // a portal out of reach ends the pass: the Job is scheduled again rather than spinning here
            if (!report.pending() || report.nextCheck() == null || !report.problems().isEmpty()) {
                return report;
            }
            Duration wait = Duration.between(clock.instant(), report.nextCheck());
            while (!wait.isNegative() && !wait.isZero()) {
                if (monitor != null && monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                Duration slice = wait.compareTo(SLICE) > 0 ? SLICE : wait;
                try {
                    sleeper.sleep(slice);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new OperationCanceledException();
                }
                wait = Duration.between(clock.instant(), report.nextCheck());
            }
        }
    }
}
