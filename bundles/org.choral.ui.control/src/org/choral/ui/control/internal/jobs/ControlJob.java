// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.control.internal.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.choral.core.api.control.ControlReport;
import org.choral.core.api.control.ControlService;
import org.choral.core.api.directory.DirectoryService;
import org.choral.core.api.directory.DirectoryServices;
import org.choral.core.api.directory.DirectoryStatus;
import org.choral.core.api.invoice.InvoiceSource;
import org.choral.core.api.invoice.InvoiceSourceException;
import org.choral.core.api.invoice.SourceOptions;
import org.choral.core.api.invoice.SourceResult;
import org.choral.sources.api.InvoiceFiles;
import org.choral.ui.control.internal.i18n.Messages;
import org.choral.ui.control.internal.model.LoadRequest;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Reads the invoices and checks them against the directory, off the UI thread, with progress and
 * cancellation; hands the outcome (never an exception) to {@code done}, on the job's thread.
 */
public final class ControlJob extends Job {

    /** The family of control runs, for tests and for « Actualiser » to wait on. */
    public static final Object FAMILY = ControlJob.class;

    private final LoadRequest request;
    private final List<InvoiceSource> sources;
    private final ControlService control;
    private final DirectoryServices directories;
    private final Path dataFolder;
    private final Consumer<ControlOutcome> done;

    public ControlJob(LoadRequest request, List<InvoiceSource> sources, ControlService control,
            DirectoryServices directories, Path dataFolder, Consumer<ControlOutcome> done) {
        super(Messages.Job_name);
        this.request = request;
        this.sources = List.copyOf(sources);
        this.control = control;
        this.directories = directories;
        this.dataFolder = dataFolder;
        this.done = done;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Job_name, 100);
        try {
            done.accept(check(progress));
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            done.accept(ControlOutcome.failed(request, Messages.Job_cancelled));
            return Status.CANCEL_STATUS;
        }
    }

    private ControlOutcome check(SubMonitor progress) {
        if (control == null || sources.isEmpty()) {
            return ControlOutcome.failed(request, Messages.Job_noControl);
        }
        if (directories == null) {
            return ControlOutcome.failed(request, Messages.Job_noDirectoryModule);
        }
        DirectoryService directory;
        try {
            directory = directories.open(dataFolder);
        } catch (IOException e) {
            return ControlOutcome.failed(request, NLS.bind(Messages.Job_directoryUnavailable, dataFolder, e.getMessage()));
        }
        DirectoryStatus status = directory.status().orElse(null);
        if (status == null) {
            return ControlOutcome.failed(request, NLS.bind(Messages.Job_noDirectory, dataFolder));
        }
        SourceResult read;
        try {
            progress.subTask(NLS.bind(Messages.Job_reading, request.invoices().getFileName()));
            Map<String, String> mapping = request.mapping() == null ? Map.of()
                    : InvoiceFiles.readMapping(request.mapping());
            SourceOptions options = new SourceOptions(request.lines(), request.pdfFolder(), mapping);
            read = new InvoiceFiles(sources).read(request.invoices(), options, progress.split(40));
        } catch (InvoiceSourceException e) {
            return ControlOutcome.failed(request, e.getMessage());
        }
        progress.subTask(NLS.bind(Messages.Job_checking, read.invoices().size()));
        ControlReport report = control.check(read.invoices(), directory, progress.split(60));
        return new ControlOutcome(request, report, read.problems(), status, null);
    }
}
