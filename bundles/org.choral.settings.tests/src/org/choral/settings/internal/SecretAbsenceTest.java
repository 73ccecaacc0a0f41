// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.choral.core.api.DataFolders;
import org.choral.settings.api.ChorusEnvironment;
import org.choral.settings.api.ChorusSettings;
import org.choral.settings.api.CompanySettings;
import org.choral.settings.api.HttpProxy;
import org.choral.settings.api.SettingsException;
import org.choral.settings.api.SettingsService;
import org.choral.settings.internal.storage.SecretStore;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.osgi.service.environment.EnvironmentInfo;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The settings service as registered by DS, on the real instance area and the secure storage the
 * test runtime points {@code -eclipse.keyring} at: secrets come back, and appear in no file of
 * the instance area, the data folder or the storage itself.
 */
class SecretAbsenceTest {

    private static final String CLIENT_SECRET = "Pi5te-Secret-7f3b9c";
    private static final String PASSWORD = "Mot2Passe-Technique-42";
    private static final String PROXY_PASSWORD = "Pr0xy-Secret-x81";

    @Test
    void secretsAreReadBackAndAbsentFromEveryFileOfTheInstanceAreaAndDataFolder() throws Exception {
        SettingsService service = registeredService();
        ChorusSettings saved = new ChorusSettings(ChorusEnvironment.CUSTOM, "https://chorus.example.fr",
                "https://chorus.example.fr/oauth/token", "client-id-123", CLIENT_SECRET, "TECH_login@cpro.fr",
                PASSWORD, 1500, new HttpProxy("proxy.example.fr", 3128, "proxyuser", PROXY_PASSWORD));
        service.save(saved);
        service.save(new CompanySettings("73282932000074", "Exemple SA", "FR44732829320", "1 rue de la Paix",
                "75002", "Paris", "FR", "FR7630006000011234567890189", "BNPAFRPP"));
        assertEquals(saved, service.chorus());
        assertEquals("Exemple SA", service.company().name());

        Path instance = Path.of(new URI(System.getProperty("osgi.instance.area").replace(" ", "%20")));
        Path prefs = instance.resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/org.choral.settings.prefs");
        assertTrue(Files.readString(prefs).contains("client-id-123"), "plain values are in the preferences");
        Path keyring = keyring();
        assertTrue(Files.isRegularFile(keyring), "-eclipse.keyring honoured: " + keyring);

        List<Path> scanned = new ArrayList<>();
        for (Path root : List.of(instance, DataFolders.defaultFolder(), keyring, keyring.resolveSibling("secure-storage.key"))) {
            scanned.addAll(assertNoSecretUnder(root));
        }
        assertTrue(scanned.contains(prefs) && scanned.contains(keyring), scanned.toString());
    }

    @Test
    void secretsSurviveAReloadFromDisk() throws Exception {
        SettingsService service = registeredService();
        ChorusSettings saved = new ChorusSettings(ChorusEnvironment.EMULATOR, "", "", "id", CLIENT_SECRET, "login",
                PASSWORD, 0, HttpProxy.none());
        service.save(saved);
        // Another spelling of the same file: secure storage keeps one root per URL, so this one is
        // read from disk and decrypted with a key asked anew from the password provider.
        File again = new File(keyring().getParent().toFile(), "./" + keyring().getFileName());
        SecretStore reopened = new SecretStore(SecurePreferencesFactory.open(again.toURI().toURL(), null));
        assertEquals(CLIENT_SECRET, reopened.get(ChorusSettings.CLIENT_SECRET));
        assertEquals(PASSWORD, reopened.get(ChorusSettings.PASSWORD));
        assertEquals("", reopened.get(ChorusSettings.PROXY_PASSWORD), "an emptied secret is removed");
    }

    @Test
    void invalidSettingsAreRefusedAndNothingIsWritten() throws Exception {
        SettingsService service = registeredService();
        CompanySettings before = service.company();
        SettingsException e = assertThrows(SettingsException.class, () -> service.save(new CompanySettings(
                "73282932000075", "Autre", "", "", "", "", "FR", "FR7630006000011234567890188", "")));
        assertEquals(List.of(CompanySettings.SIRET, CompanySettings.IBAN),
                e.problems().stream().map(p -> p.field()).toList());
        assertTrue(e.getMessage().startsWith("Paramètres refusés : Le SIRET « 73282932000075 » est invalide"),
                e.getMessage());
        assertEquals(before, service.company());
    }

    private static Path keyring() {
        var context = FrameworkUtil.getBundle(SecretAbsenceTest.class).getBundleContext();
        var info = context.getService(context.getServiceReference(EnvironmentInfo.class));
        List<String> args = List.of(info.getNonFrameworkArgs());
        int i = args.indexOf("-eclipse.keyring");
        assertTrue(i >= 0 && i + 1 < args.size(), "the test runtime passes -eclipse.keyring: " + args);
        return Path.of(args.get(i + 1));
    }

    private static List<Path> assertNoSecretUnder(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            for (String secret : List.of(CLIENT_SECRET, PASSWORD, PROXY_PASSWORD)) {
                assertFalse(text.contains(secret), "secret found in " + f);
            }
        }
        return files;
    }

    private static SettingsService registeredService() {
        var context = FrameworkUtil.getBundle(SecretAbsenceTest.class).getBundleContext();
        ServiceTracker<SettingsService, SettingsService> tracker = new ServiceTracker<>(context, SettingsService.class,
                null);
        tracker.open();
        try {
            SettingsService s = tracker.waitForService(10_000);
            assertNotNull(s, "SettingsService registered by DS");
            return s;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            tracker.close();
        }
    }
}
