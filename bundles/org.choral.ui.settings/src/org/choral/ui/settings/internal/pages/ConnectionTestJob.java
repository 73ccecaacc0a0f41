// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.settings.internal.pages;

import java.util.function.BiConsumer;

import org.choral.settings.api.ChorusSettings;
import org.choral.settings.api.ConnectionTester;
import org.choral.ui.settings.internal.i18n.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/** « Tester la connexion » off the UI thread: the connector may wait for the network. */
final class ConnectionTestJob extends Job {

    /** Job family, so that tests and the progress area can find the running test. */
    static final Object FAMILY = ConnectionTestJob.class;

    private final ConnectionTester tester;
    private final ChorusSettings settings;
    private final BiConsumer<String, Boolean> done;

    ConnectionTestJob(ConnectionTester tester, ChorusSettings settings, BiConsumer<String, Boolean> done) {
        super(Messages.Chorus_testJob);
        this.tester = tester;
        this.settings = settings;
        this.done = done;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, Messages.Chorus_testJob, 1);
        IStatus result;
        try {
            result = tester.test(settings, sub.split(1));
        } catch (OperationCanceledException e) {
            result = Status.CANCEL_STATUS;
        } catch (RuntimeException e) {
            // A connector bug must not leave the page saying « test en cours » forever.
            result = Status.error(NLS.bind(Messages.Chorus_testFailed, e.toString()), e);
        }
        if (result.getSeverity() == IStatus.CANCEL) {
            done.accept(Messages.Chorus_testCancelled, false);
        } else {
            done.accept(result.getMessage(), result.getSeverity() < IStatus.ERROR); // a warning (password expiring) is still a success
        }
        return Status.OK_STATUS; // the page shows the outcome; no error dialog on top of it
    }
}
