// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.control.internal.handlers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Named;

import org.choral.core.api.control.ControlReport;
import org.choral.sources.report.AnomalyCsv;
import org.choral.sources.report.AnomalyPdfReport;
import org.choral.sources.report.ReportRow;
import org.choral.ui.StatusLine;
import org.choral.ui.control.internal.i18n.Messages;
import org.choral.ui.control.internal.parts.ControlPart;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * « Exporter les anomalies » as CSV or as a PDF report: the anomalies as the list shows them
 * (filtered and sorted), written in a job so that a long report never freezes the window.
 */
public abstract class ExportHandler {

    /** The family of export jobs, for tests to wait on. */
    public static final Object FAMILY = ExportHandler.class;

    @CanExecute
    public boolean canExecute(EPartService parts) {
        ControlPart part = ControlParts.find(parts);
        return part != null && part.report() != null;
    }

    @Execute
    public void execute(EPartService parts, IEventBroker broker, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        ControlPart part = ControlParts.find(parts);
        if (part == null || part.report() == null) {
            return;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + extension() }); //$NON-NLS-1$
        dialog.setFileName(Messages.Export_defaultName + '.' + extension());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            export(part.report(), part.anomalyTable().rows().shown(), Path.of(chosen), broker);
        }
    }

    /** Writes {@code rows} to {@code file} in a job; the outcome goes to the status line. */
    public Job export(ControlReport report, List<ReportRow> rows, Path file, IEventBroker broker) {
        Job job = new Job(NLS.bind(Messages.Export_job, file.getFileName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    write(report, rows, file, monitor);
                    StatusLine.post(broker, NLS.bind(Messages.Export_done, rows.size(), file));
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (IOException | RuntimeException e) {
                    String text = NLS.bind(Messages.Export_failed, file, e.getMessage());
                    StatusLine.post(broker, text);
                    return Status.error(text, e);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    protected abstract String extension();

    protected abstract void write(ControlReport report, List<ReportRow> rows, Path file, IProgressMonitor monitor)
            throws IOException;

    /** CSV for French Excel. */
    public static class Csv extends ExportHandler {

        @Override
        protected String extension() {
            return "csv"; //$NON-NLS-1$
        }

        @Override
        protected void write(ControlReport report, List<ReportRow> rows, Path file, IProgressMonitor monitor)
                throws IOException {
            AnomalyCsv.write(rows, file);
        }
    }

    /** The printable PDF report. */
    public static class Pdf extends ExportHandler {

        @Override
        protected String extension() {
            return "pdf"; //$NON-NLS-1$
        }

        @Override
        protected void write(ControlReport report, List<ReportRow> rows, Path file, IProgressMonitor monitor)
                throws IOException {
            AnomalyPdfReport.write(report, rows, file, monitor);
        }
    }
}
