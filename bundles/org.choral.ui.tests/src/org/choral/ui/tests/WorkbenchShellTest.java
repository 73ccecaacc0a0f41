// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.choral.ui.StatusIndicator;
import org.choral.ui.StatusLine;
import org.choral.ui.Welcome;
import org.choral.ui.WelcomeNote;
import org.choral.ui.bot.AboutDialogBot;
import org.choral.ui.bot.Bot;
import org.choral.ui.bot.Condition;
import org.choral.ui.bot.WorkbenchBot;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.menu.MToolBar;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real e4 application, started as the product starts it, driven like a user would. */
class WorkbenchShellTest {

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

    @Test
    void shellIsTitledChoralWithItsMenusToolbarStatusLineAndMainViews() {
        Bot bot = workbench.bot();
        assertEquals("Choral", bot.text(workbench.shell()));
        List<String> menus = workbench.menuBarLabels();
        assertEquals("Fichier", menus.get(0), menus.toString());
        assertEquals("Aide", menus.get(menus.size() - 1), menus.toString());
        assertEquals("Quitter", bot.syncExec(() -> workbench.menuItem("org.choral.ui.menuitem.quit").getText())
                .replace("&", "").split("\t")[0]);
        MToolBar toolbar = workbench.element("org.choral.ui.toolbar.main", MToolBar.class);
        assertTrue(bot.syncExec(() -> toolbar.isToBeRendered() && toolbar.getWidget() != null));
        assertEquals("Aide", bot.syncExec(() -> workbench.toolItem("org.choral.ui.toolitem.help").getText()));
        MPartStack stack = workbench.element("org.choral.ui.partstack.main", MPartStack.class);
        MPart welcome = workbench.element("org.choral.ui.part.welcome", MPart.class);
        assertTrue(bot.syncExec(() -> stack.getSelectedElement() == welcome && welcome.getObject() != null));
        assertEquals("Bienvenue dans Choral", bot.text(bot.widgetWithId(Label.class, "welcome.title")));
        assertEquals("Prêt", bot.text(bot.widgetWithId(CLabel.class, "status.message")));
    }

    @Test
    void aboutBoxShowsTheVersionAndALinkToTheGuide() {
        workbench.clickMenu("org.choral.ui.menuitem.about");
        AboutDialogBot about = new AboutDialogBot(workbench.bot());
        assertEquals("À propos de Choral", about.title());
        assertTrue(about.version().startsWith("Version 0.1.0"), about.version());
        assertTrue(about.guideLink().contains("Guide d'utilisation"), about.guideLink());
        about.close();
        assertTrue(workbench.isRunning());
    }

    @Test
    void quitClosesTheApplication() {
        workbench.clickMenu("org.choral.ui.menuitem.quit");
        assertEquals(org.eclipse.equinox.app.IApplication.EXIT_OK, workbench.awaitExit());
        assertFalse(workbench.isRunning());
    }

    @Test
    void windowAndLayoutAreKeptAcrossRestarts() {
        Rectangle wanted = new Rectangle(40, 30, 900, 640);
        Bot bot = workbench.bot();
        bot.syncRun(() -> workbench.shell().setBounds(wanted));
        bot.waitUntil(Condition.of("model follows the shell", () -> workbench.window().getWidth() == wanted.width
                && workbench.window().getHeight() == wanted.height));
        workbench.close();
        assertTrue(Files.isRegularFile(WorkbenchBot.persistedLayout()), "layout saved on exit");

        workbench = WorkbenchBot.start();
        Rectangle restored = workbench.bot().syncExec(() -> workbench.shell().getBounds());
        assertEquals(wanted.width, restored.width, restored.toString());
        assertEquals(wanted.height, restored.height, restored.toString());
        assertEquals(wanted.x, restored.x, restored.toString());
        assertEquals(wanted.y, restored.y, restored.toString());
    }

    @Test
    void statusLineShowsWhatBundlesPost() {
        Bot bot = workbench.bot();
        IEventBroker broker = bot.syncExec(() -> workbench.window().getContext().get(IEventBroker.class));
        StatusLine.post(broker, "Annuaire importé");
        CLabel label = bot.widgetWithId(CLabel.class, "status.message");
        bot.waitUntil(Condition.of("status message", () -> "Annuaire importé".equals(label.getText())));
    }

    @Test
    void indicatorsSitBetweenTheMessageAndTheProgressAreaAndAreReplacedThenRemoved() {
        Bot bot = workbench.bot();
        IEventBroker broker = bot.syncExec(() -> workbench.window().getContext().get(IEventBroker.class));
        StatusLine.indicate(broker, new StatusIndicator("test", "Émulateur local : démarré (port 8787)",
                "http://127.0.0.1:8787"));
        CLabel indicator = bot.widgetWithId(CLabel.class, "status.indicator.test");
        bot.waitUntil(Condition.of("indicator shown",
                () -> "Émulateur local : démarré (port 8787)".equals(indicator.getText())));
        assertEquals("http://127.0.0.1:8787", bot.syncExec(indicator::getToolTipText));
        CLabel message = bot.widgetWithId(CLabel.class, "status.message");
        org.eclipse.swt.widgets.Composite progress = bot.widgetWithId(org.eclipse.swt.widgets.Composite.class,
                "progress.area");
        // idle, the progress area takes no room and the indicator sits at the right end of the bar
        bot.waitUntil(Condition.of("message | indicator, left to right; no progress area", () -> {
            int m = message.toDisplay(0, 0).x;
            int i = indicator.toDisplay(0, 0).x;
            int end = message.getParent().toDisplay(message.getParent().getSize().x, 0).x;
            return m < i && indicator.getSize().x > 0 && !progress.isVisible()
                    && end - (i + indicator.getSize().x) < 40;
        }));

        StatusLine.indicate(broker, new StatusIndicator("test", "Émulateur local : arrêté", ""));
        bot.waitUntil(Condition.of("indicator replaced", () -> "Émulateur local : arrêté".equals(indicator.getText())));
        StatusLine.indicate(broker, StatusIndicator.removal("test"));
        bot.waitUntil(Condition.of("indicator removed", indicator::isDisposed));
        assertTrue(StatusLine.indicators().stream().noneMatch(x -> x.id().equals("test")));
    }

    @Test
    void progressAreaShowsARunningJobAndCancelsIt() throws Exception {
        Bot bot = workbench.bot();
        Job job = new Job("Import de l'annuaire") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask("Lecture des structures", 100);
                monitor.worked(40);
                while (!monitor.isCanceled()) {
                    Thread.onSpinWait();
                }
                return Status.CANCEL_STATUS;
            }
        };
        job.schedule();
        Label label = bot.widgetWithId(Label.class, "progress.label");
        bot.waitUntil(Condition.of("job shown", () -> label.getText().startsWith("Import de l'annuaire")
                && label.getText().contains("Lecture des structures")));
        bot.waitUntil(Condition.of("40 %", () -> bot.widgetWithId(org.eclipse.swt.widgets.ProgressBar.class,
                "progress.bar").getSelection() == 40));
        CLabel message = bot.widgetWithId(CLabel.class, "status.message");
        org.eclipse.swt.widgets.Composite area = bot.widgetWithId(org.eclipse.swt.widgets.Composite.class,
                "progress.area");
        bot.waitUntil(Condition.of("message | progress, left to right, while the job runs", () -> area.isVisible()
                && message.toDisplay(0, 0).x + message.getSize().x <= area.toDisplay(0, 0).x));
        bot.click(bot.widgetWithId(Button.class, "progress.cancel"));
        assertTrue(job.join(Bot.TIMEOUT_MS, null), "job cancelled");
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        bot.waitUntil(Condition.of("progress cleared", () -> label.getText().isEmpty()));
        bot.waitUntil(Condition.of("progress area hidden when idle", () -> !area.isVisible()));
    }

    @Test
    void welcomePartShowsTheNotesBundlesPostThenDropsThem() {
        Bot bot = workbench.bot();
        IEventBroker broker = bot.syncExec(() -> workbench.window().getContext().get(IEventBroker.class));
        Welcome.show(broker, new WelcomeNote("test", "Démonstration", "1. Contrôle des factures\n2. Flux"));
        Label body = bot.widgetWithId(Label.class, "welcome.note.test");
        assertEquals("1. Contrôle des factures\n2. Flux", bot.syncExec(body::getText));
        assertEquals("Démonstration", bot.text(bot.widgetWithId(Label.class, "welcome.note.title.test")));
        Welcome.show(broker, new WelcomeNote("test", "", ""));
        bot.waitUntil(Condition.of("note removed", body::isDisposed));
        assertTrue(Welcome.notes().isEmpty());
    }

    @Test
    void aLongStatusMessageUsesTheWidthOfTheWindow() {
        Bot bot = workbench.bot();
        IEventBroker broker = bot.syncExec(() -> workbench.window().getContext().get(IEventBroker.class));
        String text = "Contrôle terminé : 25 factures, 11 conformes, 14 avec des anomalies — contrôlées avec l'annuaire du 29/11/2026";
        StatusLine.post(broker, text);
        CLabel message = bot.widgetWithId(CLabel.class, "status.message");
        bot.waitUntil(Condition.of("whole message shown", () -> text.equals(message.getText())
                && message.getSize().x >= message.computeSize(SWT.DEFAULT, SWT.DEFAULT).x));
    }
}
