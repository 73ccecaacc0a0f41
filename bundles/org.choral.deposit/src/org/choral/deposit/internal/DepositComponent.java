// SPDX-License-Identifier: EPL-2.0
package org.choral.deposit.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.choral.core.api.deposit.DepositLedger;
import org.choral.core.api.deposit.DepositListener;
import org.choral.core.api.deposit.DepositRequest;
import org.choral.core.api.deposit.DepositRow;
import org.choral.core.api.deposit.DepositService;
import org.choral.core.api.deposit.DepositSummary;
import org.choral.core.api.deposit.FollowUpReport;
import org.choral.core.api.deposit.FollowUpService;
import org.choral.core.api.portal.PortalConnector;
import org.choral.deposit.internal.followup.FollowUp;
import org.choral.deposit.internal.proof.ProofStore;
import org.choral.deposit.internal.run.DepositRunner;
import org.choral.deposit.internal.run.Sleeper;
import org.choral.deposit.internal.run.UncertainResolver;
import org.choral.deposit.internal.store.LedgerStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The deposit service and the follow-up of every data folder this process uses; one ledger store
 * per folder, opened on first use and closed with the component.
 */
@Component(service = { DepositService.class, FollowUpService.class, DepositComponent.class })
public final class DepositComponent implements DepositService, FollowUpService {

    private final Map<Path, LedgerStore> stores = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Sleeper sleeper;

    public DepositComponent() {
        this(Clock.systemUTC(), Sleeper.REAL);
    }

    /** With the clock and the waits given (tests of the follow-up on a virtual clock). */
    public DepositComponent(Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public LedgerStore store(Path dataFolder) {
        return stores.computeIfAbsent(dataFolder.toAbsolutePath().normalize(), f -> new LedgerStore(f, clock));
    }

    /** The ledgers opened so far (the ALREADY_DEPOSITED rule reads them). */
    public List<LedgerStore> openStores() {
        return List.copyOf(stores.values());
    }

    @Override
    public DepositLedger ledger(Path dataFolder) throws IOException {
        LedgerStore store = store(dataFolder);
        store.invoice(""); // opens it now, so that « in use » is said here and not mid-run //$NON-NLS-1$
        return store;
    }

    @Override
    public List<DepositRow> resolveUncertain(Path dataFolder, PortalConnector portal, IProgressMonitor monitor)
            throws IOException {
        return new UncertainResolver(store(dataFolder)).resolve(portal, DepositListener.NONE, monitor);
    }

    @Override
    public DepositSummary deposit(Path dataFolder, PortalConnector portal, DepositRequest request,
            DepositListener listener, IProgressMonitor monitor) throws IOException {
        SubMonitor sub = SubMonitor.convert(monitor, 10);
        LedgerStore store = store(dataFolder);
        List<DepositRow> resolved = new UncertainResolver(store).resolve(portal, listener, sub.split(1));
        return new DepositRunner(store, new ProofStore(dataFolder), sleeper).run(portal, request, resolved, listener,
                sub.split(9));
    }

    @Override
    public int exportProof(Path dataFolder, String invoiceNumber, LocalDate from, LocalDate to, Path zip)
            throws IOException {
        return new ProofStore(dataFolder).export(store(dataFolder), invoiceNumber, from, to, zip);
    }

    @Override
    public FollowUpReport checkDue(Path dataFolder, PortalConnector portal, IProgressMonitor monitor)
            throws IOException {
        return followUp(dataFolder).checkDue(portal, monitor);
    }

    @Override
    public FollowUpReport checkNow(Path dataFolder, PortalConnector portal, IProgressMonitor monitor)
            throws IOException {
        return followUp(dataFolder).checkNow(portal, monitor);
    }

    @Override
    public FollowUpReport followUntilFinal(Path dataFolder, PortalConnector portal, IProgressMonitor monitor)
            throws IOException {
        return followUp(dataFolder).followUntilFinal(portal, monitor);
    }

    private FollowUp followUp(Path dataFolder) {
        return new FollowUp(store(dataFolder), new ProofStore(dataFolder), clock, sleeper);
    }

    @Deactivate
    public void close() {
        stores.values().forEach(LedgerStore::close);
        stores.clear();
    }
}
