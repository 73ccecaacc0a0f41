// SPDX-License-Identifier: EPL-2.0
package org.choral.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.choral.core.api.command.CommandContext;
import org.choral.core.api.command.CommandException;
import org.choral.core.api.command.CommandVerb;
import org.choral.core.api.command.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code choral demo}, as the command line finds it: a registered verb. */
class DemoVerbTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private static CommandVerb verb() throws InterruptedException {
        return Services.all(CommandVerb.class).stream().filter(v -> "demo".equals(v.name())).findFirst() //$NON-NLS-1$
                .orElseThrow(() -> new AssertionError("demo verb not registered")); //$NON-NLS-1$
    }

    private int run(Path data, String... args) throws Exception {
        out.reset();
        CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, data, Map.of());
        return verb().run(context, List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void preparesAnEmptyFolderThenSaysItIsReady() throws Exception {
        assertEquals(ExitCode.OK, run(dir));
        assertTrue(out().contains("Démonstration prête dans " + dir), out()); //$NON-NLS-1$
        assertTrue(out().contains("400 structures"), out()); //$NON-NLS-1$
        assertTrue(Files.isRegularFile(dir.resolve("demonstration/factures/export-erp.csv"))); //$NON-NLS-1$
        assertTrue(Files.isRegularFile(dir.resolve("directory/directory.mv.db"))); //$NON-NLS-1$
        Files.delete(dir.resolve(WorkbenchPreferences.SETTINGS_FOLDER).resolve(DemoPreparer.CONTROL_NODE + ".prefs")); //$NON-NLS-1$
        assertEquals(ExitCode.OK, run(dir));
        assertTrue(out().contains("déjà prête"), out()); //$NON-NLS-1$
        assertEquals(dir.resolve("demonstration/factures/export-erp.csv").toString(), //$NON-NLS-1$
                WorkbenchPreferences.get(dir, DemoPreparer.CONTROL_NODE, DemoPreparer.CONTROL_INVOICES),
                "a workbench area reset since: it opens on the sample again"); //$NON-NLS-1$
        Files.writeString(dir.resolve("demonstration/factures/export-erp.csv"), "abîmé"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(ExitCode.OK, run(dir, "--reset", "--json")); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(out().startsWith("{\"dataFolder\":") && out().contains("\"created\":true"), out()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(Files.readString(dir.resolve("demonstration/factures/export-erp.csv")).startsWith(DemoInvoices.HEADER)); //$NON-NLS-1$
    }

    @Test
    void aFolderWithTheUsersDataIsLeftAloneAndTheDemoGoesBesideIt() throws Exception {
        Path mine = Files.writeString(Files.createDirectories(dir.resolve("ledger")).resolve("mes-depots.db"), "x"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(ExitCode.OK, run(dir));
        assertTrue(out().contains(dir.resolve("demo").toString()), out()); //$NON-NLS-1$
        assertTrue(Files.isRegularFile(dir.resolve("demo/demonstration/demonstration.properties"))); //$NON-NLS-1$
        assertEquals("x", Files.readString(mine)); //$NON-NLS-1$
        assertTrue(Files.notExists(dir.resolve("demonstration"))); //$NON-NLS-1$
    }

    @Test
    void unknownOptionIsAUsageError() throws Exception {
        CommandException e = assertThrows(CommandException.class, () -> run(dir, "--bogus")); //$NON-NLS-1$
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals(ExitCode.USAGE, assertThrows(CommandException.class, () -> run(dir, "extra")).exitCode()); //$NON-NLS-1$
    }
}
