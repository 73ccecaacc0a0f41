// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.choral.core.api.directory.DirectoryImportException;
import org.choral.core.api.directory.DirectoryService;
import org.choral.core.api.portal.Capability;
import org.choral.core.api.portal.DirectoryDownload;
import org.choral.core.api.portal.PortalConnector;
import org.choral.core.api.portal.PortalException;
import org.choral.ui.directory.internal.DirectoryAccess;
import org.choral.ui.directory.internal.i18n.Messages;
import org.choral.ui.directory.internal.portal.PortalAccess;
import org.choral.ui.directory.internal.portal.PortalErrors;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * « Mettre à jour »: downloads the directory through the portal's API, then imports it like a file
 * the user chose (one transaction: a failure or a cancellation keeps the previous directory). It
 * belongs to {@link ImportJob#FAMILY} too, so no other import starts meanwhile. « Annuler » during
 * the download closes the connector, which aborts the transfer at once.
 */
public final class UpdateJob extends Job {

    private final PortalAccess portal;
    private final DirectoryAccess access;
    private final Consumer<ImportOutcome> done;
    private volatile PortalConnector connector;

    /** @param done receives the outcome on the job's thread */
    public UpdateJob(PortalAccess portal, DirectoryAccess access, Consumer<ImportOutcome> done) {
        super(Messages.Update_jobName);
        this.portal = portal;
        this.access = access;
        this.done = done;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == ImportJob.FAMILY;
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
        ImportOutcome outcome = update(monitor);
        done.accept(outcome);
        return outcome.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    private ImportOutcome update(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Update_jobName, 100);
        Path folder = null;
        try {
            DirectoryService directory = access.open();
            // beside the store, not in /tmp: the same disk, and the user's folder names it in errors
            Files.createDirectories(access.dataFolder());
            folder = Files.createTempDirectory(access.dataFolder(), "download-"); //$NON-NLS-1$
            DirectoryDownload download;
            try (PortalConnector c = portal.open(Capability.DIRECTORY_DOWNLOAD)) {
                connector = c;
                progress.subTask(Messages.Update_downloading);
                download = c.downloadDirectory(folder, progress.split(40));
            } finally {
                connector = null;
            }
            progress.subTask(NLS.bind(Messages.Update_importing, download.file().getFileName()));
            return ImportOutcome.done(directory.importFiles(List.of(download.file()), progress.split(60)));
        } catch (PortalAccess.Unavailable e) {
            return ImportOutcome.failed(e.getMessage());
        } catch (PortalException e) {
            return monitor.isCanceled() ? ImportOutcome.cancel()
                    : ImportOutcome.failed(NLS.bind(Messages.Update_failed, PortalErrors.describe(e)));
        } catch (IOException e) {
            return ImportOutcome.failed(NLS.bind(Messages.Import_unavailable, access.dataFolder(), e.getMessage()));
        } catch (DirectoryImportException e) {
            return ImportOutcome.failed(e.getMessage());
        } catch (OperationCanceledException e) {
            return ImportOutcome.cancel();
        } catch (RuntimeException e) {
            return monitor.isCanceled() ? ImportOutcome.cancel()
                    : ImportOutcome.failed(NLS.bind(Messages.Import_unavailable, access.dataFolder(), e.getMessage()));
        } finally {
            delete(folder);
        }
    }

    /** The download served its purpose once imported (the directory keeps its name in its status). */
    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover download in the data folder harms nothing
        }
    }
}
