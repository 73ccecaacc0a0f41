// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal.portal;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;

import org.choral.core.api.directory.Structure;
import org.choral.core.api.portal.Capability;
import org.choral.core.api.portal.PortalConnector;
import org.choral.core.api.portal.PortalException;
import org.choral.ui.directory.internal.DirectoryAccess;
import org.choral.ui.directory.internal.i18n.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * « Vérifier en ligne »: asks the portal for one SIRET and compares with the local directory. A user
 * job: « Annuler » closes the connector, which aborts the call under way at once.
 */
public final class OnlineCheckJob extends Job {

    /** The family of online checks, for tests and to run one at a time. */
    public static final Object FAMILY = OnlineCheckJob.class;

    /** How the check ended: a comparison, or the message of what failed, or cancelled. */
    public record Outcome(OnlineComparison comparison, String error, boolean cancelled) {
    }

    private final PortalAccess portal;
    private final DirectoryAccess directory;
    private final String siret;
    private final Consumer<Outcome> done;
    private volatile PortalConnector connector;

    /** @param done receives the outcome on the job's thread */
    public OnlineCheckJob(PortalAccess portal, DirectoryAccess directory, String siret, Consumer<Outcome> done) {
        super(NLS.bind(Messages.Online_jobName, siret));
        this.portal = portal;
        this.directory = directory;
        this.siret = siret;
        this.done = done;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected void canceling() {
        PortalConnector c = connector;
        if (c != null) {
            c.close();
        }
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Outcome outcome = check(monitor);
        done.accept(outcome);
        return outcome.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    private Outcome check(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
        try (PortalConnector c = portal.open(Capability.STRUCTURE_LOOKUP)) {
            connector = c;
            Optional<Structure> online = c.lookupStructure(siret, progress.split(8));
            Optional<Structure> local = directory.open().lookup(siret);
            progress.split(2);
            return new Outcome(OnlineComparison.of(siret, local, online), null, false);
        } catch (PortalAccess.Unavailable | IOException e) {
            return new Outcome(null, e.getMessage(), false);
        } catch (PortalException e) {
            return monitor.isCanceled() ? new Outcome(null, null, true)
                    : new Outcome(null, PortalErrors.describe(e), false);
        } catch (OperationCanceledException e) {
            return new Outcome(null, null, true);
        } catch (RuntimeException e) {
            // a closed connector may fail in its own words when cancelled: cancellation wins
            return monitor.isCanceled() ? new Outcome(null, null, true)
                    : new Outcome(null, NLS.bind(Messages.Online_unexpected, String.valueOf(e.getMessage())), false);
        } finally {
            connector = null;
        }
    }
}
