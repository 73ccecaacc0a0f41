// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import org.choral.core.api.flux.Supplier;
import org.choral.core.api.flux.SupplierProvider;
import org.choral.core.api.portal.PortalEnvironment;
import org.choral.core.api.portal.PortalSettings;
import org.choral.core.api.portal.PortalSettingsProvider;
import org.choral.settings.api.ChorusEnvironment;
import org.choral.settings.api.ChorusSettings;
import org.choral.settings.api.CompanySettings;
import org.choral.settings.api.ConnectionTester;
import org.choral.settings.api.HttpProxy;
import org.choral.settings.api.SettingsService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The saved settings as the connector, the command line and the flux generation see them. */
class StoredPortalSettingsTest {

    private static final String SECRET = "Stored-Pi5te-Secret-1";
    private static final String PASSWORD = "Stored-Mot2Passe-2";

    @Test
    void theProvidersAndTheTesterAreRegisteredByDeclarativeServices() throws Exception {
        assertNotNull(service(PortalSettingsProvider.class));
        assertNotNull(service(SupplierProvider.class));
        assertNotNull(service(ConnectionTester.class));
    }

    @Test
    void theWorkbenchGetsWhatItSavedSecretsIncludedAndEnvironmentVariablesStillOverride() throws Exception {
        SettingsService settings = service(SettingsService.class);
        settings.save(new ChorusSettings(ChorusEnvironment.CUSTOM, "https://chorus.example.fr/base",
                "https://chorus.example.fr/oauth/token", "client-1", SECRET, "TECH@cpro.fr", PASSWORD, 1500,
                new HttpProxy("proxy.example.fr", 3128, "alice", "pw")));
        PortalSettings s = service(PortalSettingsProvider.class).current();
        assertEquals(PortalEnvironment.CUSTOM, s.environment());
        assertEquals(URI.create("https://chorus.example.fr/base"), s.apiUrl());
        assertEquals(URI.create("https://chorus.example.fr/oauth/token"), s.tokenUrl());
        assertEquals("client-1", s.clientId());
        assertEquals(SECRET, s.clientSecret());
        assertEquals("TECH@cpro.fr", s.login());
        assertEquals(PASSWORD, s.password());
        assertEquals(Duration.ofMillis(1500), s.pause());
        assertEquals("proxy.example.fr", s.proxy().host());
        assertEquals(3128, s.proxy().port());
        assertEquals("pw", s.proxy().password());
        assertEquals("chorus", s.portal());

        PortalSettings overridden = s.withEnvironmentOverrides(Map.of(PortalSettings.ENV_CLIENT_SECRET, "from-env"));
        assertEquals("from-env", overridden.clientSecret());
        assertEquals(PASSWORD, overridden.password());
    }

    @Test
    void qualificationAndProductionUseTheConnectorsOwnAddresses() {
        PortalSettings q = PortalSettingsMapping.toPortal(ChorusSettings.defaults());
        assertEquals(PortalEnvironment.QUALIFICATION, q.environment());
        assertNull(q.apiUrl());
        assertNull(q.clientId(), "empty stays absent");
        PortalSettings local = PortalSettingsMapping.toPortal(new ChorusSettings(ChorusEnvironment.EMULATOR, "", "", "",
                "", "", "", 0, HttpProxy.none()));
        assertEquals(PortalEnvironment.LOCAL, local.environment());
        assertEquals(URI.create("http://localhost:8787"), local.apiUrl());
        assertEquals(PortalSettings.DEMO_CREDENTIAL, local.withDemoCredentialsIfLocal().clientSecret());
        assertNull(q.withDemoCredentialsIfLocal().clientSecret(), "never invented for a real portal");
    }

    @Test
    void theEmulatorsAddressFollowsItsPortProperty() {
        String before = System.getProperty(ChorusEnvironment.EMULATOR_PORT_PROPERTY);
        java.util.function.Supplier<ChorusSettings> emulator = () -> new ChorusSettings(ChorusEnvironment.EMULATOR, "",
                "", "", "", "", "", 0, HttpProxy.none());
        try {
            System.setProperty(ChorusEnvironment.EMULATOR_PORT_PROPERTY, "18787");
            PortalSettings moved = PortalSettingsMapping.toPortal(emulator.get());
            assertEquals(URI.create("http://localhost:18787"), moved.apiUrl());
            assertEquals(URI.create("http://localhost:18787/api/oauth/token"), moved.tokenUrl());
            System.setProperty(ChorusEnvironment.EMULATOR_PORT_PROPERTY, "99999");
            assertEquals(8787, ChorusEnvironment.emulatorPort(), "not a port: the default");
        } finally {
            if (before == null) {
                System.clearProperty(ChorusEnvironment.EMULATOR_PORT_PROPERTY);
            } else {
                System.setProperty(ChorusEnvironment.EMULATOR_PORT_PROPERTY, before);
            }
        }
        assertEquals(URI.create("http://localhost:8787"), PortalSettingsMapping.toPortal(emulator.get()).apiUrl());
    }

    @Test
    void theCommandLineReadsTheWorkbenchFileOfItsDataFolder(@TempDir Path data) throws Exception {
        SettingsService settings = service(SettingsService.class);
        settings.save(new ChorusSettings(ChorusEnvironment.PRODUCTION, "", "", "other", SECRET, "x", PASSWORD, 0,
                HttpProxy.none()));
        StoredPortalSettings commandLine = new StoredPortalSettings(new SavedSettings(settings, () -> false));

        assertEquals(PortalSettings.defaults(), commandLine.current(data), "nothing saved: the emulator, as before");
        assertTrue(commandLine.supplier(data).isEmpty());

        Properties p = new Properties();
        p.setProperty("chorus.environment", "EMULATOR");
        p.setProperty("chorus.clientId", "cli-client");
        p.setProperty("chorus.login", "cli-login");
        p.setProperty("chorus.pauseMillis", "250");
        p.setProperty("company.siret", "732 829 320 00074");
        p.setProperty("company.name", "Exemple SA");
        p.setProperty("company.iban", "FR76 3000 6000 0112 3456 7890 189");
        Path file = data.resolve(SavedSettings.WORKBENCH_FILE);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            p.store(out, null);
        }
        PortalSettings s = commandLine.current(data);
        assertEquals(PortalEnvironment.LOCAL, s.environment());
        assertEquals(URI.create("http://localhost:8787"), s.apiUrl());
        assertEquals("cli-client", s.clientId());
        assertEquals(SECRET, s.clientSecret(), "secrets from secure storage");
        assertEquals(PASSWORD, s.password());
        assertEquals(Duration.ofMillis(250), s.pause());
        Supplier supplier = commandLine.supplier(data).orElseThrow();
        assertEquals("73282932000074", supplier.siret());
        assertEquals("Exemple SA", supplier.name());
        assertEquals("FR7630006000011234567890189", supplier.iban());
        assertEquals("FR", supplier.country());
    }

    @Test
    void theWorkbenchSupplierIsItsCompanyPage() throws Exception {
        SettingsService settings = service(SettingsService.class);
        settings.save(new CompanySettings("73282932000074", "Exemple SA", "FR44732829320", "1 rue de la Paix", "75002",
                "Paris", "FR", "FR7630006000011234567890189", "BNPAFRPP"));
        Supplier s = service(SupplierProvider.class).supplier(Path.of("unused")).orElseThrow();
        assertEquals("FR44732829320", s.vatNumber());
        assertEquals("1 rue de la Paix", s.address());
        assertEquals("Paris", s.town());
    }

    static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(StoredPortalSettingsTest.class).getBundleContext(), type, null);
        tracker.open();
        try {
            T s = tracker.waitForService(10_000);
            assertNotNull(s, type.getName() + " registered");
            return s;
        } finally {
            tracker.close();
        }
    }
}
