// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.BooleanSupplier;

import org.choral.settings.api.ChorusSettings;
import org.choral.settings.api.CompanySettings;
import org.choral.settings.api.GenerationSettings;
import org.choral.settings.api.HttpProxy;
import org.choral.settings.api.SettingsException;
import org.choral.settings.api.SettingsService;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * The settings as saved, for the workbench and for the command line. The workbench reads its own
 * instance preferences; the command line runs with {@code -data @none} and reads the preference
 * file the workbench saved in the data folder ({@code DATA/workbench}). Secrets come from secure
 * storage either way (it is per user, not per instance area).
 */
final class SavedSettings {

    /** Where the workbench of data folder {@code DATA} keeps this bundle's preferences. */
    static final String WORKBENCH_FILE = "workbench/.metadata/.plugins/org.eclipse.core.runtime/.settings/" //$NON-NLS-1$
            + PreferencesSettingsService.QUALIFIER + ".prefs"; //$NON-NLS-1$

    private final SettingsService service;
    private final BooleanSupplier ownInstanceArea;

    SavedSettings(SettingsService service) {
        this(service, SavedSettings::hasInstanceArea);
    }

    /** For tests: whether the process has its own instance area is given. */
    SavedSettings(SettingsService service, BooleanSupplier ownInstanceArea) {
        this.service = service;
        this.ownInstanceArea = ownInstanceArea;
    }

    static boolean hasInstanceArea() {
        Location location = Platform.getInstanceLocation();
        return location != null && location.isSet() && !location.isReadOnly();
    }

    CompanySettings company(Path dataFolder) {
        if (ownInstanceArea.getAsBoolean()) {
            return service.company();
        }
        return PreferencesSettingsService.company(SettingsValues.of(workbenchFile(dataFolder)));
    }

    GenerationSettings generation(Path dataFolder) {
        if (ownInstanceArea.getAsBoolean()) {
            return service.generation();
        }
        return PreferencesSettingsService.generation(SettingsValues.of(workbenchFile(dataFolder)));
    }

    /** The Chorus Pro access, secrets included; {@code null} when nothing was ever saved. */
    ChorusSettings chorus(Path dataFolder) throws SettingsException {
        ChorusSettings plain = chorusWithoutSecrets(dataFolder);
        if (plain == null) {
            return null;
        }
        ChorusSettings secrets = service.chorus();
        return new ChorusSettings(plain.environment(), plain.apiUrl(), plain.tokenUrl(), plain.clientId(),
                secrets.clientSecret(), plain.login(), secrets.password(), plain.pauseMillis(),
                new HttpProxy(plain.proxy().host(), plain.proxy().port(), plain.proxy().user(),
                        secrets.proxy().password()));
    }

    /** The Chorus Pro access without its secrets; {@code null} when nothing was ever saved. */
    ChorusSettings chorusWithoutSecrets(Path dataFolder) {
        if (ownInstanceArea.getAsBoolean()) {
            return saved() ? service.chorusWithoutSecrets() : null;
        }
        Properties file = workbenchFile(dataFolder);
        if (!file.containsKey("chorus." + ChorusSettings.ENVIRONMENT)) { //$NON-NLS-1$
            return null;
        }
        return PreferencesSettingsService.chorusWithoutSecrets(SettingsValues.of(file));
    }

    /** Whether the Chorus Pro page was ever saved: its environment is always written. */
    private boolean saved() {
        return !(service instanceof PreferencesSettingsService p) || p.chorusSaved();
    }

    private static Properties workbenchFile(Path dataFolder) {
        Properties p = new Properties();
        Path file = dataFolder.resolve(WORKBENCH_FILE);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // An unreadable file reads as nothing saved: the command line then says what is missing.
                p.clear();
            }
        }
        return p;
    }
}
