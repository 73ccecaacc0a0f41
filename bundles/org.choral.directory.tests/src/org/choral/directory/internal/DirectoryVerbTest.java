// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.choral.core.api.command.CommandContext;
import org.choral.core.api.command.CommandException;
import org.choral.core.api.command.ExitCode;
import org.choral.directory.internal.cli.DirectoryVerbAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code choral directory …}: text and JSON output, exit codes. */
class DirectoryVerbTest {

    @TempDir
    Path dir;

    private final DirectoryServicesComponent factory = new DirectoryServicesComponent();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Clock clock = Clock.systemUTC();

    @AfterEach
    void close() {
        factory.deactivate();
    }

    private int run(boolean json, String... args) throws CommandException {
        out.reset();
        CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), json, dir.resolve("data"), Map.of());
        return DirectoryVerbAccess.create(factory, clock).run(context, List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out());
    }

    private void importBase() throws Exception {
        assertEquals(ExitCode.OK, run(false, "import", Fixtures.base(dir.resolve("annuaire.xlsx")).toString()));
    }

    @Test
    void importPrintsCountsAndChanges() throws Exception {
        importBase();
        assertTrue(out().contains("annuaire.xlsx") && out().contains("3 structures, 3 services"), out());
        assertTrue(out().contains("Premier import"), out());
        assertEquals(ExitCode.OK, run(true, "import", dir.resolve("annuaire.xlsx").toString()));
        JsonNode node = json();
        assertEquals(3, node.get("structures").asInt());
        assertEquals(0, node.get("skipped").get("total").asInt());
        assertEquals(false, node.get("changes").get("firstImport").asBoolean());
        assertEquals(0, node.get("changes").get("structuresAdded").asInt());
    }

    @Test
    void showPrintsFlagsAndServices() throws Exception {
        importBase();
        assertEquals(ExitCode.OK, run(false, "show", "130", "026", "123", "00179"));
        String text = out();
        assertTrue(text.contains("13002612300179") && text.contains("Ministère de l'Économie"), text);
        assertTrue(text.contains("StGS  oui Code service obligatoire"), text);
        assertTrue(text.contains("StGE  non Numéro d’engagement obligatoire"), text);
        assertTrue(text.contains("SvA  SvGE") && text.contains("FACTURES_PUBLIQUES"), text);
    }

    @Test
    void showAsJsonUsesTheSixFlagNames() throws Exception {
        importBase();
        assertEquals(ExitCode.OK, run(true, "show", Fixtures.TOWN));
        JsonNode node = json();
        assertEquals(Fixtures.TOWN, node.get("siret").asText());
        assertEquals("42000", node.get("postalCode").asText());
        assertTrue(node.get("StA").asBoolean() && node.get("StGE").asBoolean());
        assertEquals(false, node.get("StGS").asBoolean());
        assertEquals(false, node.get("StGSE").asBoolean());
        JsonNode service = node.get("services").get(0);
        assertEquals("TECH", service.get("code").asText());
        assertTrue(service.get("SvA").asBoolean() && service.get("SvGE").asBoolean());
    }

    @Test
    void showUnknownSiretIsAFindingAndMalformedOneAUsageError() throws Exception {
        importBase();
        assertEquals(ExitCode.FINDINGS, run(true, "show", "13002612300178"));
        assertEquals(false, json().get("found").asBoolean());
        CommandException e = assertThrows(CommandException.class, () -> run(false, "show", "ABC"));
        assertEquals(ExitCode.USAGE, e.exitCode());
    }

    @Test
    void searchTextAndJson() throws Exception {
        importBase();
        assertEquals(ExitCode.OK, run(false, "search", "saint", "etienne"));
        assertTrue(out().contains(Fixtures.TOWN) && out().contains("42000 Saint-Étienne"), out());
        assertEquals(ExitCode.OK, run(true, "search", "--limit", "1", "c"));
        assertEquals(1, json().get("results").size());
    }

    @Test
    void statusWarnsWhenOlderThan31Days() throws Exception {
        assertEquals(ExitCode.FINDINGS, run(true, "status"));
        assertEquals(false, json().get("imported").asBoolean());
        importBase();
        assertEquals(ExitCode.OK, run(false, "status"));
        assertTrue(out().contains("annuaire.xlsx") && out().contains("3 structures, 3 services"), out());
        clock = Clock.fixed(Instant.now().plus(Duration.ofDays(40)), ZoneOffset.UTC);
        assertEquals(ExitCode.FINDINGS, run(false, "status"));
        assertTrue(out().contains("plus de 31 jours"), out());
        assertEquals(ExitCode.FINDINGS, run(true, "status"));
        assertTrue(json().get("stale").asBoolean());
        assertTrue(json().get("ageDays").asInt() >= 39);
    }

    @Test
    void refusedImportIsAUsageErrorNamingTheFile() throws Exception {
        Path html = java.nio.file.Files.writeString(dir.resolve("page.xlsx"), "<html><body>Erreur</body></html>");
        CommandException e = assertThrows(CommandException.class, () -> run(false, "import", html.toString()));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("page.xlsx"), e.getMessage());
        assertEquals(ExitCode.USAGE, assertThrows(CommandException.class,
                () -> run(false, "import", dir.resolve("absent.xlsx").toString())).exitCode());
        assertEquals(ExitCode.USAGE, assertThrows(CommandException.class, () -> run(false, "frobnicate")).exitCode());
        assertEquals(ExitCode.USAGE, assertThrows(CommandException.class, () -> run(false, "show", Fixtures.TOWN))
                .exitCode(), "show before any import");
    }
}
