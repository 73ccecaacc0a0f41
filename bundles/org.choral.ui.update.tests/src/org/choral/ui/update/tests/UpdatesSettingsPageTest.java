// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.update.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.choral.settings.api.CompanySettings;
import org.choral.settings.api.SettingsService;
import org.choral.ui.bot.SettingsDialogBot;
import org.choral.ui.bot.WorkbenchBot;
import org.choral.update.api.UpdateSites;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** « Paramétrage → Mises à jour » in the real application: the site address checked as typed and saved. */
class UpdatesSettingsPageTest {

    private static final String MENU_ITEM = "org.choral.ui.settings.menuitem.open";

    private WorkbenchBot workbench;

    @BeforeEach
    void start() throws Exception {
        // A valid company: OK is enabled only when every page shown is valid, and « Entreprise » is shown first.
        ServiceTracker<SettingsService, SettingsService> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(UpdatesSettingsPageTest.class).getBundleContext(), SettingsService.class, null);
        tracker.open();
        try {
            tracker.waitForService(10_000).save(new CompanySettings("73282932000074", "Exemple SA", "", "", "", "",
                    "FR", "", ""));
        } finally {
            tracker.close();
        }
        InstanceScope.INSTANCE.getNode(UpdateSites.PREFERENCE_NODE).remove(UpdateSites.PREFERENCE_SITE_URL);
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
    void theSiteAddressIsCheckedAsTypedSavedAsThePreferenceAndShownAgain() {
        workbench.clickMenu(MENU_ITEM);
        SettingsDialogBot settings = new SettingsDialogBot(workbench.bot()).page(SettingsDialogBot.UPDATES);
        assertEquals("", settings.get("updates.siteUrl"));
        assertEquals("", settings.error("updates.siteUrl"), "empty: the project's site");
        assertTrue(settings.okEnabled(), settings::shownErrors);

        settings.set("updates.siteUrl", "ftp://updates.example.fr/");
        assertTrue(settings.error("updates.siteUrl").startsWith("Adresse de site de mises à jour invalide : « ftp://"),
                settings.error("updates.siteUrl"));
        assertFalse(settings.okEnabled());
        for (String good : new String[] { "https://updates.example.fr/choral/", "jar:file:/tmp/site.zip!/",
                "file:/srv/choral/site/", "http://intranet/choral/" }) {
            settings.set("updates.siteUrl", good);
            assertEquals("", settings.error("updates.siteUrl"), good);
        }
        settings.set("updates.siteUrl", "https://updates.example.fr/choral/");
        assertTrue(settings.okEnabled(), settings::shownErrors);
        settings.ok();
        assertEquals("https://updates.example.fr/choral/", InstanceScope.INSTANCE.getNode(UpdateSites.PREFERENCE_NODE)
                .get(UpdateSites.PREFERENCE_SITE_URL, null));

        workbench.clickMenu(MENU_ITEM);
        settings = new SettingsDialogBot(workbench.bot()).page(SettingsDialogBot.UPDATES);
        assertEquals("https://updates.example.fr/choral/", settings.get("updates.siteUrl"));
        settings.set("updates.siteUrl", "").ok();
        assertEquals(null, InstanceScope.INSTANCE.getNode(UpdateSites.PREFERENCE_NODE)
                .get(UpdateSites.PREFERENCE_SITE_URL, null), "emptied: back to the project's site");
    }
}
