// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.choral.core.api.command.Arguments;
import org.choral.core.api.command.CommandContext;
import org.choral.core.api.command.CommandException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portal options that {@code choral portal check}, {@code deposit} and {@code status} share. */
class PortalOptionsTest {

    @TempDir
    Path data;

    private CommandContext context(Map<String, String> env) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        return new CommandContext(sink, sink, false, data, env);
    }

    private static Arguments args(String... values) throws CommandException {
        return Arguments.parse(List.of(values), PortalOptions.VALUED, Set.of());
    }

    @Test
    void theSettingsSavedForTheDataFolderComeFirstThenTheOptionsThenTheEnvironment() throws Exception {
        Path[] asked = new Path[1];
        PortalSettingsProvider saved = new PortalSettingsProvider() {
            @Override
            public PortalSettings current() {
                throw new AssertionError("the command line reads the settings saved for its data folder"); //$NON-NLS-1$
            }

            @Override
            public PortalSettings current(Path folder) {
                asked[0] = folder;
                return PortalSettings.defaults().withEnvironment(PortalEnvironment.QUALIFICATION)
                        .withCredentials("id", "secret", "login", "password"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
        };
        PortalSettings s = PortalOptions.settings(context(Map.of(PortalSettings.ENV_LOGIN, "from-env")), //$NON-NLS-1$
                args("--api-url", "http://127.0.0.1:9/api", "--token-url", "http://127.0.0.1:9/token"), saved); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(data, asked[0]);
        assertEquals(URI.create("http://127.0.0.1:9/api"), s.apiUrl()); //$NON-NLS-1$
        assertEquals("from-env", s.login()); //$NON-NLS-1$
        assertEquals("secret", s.clientSecret()); //$NON-NLS-1$
        assertEquals(data.resolve("outbox"), s.outbox()); //$NON-NLS-1$
    }

    @Test
    void theLocalEmulatorGetsDemoCredentialsWhenNoneAreGiven() throws Exception {
        PortalSettings s = PortalOptions.settings(context(Map.of()), args("--env", "local"), null); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(PortalEnvironment.LOCAL, s.environment());
        assertEquals(PortalSettings.DEMO_CREDENTIAL, s.clientId());
        assertTrue(s.hasCredentials());
    }

    @Test
    void badOptionsAreUsageErrorsThatSayWhatToGive() {
        CommandException env = assertThrows(CommandException.class,
                () -> PortalOptions.settings(context(Map.of()), args("--env", "prod"), null)); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(env.getMessage().contains("prod") && env.getMessage().contains("qualification"), env.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        CommandException half = assertThrows(CommandException.class,
                () -> PortalOptions.settings(context(Map.of()), args("--api-url", "http://h/api"), null)); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(half.getMessage().contains("--token-url"), half.getMessage()); //$NON-NLS-1$
        CommandException url = assertThrows(CommandException.class, () -> PortalOptions.settings(context(Map.of()),
                args("--api-url", "api", "--token-url", "http://h/token"), null)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertTrue(url.getMessage().contains("--api-url") && url.getMessage().contains("api"), url.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        CommandException portal = assertThrows(CommandException.class,
                () -> PortalOptions.factory(List.of(), "elsewhere")); //$NON-NLS-1$
        assertTrue(portal.getMessage().contains("elsewhere"), portal.getMessage()); //$NON-NLS-1$
    }
}
