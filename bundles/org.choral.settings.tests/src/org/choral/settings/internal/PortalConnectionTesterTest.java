// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.choral.core.api.portal.CredentialsReport;
import org.choral.core.api.portal.PortalException;
import org.choral.emulator.Emulator;
import org.choral.emulator.EmulatorConfig;
import org.choral.emulator.Fault;
import org.choral.emulator.FaultKind;
import org.choral.settings.api.ChorusEnvironment;
import org.choral.settings.api.ChorusSettings;
import org.choral.settings.api.ConnectionTester;
import org.choral.settings.api.HttpProxy;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** « Tester la connexion » through the registered Chorus Pro connector, against the emulator. */
class PortalConnectionTesterTest {

    @Test
    void theEmulatorAnswersAndAcceptsAnyCredentialsInDemoMode(@TempDir Path state) throws Exception {
        try (Emulator emulator = Emulator.start(EmulatorConfig.builder(state).port(0).build())) {
            IStatus status = tester().test(custom(emulator, "any", "any"), new NullProgressMonitor());
            assertEquals(IStatus.OK, status.getSeverity(), status.getMessage());
            assertTrue(status.getMessage().startsWith("Connexion réussie à " + emulator.baseUrl()), status.getMessage());
        }
    }

    @Test
    void refusedCredentialsAreSaidInPlainFrench(@TempDir Path state) throws Exception {
        try (Emulator emulator = Emulator.start(EmulatorConfig.builder(state).port(0).client("good", "secret").build())) {
            IStatus status = tester().test(custom(emulator, "good", "wrong"), new NullProgressMonitor());
            assertEquals(IStatus.ERROR, status.getSeverity());
            assertTrue(status.getMessage().startsWith("Identifiants refusés : "), status.getMessage());
        }
    }

    @Test
    void anUnreachablePortalIsSaidAsSuch() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ChorusSettings s = new ChorusSettings(ChorusEnvironment.CUSTOM, "http://127.0.0.1:" + port,
                "http://127.0.0.1:" + port + "/api/oauth/token", "id", "secret", "login", "pw", 0, HttpProxy.none());
        IStatus status = tester().test(s, new NullProgressMonitor());
        assertEquals(IStatus.ERROR, status.getSeverity());
        assertTrue(status.getMessage().startsWith("Chorus Pro est injoignable : "), status.getMessage());
    }

    @Test
    void aSettingTheConnectorCannotUseIsNamed() throws Exception {
        ChorusSettings s = new ChorusSettings(ChorusEnvironment.CUSTOM, "http://chorus.example.fr",
                "http://chorus.example.fr/token", "id", "secret", "login", "pw", 0, HttpProxy.none());
        IStatus status = tester().test(s, new NullProgressMonitor());
        assertEquals(IStatus.ERROR, status.getSeverity());
        assertTrue(status.getMessage().startsWith("Paramètres inutilisables : "), status.getMessage());
    }

    @Test
    void aPasswordExpiringSoonIsAWarningAndEveryKindHasItsSentence() {
        IStatus warning = PortalConnectionTester.describe(new CredentialsReport("chorus",
                java.net.URI.create("http://127.0.0.1:8787"), 1, LocalDate.of(2026, 1, 10), List.of("Expire bientôt.")));
        assertEquals(IStatus.WARNING, warning.getSeverity());
        assertTrue(warning.getMessage().endsWith("Expire bientôt."), warning.getMessage());
        assertEquals("Chorus Pro reçoit trop d’appels, réessayez dans quelques minutes : 429",
                PortalConnectionTester.failure(new PortalException.RateLimited("429", null)).getMessage());
        assertEquals("Chorus Pro n’a pas répondu à temps : lent",
                PortalConnectionTester.failure(new PortalException.Timeout("lent", null)).getMessage());
        assertTrue(PortalConnectionTester.failure(new PortalException.Protocol("json", null)).getMessage()
                .startsWith("La réponse de Chorus Pro est illisible : json"));
    }

    @Test
    void aCancelledTestStopsWaiting(@TempDir Path state) throws Exception {
        try (Emulator emulator = Emulator.start(EmulatorConfig.builder(state).port(0)
                .fault(Fault.from("*", FaultKind.SLOW, 1).withDelay(3_000)).build())) {
            NullProgressMonitor monitor = new NullProgressMonitor();
            monitor.setCanceled(true);
            long start = System.nanoTime();
            IStatus status = tester().test(custom(emulator, "a", "b"), monitor);
            assertEquals(IStatus.CANCEL, status.getSeverity());
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "did not wait for the slow portal");
        }
    }

    private static ChorusSettings custom(Emulator emulator, String clientId, String secret) {
        return new ChorusSettings(ChorusEnvironment.CUSTOM, emulator.baseUrl().toString(), emulator.tokenUrl().toString(),
                clientId, secret, "TECH@cpro.fr", "pw", 0, HttpProxy.none());
    }

    private static ConnectionTester tester() throws InterruptedException {
        return StoredPortalSettingsTest.service(ConnectionTester.class);
    }
}
