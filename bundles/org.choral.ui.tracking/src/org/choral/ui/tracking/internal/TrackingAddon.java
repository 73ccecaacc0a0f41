// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.tracking.internal;

import java.nio.file.Path;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.choral.core.api.DataFolders;
import org.choral.core.api.deposit.DepositService;
import org.choral.core.api.deposit.FollowUpService;
import org.choral.core.api.portal.PortalConnectorFactory;
import org.choral.core.api.portal.PortalSettingsProvider;
import org.choral.ui.tracking.TrackingView;
import org.choral.ui.tracking.internal.i18n.Messages;
import org.choral.ui.tracking.internal.jobs.FollowUpJob;
import org.choral.ui.tracking.internal.jobs.Services;
import org.choral.ui.tracking.internal.model.TrackingSnapshot;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.event.EventHandler;

/**
 * Lives as long as the application: owns the follow-up job (so that it polls even when the view
 * was never shown), keeps the services it uses up to date as bundles come and go, puts the badge
 * on the part's label, and runs a pass at once when a deposit run says it deposited something.
 */
public final class TrackingAddon {

    /** Lets the workbench finish opening before the first pass reads the ledger. */
    private static final long FIRST_PASS_DELAY_MS = 1_000;

    @Inject
    private MApplication application;
    @Inject
    private EModelService models;
    @Inject
    private IEventBroker broker;
    @Inject
    private UISynchronize sync;

    private volatile DepositService deposits;
    private volatile FollowUpService followUp;
    private volatile PortalSettingsProvider settings;
    private volatile List<PortalConnectorFactory> factories = List.of();
    private volatile Path dataFolder;
    private FollowUpJob job;
    private final EventHandler deposited = e -> runNow();
    private final EventHandler shutdown = e -> stop();

    @Inject
    void deposits(@Optional @Service DepositService value) {
        deposits = value;
        runNow();
    }

    @Inject
    void followUp(@Optional @Service FollowUpService value) {
        followUp = value;
        runNow();
    }

    @Inject
    void settings(@Optional @Service PortalSettingsProvider value) {
        settings = value;
        runNow();
    }

    @Inject
    void factories(@Optional @Service List<PortalConnectorFactory> value) {
        factories = value == null ? List.of() : List.copyOf(value);
        runNow();
    }

    @Inject
    void dataFolder(@Optional @Named(TrackingView.DATA_FOLDER) Path value) {
        dataFolder = value;
        runNow();
    }

    @PostConstruct
    void start() {
        job = new FollowUpJob(this::services, this::folder);
        job.addListener(this::published);
        application.getContext().set(FollowUpJob.class, job);
        broker.subscribe(TrackingView.TOPIC_DEPOSITED, deposited);
        // no pass may start while the workbench closes (the ledger is closed with the services)
        broker.subscribe(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED, shutdown);
        job.schedule(FIRST_PASS_DELAY_MS);
    }

    @PreDestroy
    void stop() {
        broker.unsubscribe(deposited);
        broker.unsubscribe(shutdown);
        if (job != null) {
            job.stop();
        }
    }

    private void runNow() {
        if (job != null) {
            job.runNow();
        }
    }

    private Services services() {
        return new Services(deposits, followUp, settings, factories);
    }

    private Path folder() {
        Path p = dataFolder;
        return p != null ? p : DataFolders.defaultFolder();
    }

    /** On the job's thread: the badge and the event are handed to the UI thread. */
    private void published(TrackingSnapshot snapshot) {
        int toAct = snapshot.toAct();
        sync.asyncExec(() -> {
            MUIElement element = models.find(TrackingView.PART_ID, application);
            if (element instanceof MPart part) {
                part.setLabel(badge(toAct));
            }
        });
        broker.post(TrackingView.TOPIC_UPDATED, Integer.valueOf(toAct));
    }

    /** « Suivi des dépôts (3) » when three invoices need the user. */
    public static String badge(int toAct) {
        return toAct > 0 ? NLS.bind(Messages.Part_badge, Messages.Part_label, toAct) : Messages.Part_label;
    }
}
