// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.chorus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.choral.connector.chorus.internal.ChorusConnector;
import org.choral.core.api.command.CommandContext;
import org.choral.core.api.command.CommandException;
import org.choral.core.api.command.CommandVerb;
import org.choral.core.api.command.ExitCode;
import org.choral.core.api.portal.PortalConnectorFactory;
import org.choral.core.api.portal.PortalSettings;
import org.choral.core.api.portal.PortalSettingsProvider;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code choral portal check}, run as the command line finds it: a DS service. */
class PortalVerbTest extends ChorusTestSupport {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static <T> List<T> services(Class<T> type) throws InterruptedException {
        BundleContext bc = FrameworkUtil.getBundle(ChorusConnector.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(bc, type, null);
        tracker.open();
        try {
            for (int i = 0; i < 50; i++) {
                Object[] found = tracker.getServices();
                if (found != null && found.length > 0) {
                    return Stream.of(found).map(type::cast).toList();
                }
                Thread.sleep(100);
            }
            return List.of();
        } finally {
            tracker.close();
        }
    }

    private static CommandVerb verb() throws InterruptedException {
        return services(CommandVerb.class).stream().filter(v -> "portal".equals(v.name())).findFirst().orElse(null);
    }

    private int run(boolean json, Map<String, String> env, String... args) throws Exception {
        CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), json, data, env);
        return verb().run(context, List.of(args));
    }

    private static Map<String, String> credentials(String password) {
        return Map.of(PortalSettings.ENV_CLIENT_ID, CLIENT_ID, PortalSettings.ENV_CLIENT_SECRET, CLIENT_SECRET,
                PortalSettings.ENV_LOGIN, LOGIN, PortalSettings.ENV_PASSWORD, password);
    }

    private String[] urls(String... more) {
        return Stream.concat(Stream.of("check", "--api-url", emulator.baseUrl().toString(), "--token-url",
                emulator.tokenUrl().toString()), Stream.of(more)).toArray(String[]::new);
    }

    @Test
    void bothFactoriesAndTheVerbAreRegisteredServices() throws Exception {
        Set<String> ids = services(PortalConnectorFactory.class).stream().map(PortalConnectorFactory::id)
                .collect(Collectors.toSet());
        assertEquals(Set.of("chorus", "folder"), ids);
        CommandVerb verb = verb();
        assertNotNull(verb);
        assertTrue(verb.usage().contains("CHORAL_PISTE_CLIENT_ID"));
    }

    @Test
    void checksTheEmulatorWithCredentialsFromTheEnvironment() throws Exception {
        start();
        assertEquals(ExitCode.OK, run(false, credentials(PASSWORD), urls()), err::toString);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Chorus Pro") && text.contains("OK"), text);
    }

    @Test
    void withoutEnvOrUrlsTheSavedSettingsOfTheDataFolderAreUsedAndTheEnvironmentStillOverrides() throws Exception {
        start();
        List<java.nio.file.Path> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        PortalSettingsProvider saved = new PortalSettingsProvider() {
            @Override
            public PortalSettings current() {
                throw new AssertionError("the command line names its data folder");
            }

            @Override
            public PortalSettings current(java.nio.file.Path dataFolder) {
                asked.add(dataFolder);
                return PortalSettings.defaults().withUrls(emulator.baseUrl(), emulator.tokenUrl())
                        .withCredentials(CLIENT_ID, CLIENT_SECRET, LOGIN, PASSWORD);
            }
        };
        BundleContext bc = FrameworkUtil.getBundle(ChorusConnector.class).getBundleContext();
        ServiceRegistration<PortalSettingsProvider> reg = bc.registerService(PortalSettingsProvider.class, saved,
                new Hashtable<>(Map.of(Constants.SERVICE_RANKING, 1000)));
        try {
            assertEquals(ExitCode.OK, run(false, Map.of(), "check"), err.toString(StandardCharsets.UTF_8));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains(emulator.baseUrl().toString()));
            assertEquals(List.of(data), asked);
            assertEquals(ExitCode.PORTAL, run(false, Map.of(PortalSettings.ENV_PASSWORD, "wrong-from-env"), "check"));
        } finally {
            reg.unregister();
        }
    }

    @Test
    void printsJson() throws Exception {
        start();
        assertEquals(ExitCode.OK, run(true, credentials(PASSWORD), urls()));
        JsonNode node = new ObjectMapper().readTree(out.toByteArray());
        assertEquals("chorus", node.get("portal").asText());
        assertTrue(node.get("ok").asBoolean());
        assertEquals(1, node.get("supplierStructures").asInt());
        assertTrue(node.get("passwordExpiry").asText().matches("\\d{4}-\\d\\d-\\d\\d"));
    }

    @Test
    void refusedCredentialsEndWithExitCode3() throws Exception {
        start();
        assertEquals(ExitCode.PORTAL, run(true, credentials("wrong"), urls()));
        JsonNode node = new ObjectMapper().readTree(out.toByteArray());
        assertEquals("AUTHENTICATION", node.get("error").asText());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("compte technique"));
    }

    @Test
    void anUnreachablePortalEndsWithExitCode3() throws Exception {
        assertEquals(ExitCode.PORTAL, run(false, credentials(PASSWORD), "check", "--api-url", "http://127.0.0.1:9",
                "--token-url", "http://127.0.0.1:9/api/oauth/token"));
    }

    @Test
    void checksTheOutboxFolder() throws Exception {
        assertEquals(ExitCode.OK, run(true, Map.of(), "check", "--portal", "folder"));
        JsonNode node = new ObjectMapper().readTree(out.toByteArray());
        assertEquals("folder", node.get("portal").asText());
        assertTrue(java.nio.file.Files.isDirectory(data.resolve("outbox")));
    }

    @Test
    void usageErrors() {
        assertEquals(ExitCode.USAGE, assertThrows(CommandException.class, () -> run(false, Map.of(), "check", "--env", "mars")).exitCode());
        assertEquals(ExitCode.USAGE, assertThrows(CommandException.class, () -> run(false, Map.of(), "check", "--portal", "peppol")).exitCode());
        assertEquals(ExitCode.USAGE, assertThrows(CommandException.class, () -> run(false, Map.of(), "check", "--api-url", "https://x.example")).exitCode());
        assertEquals(ExitCode.USAGE, assertThrows(CommandException.class, () -> run(false, Map.of(), "deposit")).exitCode());
        assertEquals(ExitCode.USAGE, assertThrows(CommandException.class,
                () -> run(false, Map.of(), "check", "--api-url", "http://remote.example", "--token-url", "http://remote.example/t")).exitCode());
    }
}
