// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;
import org.choral.core.api.portal.PortalSettings;
import org.choral.core.api.portal.PortalSettingsProvider;
import org.choral.directory.testdata.DirectoryGenerator;
import org.choral.emulator.Emulator;
import org.choral.emulator.EmulatorConfig;
import org.choral.ui.bot.Condition;
import org.choral.ui.bot.WorkbenchBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * « Vérifier en ligne » and « Mettre à jour » in the real workbench, through the Chorus Pro connector,
 * against an in-process emulator whose directory differs from the local one on purpose: it has 20
 * more structures, and one structure there requires a service code and has one more service.
 */
class PortalInViewTest {

    private static final long SEED = 11;

    @TempDir
    Path temp;
    private WorkbenchBot workbench;
    private DirectoryViewBot view;
    private Emulator emulator;
    private ServiceRegistration<PortalSettingsProvider> settings;
    private DirectoryGenerator local;
    private Structure changed;

    @BeforeEach
    void start() throws Exception {
        local = new DirectoryGenerator(60, 40, SEED);
        Path portalFile = temp.resolve("portail.xlsx");
        new DirectoryGenerator(80, 40, SEED).writeXlsx(portalFile);
        emulator = Emulator.start(EmulatorConfig.builder(temp.resolve("emulator")).port(0)
                .directoryFile(portalFile).build());
        changed = requiringAServiceOnThePortal(local);
        emulator.putStructures(List.of(changed));
    }

    /** The first local structure without StGS, as the portal now has it: StGS and one more service. */
    private static Structure requiringAServiceOnThePortal(DirectoryGenerator g) {
        for (int i = 0; i < g.structureCount(); i++) {
            Structure s = g.structure(i);
            if (!s.serviceRequired() && !s.services().isEmpty()) {
                List<Service> services = new ArrayList<>(s.services());
                services.add(new Service(s.siret(), "ZZ-NOUVEAU", "Service créé ce mois", true, false));
                return new Structure(s.siret(), s.name(), s.active(), s.engagementRequired(), true,
                        s.serviceOrEngagementRequired(), s.paymentStatusManaged(), s.address(), s.postalCode(),
                        s.town(), s.countryCode(), services);
            }
        }
        throw new IllegalStateException("no structure without StGS");
    }

    /** The saved settings as the test wants them: ranked above the settings bundle's. */
    private void useSettings(PortalSettings portal) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(PortalInViewTest.class).getBundleContext();
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, Integer.valueOf(1000));
        settings = context.registerService(PortalSettingsProvider.class, () -> portal, properties);
        WorkbenchBot.clearPersistedLayout();
        workbench = WorkbenchBot.start();
        view = new DirectoryViewBot(workbench);
        view.useDataFolder(temp.resolve("data"));
    }

    private void useEmulator() throws Exception {
        useSettings(PortalSettings.defaults().withUrls(emulator.baseUrl(), emulator.tokenUrl()));
        Path file = temp.resolve("annuaire.xlsx");
        local.writeXlsx(file);
        view.importFiles(List.of(file));
        view.summary().close();
        view.waitForStatus("Annuaire « annuaire.xlsx »");
    }

    @AfterEach
    void stop() {
        if (workbench != null && workbench.isRunning()) {
            workbench.close();
        }
        if (settings != null) {
            settings.unregister();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void checkOnlineSaysWhereTheLocalCopyDiffersThenThatItAgrees() throws Exception {
        useEmulator();
        view.typeSearch(changed.siret());
        view.waitForCard(changed.name());

        String verdict = view.checkOnline();
        assertEquals("Votre annuaire local diffère du portail (2 différence(s)) :", verdict);
        List<String> differences = List.of(view.text("directory.online.differences").split("\n"));
        assertEquals(List.of(
                "Le portail exige un code service ; votre annuaire local ne l’exige pas — importez l’annuaire du mois.",
                "Service ZZ-NOUVEAU (Service créé ce mois) : présent sur le portail, absent de votre annuaire local"
                        + " — importez l’annuaire du mois."),
                differences);
        assertTrue(view.text("directory.online.portal").startsWith("Portail : StA Oui · StGE "),
                view.text("directory.online.portal"));
        assertTrue(view.text("directory.online.portal").contains("StGS Oui"), view.text("directory.online.portal"));
        assertTrue(view.text("directory.online.local").contains("StGS Non"), view.text("directory.online.local"));
        assertTrue(view.text("directory.online.portal").contains((changed.services().size()) + " services"));

        Structure same = local.structure(local.structureCount() - 1);
        view.typeSearch(same.siret());
        view.waitForCard(same.name());
        assertEquals("Le portail et votre annuaire local concordent pour " + same.name() + " : mêmes indicateurs, mêmes "
                + same.services().size() + " services.", view.checkOnline());
        assertEquals("", view.text("directory.online.differences"));
    }

    @Test
    void updateDownloadsThroughTheApiThenShowsWhatChangedAndTheCheckAgrees() throws Exception {
        useEmulator();
        view.waitForButton("directory.update", true);
        view.updateFromMenu();
        DirectoryViewBot.ChangeSummaryBot summary = view.summary();
        assertEquals("Changements depuis l’import précédent :", summary.text("summary.verdict"));
        assertEquals(20, summary.count("summary.structuresAdded"));
        assertEquals(0, summary.count("summary.structuresRemoved"));
        // StGS of the changed structure; the generator also spreads its services differently over 80 structures
        assertTrue(summary.count("summary.structureFlags") >= 1, summary.text("summary.structureFlags"));
        assertTrue(summary.count("summary.servicesAdded") >= 1, summary.text("summary.servicesAdded"));
        summary.close();
        // the status line is refreshed once the import is stored: wait for the new counts, not any status
        String status = view.waitForStatusContaining("80 structures");
        assertTrue(status.startsWith("Annuaire « "), status);
        assertFalse(status.contains("annuaire.xlsx"), status);

        view.typeSearch(changed.siret());
        view.waitForCard(changed.name());
        assertTrue(view.checkOnline().startsWith("Le portail et votre annuaire local concordent pour "));
    }

    @Test
    void anUnknownSiretOnBothSidesIsSaid() throws Exception {
        useEmulator();
        view.typeSearch("130 026 123 00179");
        view.waitForMessage("Le SIRET 13002612300179 n’est pas dans l’annuaire.");
        assertEquals("Ni le portail ni votre annuaire local ne connaissent le SIRET 13002612300179.",
                view.checkOnline());
    }

    @Test
    void aPortalErrorIsSaidInPlainFrench() throws Exception {
        useEmulator();
        emulator.close();
        emulator = null;
        view.typeSearch(changed.siret());
        view.waitForCard(changed.name());
        String verdict = view.checkOnline();
        assertTrue(verdict.startsWith("Le portail est injoignable ou en panne ; réessayez plus tard."), verdict);
    }

    @Test
    void withoutAConnectorBothAreDisabledAndSayWhy() throws Exception {
        useSettings(PortalSettings.defaults().withPortal("nulle-part"));
        view.open();
        view.waitForButton("directory.checkOnline", false);
        view.waitForButton("directory.update", false);
        String why = "Aucun connecteur « nulle-part » n’est installé : choisissez un autre portail dans Fichier › "
                + "Réglages › Chorus Pro.";
        assertEquals(why, view.tooltip("directory.checkOnline"));
        assertEquals(why, view.tooltip("directory.update"));
        org.eclipse.swt.widgets.MenuItem update = workbench.menuItem("org.choral.ui.directory.menuitem.update");
        assertFalse(view.bot().syncExec(update::isEnabled));
    }
}
