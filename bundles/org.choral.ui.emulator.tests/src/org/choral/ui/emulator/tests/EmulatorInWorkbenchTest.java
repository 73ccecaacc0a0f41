// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.emulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.choral.core.api.DataFolders;
import org.choral.settings.api.ChorusEnvironment;
import org.choral.settings.api.ChorusSettings;
import org.choral.settings.api.HttpProxy;
import org.choral.settings.api.SettingsService;
import org.choral.ui.bot.Bot;
import org.choral.ui.bot.Condition;
import org.choral.ui.bot.WorkbenchBot;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** « Émulateur local » chosen in the settings: the emulator runs in the workbench, and says so. */
class EmulatorInWorkbenchTest {

    private WorkbenchBot workbench;
    private SettingsService settings;
    private int port;

    @BeforeEach
    void start() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        System.setProperty("choral.emulator.port", Integer.toString(port));
        ServiceTracker<SettingsService, SettingsService> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(EmulatorInWorkbenchTest.class).getBundleContext(), SettingsService.class, null);
        tracker.open();
        settings = tracker.waitForService(10_000);
        tracker.close();
        save(ChorusEnvironment.EMULATOR);
        WorkbenchBot.clearPersistedLayout();
        workbench = WorkbenchBot.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (workbench != null && workbench.isRunning()) {
            workbench.close();
        }
        save(ChorusEnvironment.QUALIFICATION);
    }

    @Test
    void startsWithTheEmulatorEnvironmentStopsWithAnotherAndAtExit() throws Exception {
        Bot bot = workbench.bot();
        CLabel indicator = bot.widgetWithId(CLabel.class, "status.indicator.emulator");
        String started = "Émulateur local : démarré (port " + port + ")";
        bot.waitUntil(Condition.of("indicator « démarré »", () -> started.equals(indicator.getText())));
        assertTrue(bot.syncExec(indicator::getToolTipText).contains("http://127.0.0.1:" + port));
        assertTrue(listening(), "the emulator answers on its port");
        assertTrue(Files.isRegularFile(DataFolders.defaultFolder().resolve("emulator/state.json")),
                "state kept in DATA/emulator");

        save(ChorusEnvironment.QUALIFICATION);
        bot.waitUntil(Condition.of("indicator removed", indicator::isDisposed));
        waitUntilPort(false);

        save(ChorusEnvironment.EMULATOR);
        CLabel again = bot.widgetWithId(CLabel.class, "status.indicator.emulator");
        bot.waitUntil(Condition.of("started again", () -> started.equals(again.getText())));
        waitUntilPort(true);

        workbench.close();
        assertEquals(false, listening(), "stopped at exit");
    }

    @Test
    void aPortAlreadyTakenIsShownInTheIndicator() throws Exception {
        workbench.close();
        waitUntilPort(false);
        try (ServerSocket taken = bindWhenFree()) {
            workbench = WorkbenchBot.start();
            Bot bot = workbench.bot();
            CLabel indicator = bot.widgetWithId(CLabel.class, "status.indicator.emulator");
            bot.waitUntil(Condition.of("indicator « non démarré »",
                    () -> ("Émulateur local : non démarré (port " + port + ")").equals(indicator.getText())));
            assertTrue(bot.syncExec(indicator::getToolTipText).startsWith("L’émulateur n’a pas pu démarrer sur le port " + port));
            assertTrue(bot.syncExec(() -> indicator.getParent() instanceof Composite));
        }
    }

    private void save(ChorusEnvironment env) throws Exception {
        settings.save(new ChorusSettings(env, "", "", "", "", "", "", ChorusSettings.DEFAULT_PAUSE_MILLIS, HttpProxy.none()));
    }

    /**
     * Takes the emulator's port for the test. The emulator stopped with the workbench, but the
     * socket it closed may linger for a moment on a loaded machine: retry within the usual timeout.
     */
    private ServerSocket bindWhenFree() throws IOException, InterruptedException {
        long end = System.nanoTime() + Bot.TIMEOUT_MS * 1_000_000;
        while (true) {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            try {
                socket.bind(new InetSocketAddress("127.0.0.1", port));
                return socket;
            } catch (IOException e) {
                socket.close();
                if (System.nanoTime() > end) {
                    throw e;
                }
                Thread.sleep(50); // polling a socket, not waiting for the UI
            }
        }
    }

    private void waitUntilPort(boolean open) throws InterruptedException {
        long end = System.nanoTime() + Bot.TIMEOUT_MS * 1_000_000;
        while (listening() != open && System.nanoTime() < end) {
            Thread.sleep(50); // polling a socket, not waiting for the UI
        }
        assertEquals(open, listening());
    }

    private boolean listening() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
