// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal.handlers;

import java.nio.file.Path;
import java.util.List;

import org.choral.core.api.directory.DirectoryServices;
import org.choral.ui.StatusLine;
import org.choral.ui.directory.DirectoryFileChooser;
import org.choral.ui.directory.DirectoryView;
import org.choral.ui.directory.internal.DirectoryAccess;
import org.choral.ui.directory.internal.DirectoryAddon;
import org.choral.ui.directory.internal.dialogs.ChangeSummaryDialog;
import org.choral.ui.directory.internal.dialogs.ImportErrorDialog;
import org.choral.ui.directory.internal.i18n.Messages;
import org.choral.ui.directory.internal.jobs.ImportJob;
import org.choral.ui.directory.internal.jobs.ImportOutcome;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/**
 * « Importer l'annuaire… »: asks for the files, imports them in a cancellable job, then shows what
 * changed (or why the files were refused) and lets the views refresh.
 */
public final class ImportHandler {

    @CanExecute
    public boolean canExecute() {
        return Job.getJobManager().find(ImportJob.FAMILY).length == 0;
    }

    @Execute
    public void execute(@Named("activeShell") Shell shell, MApplication application, EModelService models,
            IEventBroker broker, UISynchronize sync, @Optional @Service DirectoryServices services) {
        Object custom = application.getContext().get(DirectoryView.FILE_CHOOSER);
        DirectoryFileChooser chooser = custom instanceof DirectoryFileChooser c ? c : new DialogFileChooser();
        List<Path> files = chooser.choose(shell);
        if (files.isEmpty()) {
            return;
        }
        DirectoryAddon.open(application, models);
        DirectoryAccess access = new DirectoryAccess(services, DirectoryAccess.dataFolder(application.getContext()));
        new ImportJob(access, files, outcome -> sync.asyncExec(() -> present(shell, broker, outcome))).schedule();
    }

    /** Shows how an import (from files or from the portal) ended; on the UI thread. */
    public static void present(Shell shell, IEventBroker broker, ImportOutcome outcome) {
        if (outcome.cancelled()) {
            StatusLine.post(broker, Messages.Import_cancelled);
            return;
        }
        if (outcome.error() != null) {
            StatusLine.post(broker, Messages.Import_failedTitle);
            new ImportErrorDialog(live(shell), outcome.error()).open();
            return;
        }
        StatusLine.post(broker, NLS.bind(Messages.Import_done, Integer.valueOf(outcome.report().status().structures()),
                Integer.valueOf(outcome.report().status().services())));
        broker.post(DirectoryView.TOPIC_CHANGED, outcome.report());
        new ChangeSummaryDialog(live(shell), outcome.summary()).open();
    }

    /** The import may outlive the shell it started from (a dialog closed meanwhile). */
    private static Shell live(Shell shell) {
        return shell == null || shell.isDisposed() ? null : shell;
    }
}
