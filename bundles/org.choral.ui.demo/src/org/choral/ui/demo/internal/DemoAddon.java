// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.demo.internal;

import java.nio.file.Path;
import java.text.NumberFormat;

import jakarta.inject.Inject;

import org.choral.core.api.DataFolders;
import org.choral.demo.api.DemoException;
import org.choral.demo.api.DemoReport;
import org.choral.demo.api.DemoService;
import org.choral.ui.StatusLine;
import org.choral.ui.Welcome;
import org.choral.ui.WelcomeNote;
import org.choral.ui.demo.internal.i18n.Messages;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.event.Event;

/**
 * Started with {@code -demo} (or {@code CHORAL_DEMO=1}): once the window is up, prepares the demo in
 * a job (nothing is written when it is already there), then opens « Contrôle des factures » and runs
 * it on the sample export through the view's own « Actualiser », which reads the last files the demo
 * wrote into its preferences; the status line says what to do next.
 */
public class DemoAddon {

    /** The control view and its « Actualiser » command, as {@code org.choral.ui.control} publishes them. */
    static final String CONTROL_PART = "org.choral.ui.control.part"; //$NON-NLS-1$
    static final String REFRESH = "org.choral.ui.control.command.refresh"; //$NON-NLS-1$
    /** The job family, for tests that wait on it. */
    public static final Object FAMILY = DemoAddon.class;
    /** The id of the demonstration's note on « Accueil ». */
    public static final String NOTE_ID = "org.choral.ui.demo"; //$NON-NLS-1$

    @Inject
    private IEventBroker broker;
    @Inject
    private UISynchronize sync;
    @Inject
    private MApplication application;
    @Inject
    @Optional
    @Service
    private DemoService demo;

    @Inject
    @Optional
    public void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
        if (demo == null || !DemoMode.requested(Platform.getApplicationArgs(), System.getenv())) {
            return;
        }
        Path data = DataFolders.defaultFolder();
        Job job = new Job(Messages.Demo_job) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Path folder = demo.demoDataFolder(data);
                if (!folder.equals(data.toAbsolutePath().normalize())) {
                    StatusLine.post(broker, NLS.bind(Messages.Demo_elsewhere, data, folder));
                    return Status.OK_STATUS;
                }
                try {
                    DemoReport report = demo.prepare(data, false, monitor);
                    sync.asyncExec(() -> openControl(report));
                } catch (DemoException e) {
                    StatusLine.post(broker, NLS.bind(Messages.Demo_failed, e.getMessage()));
                    return Status.error(e.getMessage(), e);
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(false);
        job.schedule();
    }

    /** The demonstration's guide on « Accueil », with the figures of the demo just prepared. */
    static WelcomeNote welcomeNote(DemoReport report) {
        String speed = NumberFormat.getIntegerInstance().format(Math.round(report.emulatorSpeed()));
        return new WelcomeNote(NOTE_ID, Messages.Demo_welcomeTitle,
                NLS.bind(Messages.Demo_welcomeText, new Object[] { report.structures(), report.invoices(), speed }));
    }

    private void openControl(DemoReport report) {
        if (application.getChildren().isEmpty()) {
            return;
        }
        MWindow window = application.getChildren().get(0);
        IEclipseContext context = window.getContext();
        if (context == null) {
            return;
        }
        context.get(EPartService.class).showPart(CONTROL_PART, PartState.ACTIVATE);
        ParameterizedCommand refresh = context.get(ECommandService.class).createCommand(REFRESH, null);
        context.get(EHandlerService.class).executeHandler(refresh);
        StatusLine.post(broker, Messages.Demo_next);
        Welcome.show(broker, welcomeNote(report));
    }
}
