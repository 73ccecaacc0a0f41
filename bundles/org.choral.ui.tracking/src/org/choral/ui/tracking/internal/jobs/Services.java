// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.tracking.internal.jobs;

import java.util.List;

import org.choral.core.api.deposit.DepositService;
import org.choral.core.api.deposit.FollowUpService;
import org.choral.core.api.portal.PortalConnector;
import org.choral.core.api.portal.PortalConnectorFactory;
import org.choral.core.api.portal.PortalSettings;
import org.choral.core.api.portal.PortalSettingsProvider;
import org.choral.ui.tracking.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The OSGi services the view and its jobs use, as injected at one moment; any may be missing
 * ({@code null}) when its bundle is not installed.
 *
 * @param deposits the ledger's owner
 * @param followUp the follow-up
 * @param settings the saved portal settings; without it nothing is polled
 * @param factories the portal connectors installed
 */
public record Services(DepositService deposits, FollowUpService followUp, PortalSettingsProvider settings,
        List<PortalConnectorFactory> factories) {

    public Services {
        factories = factories == null ? List.of() : List.copyOf(factories);
    }

    /** Whether the portal can be asked at all. */
    public boolean portalConfigured() {
        return settings != null;
    }

    /**
     * A connector made from the saved settings (credentials from the environment override them, as
     * for scheduled runs; the local emulator gets the demo credentials when none are given, as the
     * deposit wizard does); the caller closes it.
     *
     * @throws IllegalStateException with a message for the user when no portal is configured or its
     *             connector is not installed or refuses the settings
     */
    public PortalConnector connect() {
        if (settings == null) {
            throw new IllegalStateException(Messages.Portal_notConfigured);
        }
        PortalSettings s = settings.current().withEnvironmentOverrides(System.getenv()).withDemoCredentialsIfLocal();
        PortalConnectorFactory factory = factories.stream().filter(f -> f.id().equals(s.portal())).findFirst()
                .orElseThrow(() -> new IllegalStateException(NLS.bind(Messages.Portal_noConnector, s.portal())));
        try {
            return factory.create(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(NLS.bind(Messages.Portal_badSettings, factory.displayName(), e.getMessage()),
                    e);
        }
    }
}
