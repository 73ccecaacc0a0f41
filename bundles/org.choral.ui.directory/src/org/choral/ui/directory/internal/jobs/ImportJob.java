// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.choral.core.api.directory.DirectoryImportException;
import org.choral.core.api.directory.DirectoryService;
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
 * « Importer l'annuaire… » off the UI thread: a user job, so the status bar shows its progress and
 * « Annuler ». The import itself is one transaction: a refusal or a cancellation leaves the previous
 * directory in place, which the outcome says.
 */
public final class ImportJob extends Job {

    /** The family of directory imports, for tests and for « Importer » to stay disabled meanwhile. */
    public static final Object FAMILY = ImportJob.class;

    private final DirectoryAccess access;
    private final List<Path> files;
    private final Consumer<ImportOutcome> done;

    /**
     * @param done receives the outcome on the job's thread (the caller hands it to the UI)
     */
    public ImportJob(DirectoryAccess access, List<Path> files, Consumer<ImportOutcome> done) {
        super(Messages.Import_jobName);
        this.access = access;
        this.files = List.copyOf(files);
        this.done = done;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        ImportOutcome outcome = importFiles(monitor);
        done.accept(outcome);
        return outcome.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    private ImportOutcome importFiles(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Import_jobName, 100);
        progress.subTask(NLS.bind(Messages.Import_opening, access.dataFolder()));
        DirectoryService directory;
        try {
            directory = access.open();
        } catch (IOException e) {
            return ImportOutcome.failed(e.getMessage());
        }
        progress.worked(2);
        try {
            return ImportOutcome.done(directory.importFiles(files, progress.split(98)));
        } catch (DirectoryImportException e) {
            return ImportOutcome.failed(e.getMessage());
        } catch (OperationCanceledException e) {
            return ImportOutcome.cancel();
        } catch (RuntimeException e) {
            // a store failure the import did not word: still name the folder, keep the old directory
            return ImportOutcome.failed(NLS.bind(Messages.Import_unavailable, access.dataFolder(), e.getMessage()));
        }
    }
}
