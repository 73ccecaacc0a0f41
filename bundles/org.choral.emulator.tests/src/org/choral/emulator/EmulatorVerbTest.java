// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.choral.core.api.command.CommandContext;
import org.choral.core.api.command.CommandException;
import org.choral.core.api.command.CommandVerb;
import org.choral.core.api.command.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code choral emulator}: a DS service that serves until interrupted. */
class EmulatorVerbTest {

    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private CommandContext context(boolean json) {
        return new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), json, data, Map.of());
    }

    /** The verb as the command line finds it: a {@link CommandVerb} service registered by DS. */
    static CommandVerb verb() throws InterruptedException {
        BundleContext bc = FrameworkUtil.getBundle(Emulator.class).getBundleContext();
        ServiceTracker<CommandVerb, CommandVerb> tracker = new ServiceTracker<>(bc, CommandVerb.class, null);
        tracker.open();
        try {
            for (int i = 0; i < 50; i++) {
                for (CommandVerb v : tracker.getServices(new CommandVerb[0])) {
                    if ("emulator".equals(v.name())) {
                        return v;
                    }
                }
                Thread.sleep(100);
            }
            return null;
        } finally {
            tracker.close();
        }
    }

    @Test
    void registeredAsACommandVerbService() throws Exception {
        CommandVerb verb = verb();
        assertNotNull(verb, "the emulator verb is a registered DS service");
        assertTrue(verb.summary().contains("émulateur"));
        assertTrue(verb.usage().contains("--faults"));
    }

    @Test
    void servesUntilInterruptedAndPrintsItsUrls() throws Exception {
        CommandVerb verb = verb();
        Path faults = data.resolve("faults.json");
        Files.writeString(faults, "{\"faults\": [{\"endpoint\": \"rechercher\", \"calls\": [1], \"kind\": \"SERVER_ERROR\"}]}");
        AtomicInteger code = new AtomicInteger(-1);
        Thread runner = new Thread(() -> {
            try {
                code.set(verb.run(context(true), List.of("--port", "0", "--faults", faults.toString(), "--speed", "60")));
            } catch (CommandException e) {
                code.set(100 + e.exitCode());
            }
        });
        runner.start();
        JsonNode printed = null;
        for (int i = 0; i < 100 && printed == null; i++) {
            String text = out.toString(StandardCharsets.UTF_8);
            if (text.contains("\n")) {
                printed = Client.JSON.readTree(text);
            } else {
                Thread.sleep(50);
            }
        }
        assertNotNull(printed, err.toString(StandardCharsets.UTF_8));
        Client client = new Client(URI.create(printed.get("baseUrl").asText())).login();
        assertTrue(printed.get("tokenUrl").asText().endsWith("/api/oauth/token"));
        assertEquals(data.resolve("emulator").toString(), printed.get("stateFolder").asText());
        assertEquals(500, client.post("/cpro/structures/v1/rechercher", Client.JSON.createObjectNode()).status());
        assertEquals(200, client.post("/cpro/structures/v1/rechercher", Client.JSON.createObjectNode()).status());
        runner.interrupt();
        runner.join(10_000);
        assertEquals(ExitCode.OK, code.get());
        assertTrue(Files.exists(data.resolve("emulator").resolve("state.json")));
        String[] lines = out.toString(StandardCharsets.UTF_8).trim().split("\n");
        JsonNode stopped = Client.JSON.readTree(lines[lines.length - 1]);
        assertTrue(stopped.get("stopped").asBoolean(), lines[lines.length - 1]);
        assertEquals(3, stopped.get("calls").asInt(), "the token and two searches");
        assertEquals(1, stopped.get("connectionsAccepted").asInt(), "one kept-alive connection for the three calls");
    }

    @Test
    void badOptionsAreUsageErrors() throws Exception {
        CommandVerb verb = verb();
        CommandException e = assertThrows(CommandException.class,
                () -> verb.run(context(false), List.of("--directory", data.resolve("none.csv").toString())));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("none.csv"));
        assertEquals(ExitCode.USAGE, assertThrows(CommandException.class,
                () -> verb.run(context(false), List.of("--speed", "vite"))).exitCode());
        assertEquals(ExitCode.USAGE, assertThrows(CommandException.class,
                () -> verb.run(context(false), List.of("--outcomes", "0.5,0.6,0.1"))).exitCode());
        assertEquals(ExitCode.USAGE, assertThrows(CommandException.class,
                () -> verb.run(context(false), List.of("--bogus"))).exitCode());
        Path bad = data.resolve("bad.csv");
        Files.writeString(bad, "a;b\n");
        e = assertThrows(CommandException.class, () -> verb.run(context(false), List.of("--port", "0", "--directory", bad.toString())));
        assertTrue(e.getMessage().contains("bad.csv"), e.getMessage());
    }
}
