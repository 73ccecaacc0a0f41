// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.internal.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.choral.core.api.portal.PortalConnector;
import org.choral.core.api.portal.PortalConnectorFactory;
import org.choral.core.api.portal.PortalEnvironment;
import org.choral.core.api.portal.PortalSettings;
import org.choral.core.api.portal.PortalSettingsProvider;
import org.choral.ui.deposit.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The saved portal settings and the connector factories, read as the command line reads them:
 * saved settings (or the defaults), the outbox in the data folder when none is set, environment
 * overrides, demo credentials against the local emulator.
 *
 * @param provider the settings bundle's service, {@code null} when it is not installed
 * @param factories the connector factories registered now
 * @param dataFolder the data folder (default outbox)
 * @param environment the process environment (credential overrides)
 */
public record PortalAccess(PortalSettingsProvider provider, Supplier<List<PortalConnectorFactory>> factories,
        Path dataFolder, Map<String, String> environment) {

    public PortalSettings settings() {
        PortalSettings s = provider != null ? provider.current() : PortalSettings.defaults();
        if (s.outbox() == null) {
            s = s.withOutbox(dataFolder.resolve("outbox")); //$NON-NLS-1$
        }
        return s.withEnvironmentOverrides(environment).withDemoCredentialsIfLocal();
    }

    /** What the user must configure before a deposit, in their language; empty when a connector can be made. */
    public Optional<String> problem() {
        try (PortalConnector c = create()) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** A connector for the settings saved now; the caller closes it. */
    public PortalConnector connect() throws IOException {
        return create();
    }

    private PortalConnector create() throws IOException {
        PortalSettings s = settings();
        PortalConnectorFactory factory = factories.get().stream().filter(f -> f.id().equals(s.portal())).findFirst()
                .orElseThrow(() -> new IOException(NLS.bind(Messages.Deposit_noConnector, s.portal())));
        // Chorus Pro refuses every call without the four credentials: say so now rather than at the first invoice.
        if (PortalSettings.DEFAULT_PORTAL.equals(s.portal()) && s.environment() != PortalEnvironment.LOCAL
                && !s.hasCredentials()) {
            throw new IOException(Messages.Deposit_noCredentials);
        }
        try {
            return factory.create(s);
        } catch (IllegalArgumentException e) {
            throw new IOException(NLS.bind(Messages.Deposit_badSettings, e.getMessage()), e);
        }
    }
}
