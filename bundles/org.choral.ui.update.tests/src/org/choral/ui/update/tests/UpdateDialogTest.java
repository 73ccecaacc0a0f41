// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.update.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.choral.ui.bot.Bot;
import org.choral.ui.bot.Condition;
import org.choral.ui.bot.WorkbenchBot;
import org.choral.ui.update.internal.UpdateDialog;
import org.choral.update.api.AvailableUpdate;
import org.choral.update.api.UpdateException;
import org.choral.update.api.UpdatePlan;
import org.choral.update.api.UpdateService;
import org.eclipse.core.runtime.IProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** « Rechercher des mises à jour » in the real workbench, driven like a user would. */
class UpdateDialogTest {

    private static final String SITE = "file:/srv/choral-site/";

    private WorkbenchBot workbench;

    @BeforeEach
    void start() throws Exception {
        WorkbenchBot.clearPersistedLayout();
        workbench = WorkbenchBot.start();
    }

    @AfterEach
    void stop() {
        if (workbench != null && workbench.isRunning()) {
            workbench.close();
        }
    }

    /** Offers one update and counts installs; the p2 side is tested on the real product. */
    private static final class OneUpdate implements UpdateService {
        final AtomicInteger installs = new AtomicInteger();

        @Override
        public UpdatePlan check(URI site, IProgressMonitor monitor) {
            return new UpdatePlan(site, List.of(new AvailableUpdate("org.choral.ui.feature.feature.group",
                    "Choral — atelier", "0.1.0 (build 1)", "0.1.0 (build 2)")), null);
        }

        @Override
        public void install(UpdatePlan plan, IProgressMonitor monitor) {
            monitor.beginTask("install", 1);
            installs.incrementAndGet();
            monitor.done();
        }
    }

    private UpdateDialogBot open(UpdateService service, Runnable restart) {
        Bot bot = workbench.bot();
        bot.asyncRun(() -> new UpdateDialog(workbench.shell(), service, Optional.of(SITE), restart).open());
        return new UpdateDialogBot(bot);
    }

    @Test
    void helpMenuOffersToCheckForUpdatesBeforeTheAboutBox() {
        Bot bot = workbench.bot();
        String label = bot.syncExec(() -> workbench.menuItem("org.choral.ui.update.menuitem.check").getText());
        assertEquals("Rechercher des mises à jour…", label.replace("&", "").split("\t")[0]);
        workbench.clickMenu("org.choral.ui.update.menuitem.check");
        UpdateDialogBot dialog = new UpdateDialogBot(bot);
        assertEquals("Mises à jour de Choral", dialog.title());
        // The test runtime was not installed by p2: the real service says so, in French, and nothing can be installed.
        dialog.waitForMessage("ne peut pas se mettre à jour");
        assertFalse(dialog.enabled("update.install"));
        dialog.click("update.close");
        dialog.waitUntilClosed();
    }

    @Test
    void listsTheUpdatesInstallsThemWithProgressAndOffersToRestart() {
        OneUpdate service = new OneUpdate();
        AtomicBoolean restarted = new AtomicBoolean();
        UpdateDialogBot dialog = open(service, () -> restarted.set(true));
        dialog.waitForMessage("1 mise(s) à jour disponible(s)");
        assertTrue(dialog.site().contains(SITE), dialog.site());
        assertEquals(List.of("Choral — atelier | 0.1.0 (build 1) | 0.1.0 (build 2)"), dialog.rows());
        assertFalse(dialog.enabled("update.restart"));

        dialog.waitUntilEnabled("update.install");
        dialog.click("update.install");
        dialog.waitForMessage("Redémarrez Choral");
        dialog.waitUntilEnabled("update.restart");
        assertEquals(1, service.installs.get());
        assertEquals("Plus tard", workbench.bot().text(dialog.button("update.close")).replace("&", ""));

        dialog.click("update.restart");
        dialog.waitUntilClosed();
        workbench.bot().waitUntil(Condition.of("restart asked", restarted::get));
    }

    @Test
    void anUnreachableSiteIsToldAndNothingCanBeInstalled() {
        UpdateService unreachable = new UpdateService() {
            @Override
            public UpdatePlan check(URI site, IProgressMonitor monitor) throws UpdateException {
                throw new UpdateException(UpdateException.Kind.SITE_UNREACHABLE, "Le site " + site + " est injoignable.");
            }

            @Override
            public void install(UpdatePlan plan, IProgressMonitor monitor) {
                throw new AssertionError("nothing to install");
            }
        };
        UpdateDialogBot dialog = open(unreachable, () -> {
            throw new AssertionError("no restart");
        });
        dialog.waitForMessage("injoignable");
        assertFalse(dialog.enabled("update.install"));
        assertTrue(dialog.rows().isEmpty());
        dialog.click("update.close");
        dialog.waitUntilClosed();
    }
}
