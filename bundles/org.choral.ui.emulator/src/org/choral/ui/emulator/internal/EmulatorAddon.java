// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.emulator.internal;

import java.io.IOException;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.choral.core.api.DataFolders;
import org.choral.core.api.directory.DirectoryServices;
import org.choral.emulator.Emulator;
import org.choral.settings.api.ChorusEnvironment;
import org.choral.settings.api.SettingsService;
import org.choral.ui.StatusIndicator;
import org.choral.ui.StatusLine;
import org.choral.ui.emulator.internal.i18n.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.event.EventHandler;

/**
 * While « Émulateur local » is the Chorus Pro environment (at startup, and whenever the settings
 * are saved), the emulator runs in this process, started in the background; it stops when another
 * environment is chosen and when the workbench exits. The status bar says whether it runs.
 */
public class EmulatorAddon {

    /** The status-bar indicator's id (widget {@code status.indicator.emulator}). */
    public static final String INDICATOR = "emulator"; //$NON-NLS-1$
    /** Job family of the start/stop jobs, for tests. */
    public static final Object FAMILY = EmulatorAddon.class;
    /** The settings bundle's preference node: saving the settings changes it. */
    private static final String SETTINGS_NODE = "org.choral.settings"; //$NON-NLS-1$
    /**
     * Posted by the directory view after an import ({@code DirectoryView.TOPIC_CHANGED}); written
     * out so that this bundle does not depend on the view.
     */
    static final String DIRECTORY_CHANGED = "org/choral/ui/directory/changed"; //$NON-NLS-1$

    private LocalEmulator emulator;
    private IEventBroker broker;
    private SettingsService settings;
    private IEclipsePreferences node;
    private final IPreferenceChangeListener listener = e -> follow();
    private final EventHandler shutdown = e -> stop();
    private final EventHandler directoryChanged = e -> reloadDirectory();

    @PostConstruct
    public void start(IEventBroker eventBroker, SettingsService settingsService,
            @Optional DirectoryServices directories) {
        this.broker = eventBroker;
        this.settings = settingsService;
        this.emulator = new LocalEmulator(DataFolders.defaultFolder(), LocalEmulator.configuredPort(), directories);
        node = InstanceScope.INSTANCE.getNode(SETTINGS_NODE);
        node.addPreferenceChangeListener(listener);
        // @PreDestroy alone is not enough: addons are not always disposed when the workbench closes.
        eventBroker.subscribe(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED, shutdown);
        eventBroker.subscribe(DIRECTORY_CHANGED, directoryChanged);
        follow();
    }

    /** Starts or stops the emulator in a job to match the saved environment. */
    private void follow() {
        boolean wanted = settings.chorusWithoutSecrets().environment() == ChorusEnvironment.EMULATOR;
        schedule(() -> apply(wanted));
    }

    /** A new directory was imported: the running emulator judges against it from now on. */
    private void reloadDirectory() {
        schedule(() -> {
            try {
                emulator.loadDirectory();
            } catch (IOException | RuntimeException e) {
                StatusLine.indicate(broker, new StatusIndicator(INDICATOR,
                        NLS.bind(Messages.Indicator_directoryFailed, emulator.port()),
                        NLS.bind(Messages.Indicator_directoryFailedTooltip, e.getMessage())));
            }
        });
    }

    private void schedule(Runnable work) {
        Job job = new Job(Messages.Job_name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                work.run();
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setSystem(true);
        job.setRule(new SingleRule(emulator)); // one start/stop at a time, in the order asked
        job.schedule();
    }

    private void apply(boolean wanted) {
        try {
            java.util.Optional<Emulator> running = emulator.ensure(wanted);
            StatusLine.indicate(broker, running
                    .map(e -> new StatusIndicator(INDICATOR, NLS.bind(Messages.Indicator_started, e.port()),
                            NLS.bind(Messages.Indicator_tooltip, e.baseUrl(), e.stateFolder())))
                    .orElse(StatusIndicator.removal(INDICATOR)));
        } catch (IOException | RuntimeException e) {
            StatusLine.indicate(broker, new StatusIndicator(INDICATOR,
                    NLS.bind(Messages.Indicator_failed, emulator.port()),
                    NLS.bind(Messages.Indicator_failedTooltip, emulator.port(), e.getMessage())));
        }
    }

    /** The emulator running in this workbench, if any (tests: the end-to-end test moves its virtual clock). */
    public java.util.Optional<Emulator> running() {
        return emulator == null ? java.util.Optional.empty() : emulator.running();
    }

    @PreDestroy
    public void stop() {
        if (node != null) {
            node.removePreferenceChangeListener(listener);
        }
        broker.unsubscribe(shutdown);
        broker.unsubscribe(directoryChanged);
        Job.getJobManager().cancel(FAMILY);
        emulator.stop();
        StatusLine.indicate(broker, StatusIndicator.removal(INDICATOR));
    }

    /** Serialises the start/stop jobs of one emulator. */
    private record SingleRule(LocalEmulator owner) implements org.eclipse.core.runtime.jobs.ISchedulingRule {
        @Override
        public boolean contains(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
            return rule instanceof SingleRule other && other.owner == owner;
        }
    }
}
