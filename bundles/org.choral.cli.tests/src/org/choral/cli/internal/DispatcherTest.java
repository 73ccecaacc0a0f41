// SPDX-License-Identifier: EPL-2.0
package org.choral.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.choral.core.api.command.CommandContext;
import org.choral.core.api.command.CommandException;
import org.choral.core.api.command.CommandVerb;
import org.choral.core.api.command.ExitCode;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class DispatcherTest {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    private final RecordingVerb echo = new RecordingVerb("echo", ExitCode.OK);

    private int run(String... args) {
        return new Dispatcher(() -> List.of(echo, new RecordingVerb("fail", ExitCode.FINDINGS)), "1.2.3",
                Map.of("CHORAL_DATA", "/tmp/choral-default")).run(List.of(args), out, err);
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void versionIsPrintedAsTextAndJson() throws Exception {
        assertEquals(ExitCode.OK, run("--version"));
        assertTrue(out().contains("Choral 1.2.3"), out());
        outBytes.reset();
        assertEquals(ExitCode.OK, run("--json", "--version"));
        JsonNode node = new ObjectMapper().readTree(out());
        assertEquals("1.2.3", node.get("version").asText());
    }

    @Test
    void helpListsEveryRegisteredVerb() throws Exception {
        assertEquals(ExitCode.OK, run("help"));
        assertTrue(out().contains("echo") && out().contains("fail") && out().contains("help"), out());
        outBytes.reset();
        assertEquals(ExitCode.OK, run("help", "echo", "--json"));
        assertEquals("usage of echo", new ObjectMapper().readTree(out()).get("usage").asText());
    }

    @Test
    void noArgumentsPrintsHelpWithUsageExitCode() {
        assertEquals(ExitCode.USAGE, run());
        assertTrue(out().contains("echo"));
    }

    @Test
    void verbGetsItsArgumentsAndTheGlobalOptionsWherever_they_stand() {
        assertEquals(ExitCode.OK, run("echo", "--json", "a", "--data", "/srv/x", "b"));
        assertEquals(List.of("a", "b"), echo.arguments);
        assertTrue(echo.context.json());
        assertEquals(Path.of("/srv/x").toAbsolutePath(), echo.context.dataFolder());
    }

    @Test
    void dataFolderDefaultsToTheEnvironment() {
        run("echo");
        assertEquals(Path.of("/tmp/choral-default"), echo.context.dataFolder());
    }

    @Test
    void verbExitCodeIsReturned() {
        assertEquals(ExitCode.FINDINGS, run("fail"));
    }

    @Test
    void unknownVerbIsAUsageErrorListingTheKnownOnes() {
        assertEquals(ExitCode.USAGE, run("chek"));
        assertTrue(err().contains("chek") && err().contains("echo"), err());
    }

    @Test
    void commandExceptionBecomesItsExitCodeAndMessage() throws Exception {
        echo.failWith = new CommandException(ExitCode.PORTAL, "portail injoignable");
        assertEquals(ExitCode.PORTAL, run("echo", "--json"));
        assertTrue(err().contains("portail injoignable"), err());
        assertEquals(3, new ObjectMapper().readTree(out()).get("exitCode").asInt());
    }

    @Test
    void verbsRegisteredAsOsgiServicesAreFoundByTheApplicationTracker() {
        var context = FrameworkUtil.getBundle(DispatcherTest.class).getBundleContext();
        ServiceRegistration<CommandVerb> reg = context.registerService(CommandVerb.class,
                new RecordingVerb("from-service", ExitCode.OK), null);
        try {
            var tracker = new org.osgi.util.tracker.ServiceTracker<CommandVerb, CommandVerb>(context,
                    CommandVerb.class, null);
            tracker.open();
            List<CommandVerb> found = new ArrayList<>(List.of(tracker.getServices(new CommandVerb[0])));
            tracker.close();
            int code = new Dispatcher(() -> found, "1", Map.of()).run(List.of("from-service"), out, err);
            assertEquals(ExitCode.OK, code, err());
        } finally {
            reg.unregister();
        }
    }

    private static final class RecordingVerb implements CommandVerb {
        private final String name;
        private final int exit;
        List<String> arguments;
        CommandContext context;
        CommandException failWith;

        RecordingVerb(String name, int exit) {
            this.name = name;
            this.exit = exit;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String summary() {
            return "summary of " + name;
        }

        @Override
        public String usage() {
            return "usage of " + name;
        }

        @Override
        public int run(CommandContext context, List<String> arguments) throws CommandException {
            this.context = context;
            this.arguments = arguments;
            if (failWith != null) {
                throw failWith;
            }
            return exit;
        }
    }
}
