// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.choral.core.api.flux.FrameworkPlacement;
import org.choral.settings.api.ChorusEnvironment;
import org.choral.settings.api.ChorusSettings;
import org.choral.settings.api.ChorusValidator;
import org.choral.settings.api.CompanySettings;
import org.choral.settings.api.CompanyValidator;
import org.choral.settings.api.FieldProblem;
import org.choral.settings.api.GenerationSettings;
import org.choral.settings.api.GenerationValidator;
import org.choral.settings.api.HttpProxy;
import org.choral.settings.api.SettingsException;
import org.choral.settings.api.SettingsService;
import org.choral.settings.internal.i18n.Messages;
import org.choral.settings.internal.storage.KeyFile;
import org.choral.settings.internal.storage.SecretStore;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.prefs.BackingStoreException;

/**
 * {@link SettingsService} on the instance-scope preferences of {@code org.choral.settings} (plain
 * values) and {@link SecretStore} (secrets). Preference keys are the field names prefixed with
 * {@code company.}, {@code chorus.} or {@code flux.}; no secret key ever exists in the preferences.
 */
@Component(service = SettingsService.class)
public class PreferencesSettingsService implements SettingsService {

    /** The preference node (and bundle) name. */
    public static final String QUALIFIER = "org.choral.settings"; //$NON-NLS-1$

    private static final String COMPANY = "company."; //$NON-NLS-1$
    private static final String CHORUS = "chorus."; //$NON-NLS-1$
    private static final String FLUX = "flux."; //$NON-NLS-1$

    private final IEclipsePreferences explicitPreferences;
    private SecretStore secrets;

    /** The DS constructor: instance scope and the default secure storage, opened on first use. */
    public PreferencesSettingsService() {
        this(null, null);
    }

    /** For tests: given preferences and secure storage. */
    public PreferencesSettingsService(IEclipsePreferences preferences, SecretStore secrets) {
        this.explicitPreferences = preferences;
        this.secrets = secrets;
    }

    private IEclipsePreferences preferences() {
        return explicitPreferences != null ? explicitPreferences : InstanceScope.INSTANCE.getNode(QUALIFIER);
    }

    private synchronized SecretStore secrets() throws IOException {
        if (secrets == null) {
            secrets = SecretStore.openDefault();
        }
        return secrets;
    }

    @Override
    public CompanySettings company() {
        return company(SettingsValues.of(preferences()));
    }

    /** The company as saved in {@code p} (the instance preferences, or a workbench's file read by the command line). */
    static CompanySettings company(SettingsValues p) {
        return new CompanySettings(p.get(COMPANY + CompanySettings.SIRET, ""), p.get(COMPANY + CompanySettings.NAME, ""), //$NON-NLS-1$ //$NON-NLS-2$
                p.get(COMPANY + CompanySettings.VAT, ""), p.get(COMPANY + CompanySettings.STREET, ""), //$NON-NLS-1$ //$NON-NLS-2$
                p.get(COMPANY + CompanySettings.POSTAL_CODE, ""), p.get(COMPANY + CompanySettings.TOWN, ""), //$NON-NLS-1$ //$NON-NLS-2$
                p.get(COMPANY + CompanySettings.COUNTRY, "FR"), p.get(COMPANY + CompanySettings.IBAN, ""), //$NON-NLS-1$ //$NON-NLS-2$
                p.get(COMPANY + CompanySettings.BIC, "")); //$NON-NLS-1$
    }

    @Override
    public void save(CompanySettings c) throws SettingsException {
        refuseIfInvalid(CompanyValidator.validate(c));
        IEclipsePreferences p = preferences();
        p.put(COMPANY + CompanySettings.SIRET, c.siret());
        p.put(COMPANY + CompanySettings.NAME, c.name());
        p.put(COMPANY + CompanySettings.VAT, c.vatNumber());
        p.put(COMPANY + CompanySettings.STREET, c.street());
        p.put(COMPANY + CompanySettings.POSTAL_CODE, c.postalCode());
        p.put(COMPANY + CompanySettings.TOWN, c.town());
        p.put(COMPANY + CompanySettings.COUNTRY, c.country());
        p.put(COMPANY + CompanySettings.IBAN, c.iban());
        p.put(COMPANY + CompanySettings.BIC, c.bic());
        flush(p);
    }

    @Override
    public GenerationSettings generation() {
        return generation(SettingsValues.of(preferences()));
    }

    /** The « Flux » settings saved in {@code p}; an unknown placement reads as BT-23, as before any was saved. */
    static GenerationSettings generation(SettingsValues p) {
        GenerationSettings d = GenerationSettings.defaults();
        FrameworkPlacement placement;
        try {
            placement = FrameworkPlacement.valueOf(p.get(FLUX + GenerationSettings.FRAMEWORK, d.framework().name()));
        } catch (IllegalArgumentException e) {
            placement = d.framework();
        }
        return new GenerationSettings(p.getInt(FLUX + GenerationSettings.MAX_MEGABYTES, d.maxMegabytes()),
                p.getInt(FLUX + GenerationSettings.MAX_INVOICES, d.maxInvoices()), placement);
    }

    @Override
    public void save(GenerationSettings g) throws SettingsException {
        refuseIfInvalid(GenerationValidator.validate(g));
        IEclipsePreferences p = preferences();
        p.putInt(FLUX + GenerationSettings.MAX_MEGABYTES, g.maxMegabytes());
        p.putInt(FLUX + GenerationSettings.MAX_INVOICES, g.maxInvoices());
        p.put(FLUX + GenerationSettings.FRAMEWORK, g.framework().name());
        flush(p);
    }

    @Override
    public ChorusSettings chorus() throws SettingsException {
        return withSecrets(chorusWithoutSecrets());
    }

    /** {@code plain} with the secrets read back from secure storage. */
    ChorusSettings withSecrets(ChorusSettings plain) throws SettingsException {
        try {
            SecretStore s = secrets();
            return new ChorusSettings(plain.environment(), plain.apiUrl(), plain.tokenUrl(), plain.clientId(),
                    s.get(ChorusSettings.CLIENT_SECRET), plain.login(), s.get(ChorusSettings.PASSWORD),
                    plain.pauseMillis(), new HttpProxy(plain.proxy().host(), plain.proxy().port(), plain.proxy().user(),
                            s.get(ChorusSettings.PROXY_PASSWORD)));
        } catch (StorageException | IOException e) {
            throw new SettingsException(NLS.bind(Messages.Settings_secureStorageRead, e.getMessage()), e);
        }
    }

    /** Whether the Chorus Pro settings were saved at least once (the environment is always written). */
    boolean chorusSaved() {
        return preferences().get(CHORUS + ChorusSettings.ENVIRONMENT, null) != null;
    }

    @Override
    public ChorusSettings chorusWithoutSecrets() {
        return chorusWithoutSecrets(SettingsValues.of(preferences()));
    }

    /** The Chorus Pro access saved in {@code p}, secrets empty. */
    static ChorusSettings chorusWithoutSecrets(SettingsValues p) {
        HttpProxy proxy = new HttpProxy(p.get(CHORUS + ChorusSettings.PROXY_HOST, ""), //$NON-NLS-1$
                p.getInt(CHORUS + ChorusSettings.PROXY_PORT, 0), p.get(CHORUS + ChorusSettings.PROXY_USER, ""), ""); //$NON-NLS-1$ //$NON-NLS-2$
        return new ChorusSettings(ChorusEnvironment.parse(p.get(CHORUS + ChorusSettings.ENVIRONMENT, "")), //$NON-NLS-1$
                p.get(CHORUS + ChorusSettings.API_URL, ""), p.get(CHORUS + ChorusSettings.TOKEN_URL, ""), //$NON-NLS-1$ //$NON-NLS-2$
                p.get(CHORUS + ChorusSettings.CLIENT_ID, ""), "", p.get(CHORUS + ChorusSettings.LOGIN, ""), "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                p.getInt(CHORUS + ChorusSettings.PAUSE, ChorusSettings.DEFAULT_PAUSE_MILLIS), proxy);
    }

    @Override
    public void save(ChorusSettings s) throws SettingsException {
        refuseIfInvalid(ChorusValidator.validate(s));
        Map<String, String> secret = new LinkedHashMap<>();
        secret.put(ChorusSettings.CLIENT_SECRET, s.clientSecret());
        secret.put(ChorusSettings.PASSWORD, s.password());
        secret.put(ChorusSettings.PROXY_PASSWORD, s.proxy().password());
        try {
            // Secrets first: if secure storage fails, the plain values are not half-changed either.
            secrets().putAll(secret);
        } catch (StorageException | IOException e) {
            throw new SettingsException(NLS.bind(Messages.Settings_secureStorageWrite, e.getMessage(),
                    KeyFile.location()), e);
        }
        IEclipsePreferences p = preferences();
        p.put(CHORUS + ChorusSettings.ENVIRONMENT, s.environment().name());
        p.put(CHORUS + ChorusSettings.API_URL, s.apiUrl());
        p.put(CHORUS + ChorusSettings.TOKEN_URL, s.tokenUrl());
        p.put(CHORUS + ChorusSettings.CLIENT_ID, s.clientId());
        p.put(CHORUS + ChorusSettings.LOGIN, s.login());
        p.putInt(CHORUS + ChorusSettings.PAUSE, s.pauseMillis());
        p.put(CHORUS + ChorusSettings.PROXY_HOST, s.proxy().host());
        p.putInt(CHORUS + ChorusSettings.PROXY_PORT, s.proxy().port());
        p.put(CHORUS + ChorusSettings.PROXY_USER, s.proxy().user());
        flush(p);
    }

    private static void refuseIfInvalid(List<FieldProblem> problems) throws SettingsException {
        if (!problems.isEmpty()) {
            String all = problems.stream().map(FieldProblem::message).collect(Collectors.joining(" ")); //$NON-NLS-1$
            throw new SettingsException(NLS.bind(Messages.Settings_invalid, all), problems);
        }
    }

    private static void flush(IEclipsePreferences p) throws SettingsException {
        try {
            p.flush();
        } catch (BackingStoreException e) {
            throw new SettingsException(NLS.bind(Messages.Settings_preferencesWrite, p.absolutePath(), e.getMessage()), e);
        }
    }
}
