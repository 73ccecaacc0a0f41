// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.choral.core.api.DataFolders;
import org.choral.core.api.flux.FrameworkPlacement;
import org.choral.core.api.flux.Supplier;
import org.choral.core.api.flux.SupplierProvider;
import org.choral.core.api.flux.Thresholds;
import org.choral.core.api.portal.PortalSettings;
import org.choral.core.api.portal.PortalSettingsProvider;
import org.choral.settings.api.ChorusSettings;
import org.choral.settings.api.CompanySettings;
import org.choral.settings.api.SettingsException;
import org.choral.settings.api.SettingsService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The saved « Chorus Pro », « Entreprise » and « Flux » settings for the connector, the command
 * line and the flux generation. Callers apply the {@code CHORAL_*} environment variables on top
 * ({@link PortalSettings#withEnvironmentOverrides}). Nothing saved yet: the connector's defaults
 * (the local emulator), as before any settings existed.
 */
@Component(service = { PortalSettingsProvider.class, SupplierProvider.class })
public final class StoredPortalSettings implements PortalSettingsProvider, SupplierProvider {

    @Reference
    private SettingsService service;
    private SavedSettings saved;

    /** The DS constructor. */
    public StoredPortalSettings() {
    }

    /** For tests: the saved settings given. */
    StoredPortalSettings(SavedSettings saved) {
        this.saved = saved;
    }

    private synchronized SavedSettings saved() {
        if (saved == null) {
            saved = new SavedSettings(service);
        }
        return saved;
    }

    @Override
    public PortalSettings current() {
        return current(DataFolders.defaultFolder());
    }

    /**
     * When secure storage cannot be read, the plain values still go out without secrets: the
     * portal then refuses the credentials with its own message, which names what to fill in.
     */
    @Override
    public PortalSettings current(Path dataFolder) {
        ChorusSettings chorus;
        try {
            chorus = saved().chorus(dataFolder);
        } catch (SettingsException e) {
            chorus = saved().chorusWithoutSecrets(dataFolder);
        }
        return chorus == null ? PortalSettings.defaults() : PortalSettingsMapping.toPortal(chorus);
    }

    @Override
    public Optional<Supplier> supplier(Path dataFolder) {
        CompanySettings company = saved().company(dataFolder);
        return company.siret().isEmpty() ? Optional.empty() : Optional.of(PortalSettingsMapping.toSupplier(company));
    }

    @Override
    public Thresholds thresholds(Path dataFolder) {
        return saved().generation(dataFolder).thresholds();
    }

    @Override
    public FrameworkPlacement frameworkPlacement(Path dataFolder) {
        return saved().generation(dataFolder).framework();
    }
}
