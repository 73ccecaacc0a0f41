// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.tracking.internal.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.choral.core.api.deposit.DepositLedger;
import org.choral.core.api.deposit.FollowUpReport;
import org.choral.core.api.deposit.LedgerFlux;
import org.choral.core.api.portal.PortalConnector;
import org.choral.ui.tracking.internal.i18n.Messages;
import org.choral.ui.tracking.internal.model.Dates;
import org.choral.ui.tracking.internal.model.LedgerReader;
import org.choral.ui.tracking.internal.model.TrackingRow;
import org.choral.ui.tracking.internal.model.TrackingSnapshot;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * The follow-up while the workbench runs: one pass of {@code FollowUpService.checkDue} with the
 * configured portal, then the ledger read into a {@link TrackingSnapshot} for the view and the
 * badge, then itself again when the follow-up says the next check is due (at least one minute, at
 * most one hour; a portal out of reach is asked again after one minute, then twice as long each
 * time up to one hour). A pass the user asks for (« Actualiser », {@link #refresh()}) uses
 * {@code FollowUpService.checkNow} instead: everything still followed is asked at once, due or not.
 * Without portal settings it only reads the ledger. Shown in the progress area and cancellable
 * there; a pass cancelled by the user comes back after an hour, or at once on « Actualiser ».
 */
public final class FollowUpJob extends Job {

    /** The family of follow-up passes, for tests to wait on. */
    public static final Object FAMILY = FollowUpJob.class;
    static final Duration MIN_WAIT = Duration.ofMinutes(1);
    static final Duration MAX_WAIT = Duration.ofHours(1);

    private final Supplier<Services> services;
    private final Supplier<Path> dataFolder;
    private final List<Consumer<TrackingSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private volatile TrackingSnapshot snapshot;
    private volatile boolean stopped;
    private volatile boolean again;
    /** The next pass asks everything now: the user asked (kept until a pass takes it). */
    private volatile boolean askNow;
    private Duration problemWait = MIN_WAIT;

    public FollowUpJob(Supplier<Services> services, Supplier<Path> dataFolder) {
        super(Messages.Job_name);
        this.services = services;
        this.dataFolder = dataFolder;
        setUser(false);
        setSystem(false);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** The last snapshot, or {@code null} before the first pass. */
    public TrackingSnapshot snapshot() {
        return snapshot;
    }

    /** Called on the job's thread after every pass. */
    public void addListener(Consumer<TrackingSnapshot> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<TrackingSnapshot> listener) {
        listeners.remove(listener);
    }

    /**
     * « Actualiser »: a pass now, or right after the one running, that asks the portal about
     * everything still followed without waiting for the back-off.
     */
    public void refresh() {
        askNow = true;
        runNow();
    }

    /** A pass now, or right after the one running, asking the portal only what is due (the ledger is read again). */
    public void runNow() {
        if (stopped) {
            return;
        }
        switch (getState()) {
            case Job.RUNNING -> again = true;
            case Job.SLEEPING -> wakeUp(0);
            case Job.WAITING -> {
                // about to run
            }
            default -> schedule(0);
        }
    }

    /** The workbench closes: no more passes. */
    public void stop() {
        stopped = true;
        cancel();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        again = false;
        boolean everything = askNow;
        askNow = false;
        Duration next = MAX_WAIT;
        IStatus status = Status.OK_STATUS;
        try {
            next = pass(SubMonitor.convert(monitor, Messages.Job_name, 10), everything);
        } catch (OperationCanceledException e) {
            status = Status.CANCEL_STATUS;
        } finally {
            if (!stopped) {
                schedule(again ? 0 : next.toMillis());
            }
        }
        return status;
    }

    private Duration pass(SubMonitor monitor, boolean everything) {
        Services s = services.get();
        Path folder = dataFolder.get();
        if (s.deposits() == null) {
            publish(List.of(), Map.of(), Messages.Portal_noDepositModule, false, null);
            return MAX_WAIT;
        }
        String portal;
        Duration next = MAX_WAIT;
        Instant nextCheck = null;
        boolean configured = s.portalConfigured() && s.followUp() != null;
        if (!configured) {
            portal = Messages.Portal_notConfigured;
            monitor.split(7);
        } else {
            monitor.subTask(Messages.Job_asking);
            try (PortalConnector connector = s.connect()) {
                FollowUpReport report = everything ? s.followUp().checkNow(folder, connector, monitor.split(7))
                        : s.followUp().checkDue(folder, connector, monitor.split(7));
                nextCheck = report.nextCheck();
                if (report.problems().isEmpty()) {
                    problemWait = MIN_WAIT;
                    portal = nextCheck == null ? NLS.bind(Messages.Portal_checkedNothingPending, Dates.format(Instant.now()))
                            : NLS.bind(Messages.Portal_checked, Dates.format(Instant.now()), Dates.format(nextCheck));
                    next = report.pending() ? clamp(nextCheck) : MAX_WAIT;
                } else {
                    portal = NLS.bind(Messages.Portal_problems, report.problems().size(), report.problems().get(0));
                    next = backOff();
                }
            } catch (IllegalStateException e) {
                portal = e.getMessage();
                next = backOff();
            } catch (IOException e) {
                portal = NLS.bind(Messages.Portal_ledgerFailed, folder, e.getMessage());
                next = backOff();
            }
        }
        monitor.subTask(Messages.Job_reading);
        try {
            DepositLedger ledger = s.deposits().ledger(folder);
            Map<String, LedgerFlux> fluxes = LedgerReader.fluxes(ledger);
            publish(LedgerReader.rows(ledger, fluxes, monitor.split(3)), fluxes, portal, configured, nextCheck);
        } catch (IOException e) {
            TrackingSnapshot before = snapshot;
            publish(before == null ? List.of() : before.rows(), before == null ? Map.of() : before.fluxes(),
                    NLS.bind(Messages.Portal_ledgerFailed, folder, e.getMessage()), configured, nextCheck);
        }
        return next;
    }

    private Duration backOff() {
        Duration wait = problemWait;
        problemWait = problemWait.multipliedBy(2).compareTo(MAX_WAIT) > 0 ? MAX_WAIT : problemWait.multipliedBy(2);
        return wait;
    }

    /** The follow-up's next check as a delay from now, within one minute and one hour. */
    static Duration clamp(Instant nextCheck) {
        if (nextCheck == null) {
            return MAX_WAIT;
        }
        Duration d = Duration.between(Instant.now(), nextCheck);
        return d.compareTo(MIN_WAIT) < 0 ? MIN_WAIT : d.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : d;
    }

    private void publish(List<TrackingRow> rows, Map<String, LedgerFlux> fluxes, String portal, boolean configured,
            Instant nextCheck) {
        TrackingSnapshot s = new TrackingSnapshot(rows, fluxes, portal, configured, Instant.now(), nextCheck);
        snapshot = s;
        for (Consumer<TrackingSnapshot> l : listeners) {
            l.accept(s);
        }
    }
}
