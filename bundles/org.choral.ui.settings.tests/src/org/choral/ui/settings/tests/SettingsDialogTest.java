// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.settings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.choral.core.api.flux.FrameworkPlacement;
import org.choral.emulator.Emulator;
import org.choral.emulator.EmulatorConfig;
import org.choral.settings.api.ChorusSettings;
import org.choral.settings.api.ConnectionTester;
import org.choral.settings.api.GenerationSettings;
import org.choral.settings.api.SettingsService;
import org.choral.settings.internal.storage.SecretStore;
import org.choral.ui.bot.Condition;
import org.choral.ui.bot.SettingsDialogBot;
import org.choral.ui.bot.WorkbenchBot;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.osgi.service.environment.EnvironmentInfo;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/** « Paramétrage » in the real application, driven like a user would. */
class SettingsDialogTest {

    private static final String TOOL_ITEM = "org.choral.ui.settings.toolitem.open";
    private static final String MENU_ITEM = "org.choral.ui.settings.menuitem.open";
    private static final String CLIENT_SECRET = "Ui-Pi5te-Secret-93kd";
    private static final String PASSWORD = "Ui-Mot2Passe-77";
    private static final String PROXY_PASSWORD = "Ui-Pr0xy-Pass-5";

    private WorkbenchBot workbench;

    @BeforeEach
    void start() throws Exception {
        // First-start state: secure storage outlives the instance area between runs of this module.
        service().save(ChorusSettings.defaults());
        WorkbenchBot.clearPersistedLayout();
        workbench = WorkbenchBot.start();
    }

    @AfterEach
    void stop() {
        if (workbench != null && workbench.isRunning()) {
            workbench.close();
        }
    }

    @Test
    void bothPagesAreSavedAndFoundAgainAfterARestartSecretsIncluded() throws Exception {
        assertEquals("Paramétrage", workbench.bot().syncExec(() -> workbench.toolItem(TOOL_ITEM).getText()));
        workbench.clickToolItem(TOOL_ITEM);
        SettingsDialogBot settings = new SettingsDialogBot(workbench.bot());
        assertEquals("Paramétrage", settings.title());
        settings.page(SettingsDialogBot.COMPANY).set("company.siret", "732 829 320 00074")
                .set("company.name", "Exemple SA").set("company.vatNumber", "FR44732829320")
                .set("company.street", "1 rue de la Paix").set("company.postalCode", "75002")
                .set("company.town", "Paris").set("company.country", "FR")
                .set("company.iban", "FR76 3000 6000 0112 3456 7890 189").set("company.bic", "BNPAFRPPXXX");
        assertTrue(settings.okEnabled(), settings::shownErrors);
        settings.page(SettingsDialogBot.CHORUS).select("chorus.environment", 3)
                .set("chorus.apiUrl", "https://chorus.example.fr")
                .set("chorus.tokenUrl", "https://chorus.example.fr/oauth/token")
                .set("chorus.clientId", "piste-client-1").set("chorus.clientSecret", CLIENT_SECRET)
                .set("chorus.login", "TECH_1@cpro.fr").set("chorus.password", PASSWORD).spinner("chorus.pauseMillis", 2500)
                .set("chorus.proxyHost", "proxy.example.fr").set("chorus.proxyPort", "3128")
                .set("chorus.proxyUser", "alice").set("chorus.proxyPassword", PROXY_PASSWORD);
        assertTrue(settings.okEnabled(), settings::shownErrors);
        settings.ok();

        workbench.close();
        workbench = WorkbenchBot.start();
        workbench.clickMenu(MENU_ITEM);
        settings = new SettingsDialogBot(workbench.bot());
        settings.page(SettingsDialogBot.COMPANY);
        assertEquals("732 829 320 00074", settings.get("company.siret"));
        assertEquals("Exemple SA", settings.get("company.name"));
        assertEquals("FR44732829320", settings.get("company.vatNumber"));
        assertEquals("75002", settings.get("company.postalCode"));
        assertEquals("FR76 3000 6000 0112 3456 7890 189", settings.get("company.iban"));
        assertEquals("BNPAFRPPXXX", settings.get("company.bic"));
        settings.page(SettingsDialogBot.CHORUS);
        assertEquals(3, settings.selectionIndex("chorus.environment"));
        assertEquals("https://chorus.example.fr", settings.get("chorus.apiUrl"));
        assertEquals("piste-client-1", settings.get("chorus.clientId"));
        assertEquals(CLIENT_SECRET, settings.get("chorus.clientSecret"));
        assertEquals("TECH_1@cpro.fr", settings.get("chorus.login"));
        assertEquals(PASSWORD, settings.get("chorus.password"));
        assertEquals(2500, settings.spinner("chorus.pauseMillis"));
        assertEquals("3128", settings.get("chorus.proxyPort"));
        assertEquals(PROXY_PASSWORD, settings.get("chorus.proxyPassword"));
        settings.cancel();

        // The secrets are on disk, encrypted: a storage root read afresh from the file decrypts them.
        Path keyring = keyring();
        File sameFile = new File(keyring.getParent().toFile(), "./" + keyring.getFileName());
        SecretStore fromDisk = new SecretStore(SecurePreferencesFactory.open(sameFile.toURI().toURL(), null));
        assertEquals(CLIENT_SECRET, fromDisk.get(ChorusSettings.CLIENT_SECRET));
        assertEquals(PASSWORD, fromDisk.get(ChorusSettings.PASSWORD));
        assertEquals(PROXY_PASSWORD, fromDisk.get(ChorusSettings.PROXY_PASSWORD));
        String raw = Files.readString(keyring);
        for (String secret : List.of(CLIENT_SECRET, PASSWORD, PROXY_PASSWORD)) {
            assertFalse(raw.contains(secret), "stored encrypted");
        }
    }

    @Test
    void invalidSiretIbanAndVatShowTheirFrenchErrorAndDisableOk() {
        workbench.clickMenu(MENU_ITEM);
        SettingsDialogBot settings = new SettingsDialogBot(workbench.bot()).page(SettingsDialogBot.COMPANY);
        settings.set("company.siret", "73282932000074").set("company.name", "Exemple SA").set("company.vatNumber", "")
                .set("company.iban", "").set("company.bic", "");
        assertTrue(settings.okEnabled(), settings::shownErrors);
        assertEquals("", settings.error("company.siret"));

        settings.set("company.siret", "73282932000075");
        assertEquals("Le SIRET « 73282932000075 » est invalide : sa clé de contrôle (Luhn) ne correspond pas. "
                + "Vérifiez chaque chiffre sur l’avis de situation INSEE.", settings.error("company.siret"));
        assertFalse(settings.okEnabled());
        settings.set("company.siret", "73282932000074");
        assertTrue(settings.okEnabled(), settings::shownErrors);

        settings.set("company.iban", "FR7630006000011234567890188");
        assertTrue(settings.error("company.iban").startsWith("L’IBAN « FR7630006000011234567890188 » est invalide"),
                settings.error("company.iban"));
        assertFalse(settings.okEnabled());
        settings.set("company.iban", "FR7630006000011234567890189");
        assertTrue(settings.okEnabled(), settings::shownErrors);

        settings.set("company.vatNumber", "FR45732829320");
        assertEquals("Le numéro de TVA « FR45732829320 » est invalide : pour ce SIREN la clé doit être 44.",
                settings.error("company.vatNumber"));
        assertFalse(settings.okEnabled());
        settings.set("company.vatNumber", "FR44732829320");
        assertTrue(settings.okEnabled(), settings::shownErrors);
        assertEquals("", settings.error("company.vatNumber"));
        settings.cancel();
    }

    @Test
    void fluxThresholdsAreCheckedAsTypedThenSavedWithTheFrameworkPlacementAndShownAgain() throws Exception {
        SettingsService service = service();
        service.save(GenerationSettings.defaults());
        try {
            workbench.clickMenu(MENU_ITEM);
            SettingsDialogBot settings = new SettingsDialogBot(workbench.bot()).page(SettingsDialogBot.COMPANY)
                    .set("company.siret", "73282932000074").set("company.name", "Exemple SA").set("company.vatNumber", "")
                    .set("company.iban", "").set("company.bic", "");
            settings.page(SettingsDialogBot.FLUX);
            assertEquals("100", settings.get("flux.maxMegabytes"));
            assertEquals("500", settings.get("flux.maxInvoices"));
            assertEquals(0, settings.selectionIndex("flux.frameworkPlacement"), "BT-23 by default");
            assertTrue(settings.okEnabled(), settings::shownErrors);

            settings.set("flux.maxMegabytes", "dix");
            assertEquals("« dix » n’est pas un nombre entier positif : indiquez un nombre sans espace ni virgule, par exemple 100.",
                    settings.error("flux.maxMegabytes"));
            assertFalse(settings.okEnabled());
            settings.set("flux.maxMegabytes", "0");
            assertEquals("Le seuil de taille d’un lot doit être un nombre entier de mégaoctets (base64) entre 1 et 10000 ; "
                    + "par défaut 100.", settings.error("flux.maxMegabytes"));
            assertFalse(settings.okEnabled());
            settings.set("flux.maxMegabytes", "20").set("flux.maxInvoices", "-3");
            assertEquals("", settings.error("flux.maxMegabytes"));
            assertTrue(settings.error("flux.maxInvoices").startsWith("« -3 » n’est pas un nombre entier positif"),
                    settings.error("flux.maxInvoices"));
            assertFalse(settings.okEnabled());
            settings.set("flux.maxInvoices", "50").select("flux.frameworkPlacement", 1);
            assertTrue(settings.okEnabled(), settings::shownErrors);
            settings.ok();
            assertEquals(new GenerationSettings(20, 50, FrameworkPlacement.BT_24), service.generation());

            workbench.clickToolItem(TOOL_ITEM);
            settings = new SettingsDialogBot(workbench.bot()).page(SettingsDialogBot.FLUX);
            assertEquals("20", settings.get("flux.maxMegabytes"));
            assertEquals("50", settings.get("flux.maxInvoices"));
            assertEquals(1, settings.selectionIndex("flux.frameworkPlacement"));
            settings.cancel();
        } finally {
            service.save(GenerationSettings.defaults());
        }
    }

    private static SettingsService service() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(SettingsDialogTest.class).getBundleContext();
        ServiceTracker<SettingsService, SettingsService> tracker = new ServiceTracker<>(context, SettingsService.class, null);
        tracker.open();
        try {
            return tracker.waitForService(10_000);
        } finally {
            tracker.close();
        }
    }

    @Test
    void environmentsFillTheirUrlsAndCustomOnesAreChecked() {
        workbench.clickToolItem(TOOL_ITEM);
        SettingsDialogBot settings = new SettingsDialogBot(workbench.bot()).page(SettingsDialogBot.CHORUS);
        settings.select("chorus.environment", 2);
        assertEquals("https://api.piste.gouv.fr", settings.get("chorus.apiUrl"));
        assertFalse(settings.isEditable("chorus.apiUrl"));
        settings.select("chorus.environment", 3).set("chorus.apiUrl", "ftp://x");
        assertTrue(settings.isEditable("chorus.apiUrl"));
        assertEquals("« ftp://x » n’est pas une adresse http:// ou https:// valide.", settings.error("chorus.apiUrl"));
        assertFalse(settings.okEnabled());
        settings.cancel();
    }

    @Test
    void testingTheConnectionReachesAnInProcessEmulatorThroughTheChorusProConnector(@TempDir Path state)
            throws Exception {
        try (Emulator emulator = Emulator.start(EmulatorConfig.builder(state).port(0).client("piste-ui", "good").build())) {
            workbench.clickToolItem(TOOL_ITEM);
            SettingsDialogBot settings = new SettingsDialogBot(workbench.bot()).page(SettingsDialogBot.CHORUS);
            settings.select("chorus.environment", 3).set("chorus.apiUrl", emulator.baseUrl().toString())
                    .set("chorus.tokenUrl", emulator.tokenUrl().toString()).set("chorus.clientId", "piste-ui")
                    .set("chorus.clientSecret", "good").set("chorus.login", "TECH@cpro.fr").set("chorus.password", "pw");
            settings.click("chorus.test");
            Label result = workbench.bot().widgetWithId(Label.class, "chorus.testResult");
            String expected = "Connexion réussie à " + emulator.baseUrl();
            workbench.bot().waitUntil(Condition.of("emulator reached", () -> result.getText().startsWith(expected)));

            settings.set("chorus.clientSecret", "wrong").click("chorus.test");
            workbench.bot().waitUntil(Condition.of("credentials refused",
                    () -> result.getText().startsWith("Identifiants refusés : ")));
            settings.cancel();
        }
    }

    @Test
    void aConnectionTesterOfHigherRankingIsUsedAtTheNextClick() {
        BundleContext context = FrameworkUtil.getBundle(SettingsDialogTest.class).getBundleContext();
        ConnectionTester tester = (s, monitor) -> Status.info("Connexion réussie à " + s.apiUrl());
        ServiceRegistration<ConnectionTester> reg = context.registerService(ConnectionTester.class, tester,
                new Hashtable<>(Map.of(Constants.SERVICE_RANKING, 100)));
        try {
            workbench.clickToolItem(TOOL_ITEM);
            SettingsDialogBot again = new SettingsDialogBot(workbench.bot()).page(SettingsDialogBot.CHORUS);
            again.select("chorus.environment", 2).click("chorus.test");
            Label answer = workbench.bot().widgetWithId(Label.class, "chorus.testResult");
            workbench.bot().waitUntil(Condition.of("tester's answer",
                    () -> answer.getText().equals("Connexion réussie à https://api.piste.gouv.fr")));
            again.cancel();
        } finally {
            reg.unregister();
        }
    }

    private static Path keyring() {
        BundleContext context = FrameworkUtil.getBundle(SettingsDialogTest.class).getBundleContext();
        List<String> args = List.of(context.getService(context.getServiceReference(EnvironmentInfo.class))
                .getNonFrameworkArgs());
        return Path.of(args.get(args.indexOf("-eclipse.keyring") + 1));
    }
}
