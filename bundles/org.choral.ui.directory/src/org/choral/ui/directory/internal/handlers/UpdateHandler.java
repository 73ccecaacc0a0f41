// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal.handlers;

import org.choral.core.api.directory.DirectoryServices;
import org.choral.core.api.portal.Capability;
import org.choral.ui.directory.internal.DirectoryAccess;
import org.choral.ui.directory.internal.DirectoryAddon;
import org.choral.ui.directory.internal.jobs.ImportJob;
import org.choral.ui.directory.internal.jobs.UpdateJob;
import org.choral.ui.directory.internal.portal.PortalAccess;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/**
 * « Annuaire › Mettre à jour » and the view's button: the directory downloaded through the portal,
 * then imported with the usual change summary. Disabled while an import runs and when no portal
 * able to download it is set up.
 */
public final class UpdateHandler {

    @CanExecute
    public boolean canExecute(MApplication application) {
        return Job.getJobManager().find(ImportJob.FAMILY).length == 0
                && portal(application).availability(Capability.DIRECTORY_DOWNLOAD).available();
    }

    @Execute
    public void execute(@Named("activeShell") Shell shell, MApplication application, EModelService models,
            IEventBroker broker, UISynchronize sync, @Optional @Service DirectoryServices services) {
        DirectoryAddon.open(application, models);
        start(shell, new DirectoryAccess(services, DirectoryAccess.dataFolder(application.getContext())),
                portal(application), broker, sync);
    }

    /** Starts the update; the outcome is shown like an import's. */
    public static void start(Shell shell, DirectoryAccess access, PortalAccess portal, IEventBroker broker,
            UISynchronize sync) {
        new UpdateJob(portal, access, outcome -> sync.asyncExec(() -> ImportHandler.present(shell, broker, outcome)))
                .schedule();
    }

    private static PortalAccess portal(MApplication application) {
        return new PortalAccess(DirectoryAccess.dataFolder(application.getContext()));
    }
}
