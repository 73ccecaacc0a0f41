// SPDX-License-Identifier: EPL-2.0
package org.choral.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.choral.core.api.command.CommandContext;
import org.choral.core.api.command.CommandException;
import org.choral.core.api.command.CommandVerb;
import org.choral.core.api.command.ExitCode;
import org.choral.emulator.Emulator;
import org.choral.emulator.EmulatorConfig;
import org.choral.emulator.EmulatorProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code choral demo --reset} starts the demo afresh: the demo's deposit history, proofs, flux files
 * and the emulator's state go too; and it erases nothing that might not be the demo's own.
 */
class DemoResetTest {

    @TempDir
    Path dir;

    private static CommandVerb verb() throws InterruptedException {
        return Services.all(CommandVerb.class).stream().filter(v -> "demo".equals(v.name())).findFirst() //$NON-NLS-1$
                .orElseThrow(() -> new AssertionError("demo verb not registered")); //$NON-NLS-1$
    }

    private static int run(Path data, String... args) throws Exception {
        CommandContext context = new CommandContext(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, data, Map.of());
        return verb().run(context, List.of(args));
    }

    /** What a demo run leaves: a deposit history, a proof, flux files, an outbox. */
    private static List<Path> depositsMadeIn(Path data) throws Exception {
        return List.of(write(data.resolve("ledger/ledger.mv.db")), write(data.resolve("proof/CPP0000000001/receipt.json")), //$NON-NLS-1$ //$NON-NLS-2$
                write(data.resolve("flux/20260301-101500/F-1.xml")), write(data.resolve("outbox/x/receipt.json"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Path write(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "x"); //$NON-NLS-1$
    }

    /** Starts the demo's emulator on its profile and deposits one invoice of the sample export. */
    private static void depositOnTheEmulator(Path data) throws Exception {
        try (Emulator emulator = startEmulator(data)) {
            HttpClient http = HttpClient.newHttpClient();
            String tokenAnswer = http.send(HttpRequest.newBuilder(emulator.tokenUrl())
                    .header("Content-Type", "application/x-www-form-urlencoded") //$NON-NLS-1$ //$NON-NLS-2$
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=a&client_secret=b")) //$NON-NLS-1$
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(tokenAnswer); //$NON-NLS-1$
            assertTrue(token.find(), tokenAnswer);
            String body = "{\"fichierFlux\":\"" + java.util.Base64.getEncoder().encodeToString("<x/>".getBytes()) //$NON-NLS-1$ //$NON-NLS-2$
                    + "\",\"nomFichier\":\"F-1.xml\",\"syntaxeFlux\":\"IN_DP_E1_UBL_INVOICE\"}"; //$NON-NLS-1$
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl()
                    + "/cpro/factures/v1/deposer/flux")).header("Authorization", "Bearer " + token.group(1)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .header("cpro-account", "ZGVtbzpkZW1v").header("Content-Type", "application/json") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
        }
        assertTrue(Files.readString(data.resolve("emulator/state.json")).contains("F-1.xml")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Emulator startEmulator(Path data) throws Exception {
        return Emulator.start(EmulatorProfile.apply(data, EmulatorConfig.builder(data.resolve(Emulator.DATA_SUBFOLDER))
                .port(0), true).build());
    }

    @Test
    void resetErasesTheDemosDepositsProofsAndEmulatorStateAndPreparesItAgain() throws Exception {
        assertEquals(ExitCode.OK, run(dir));
        List<Path> deposits = depositsMadeIn(dir);
        depositOnTheEmulator(dir);

        assertEquals(ExitCode.OK, run(dir, "--reset")); //$NON-NLS-1$
        for (Path p : deposits) {
            assertFalse(Files.exists(p), p + " erased");
        }
        for (String folder : DemoReset.ERASED) {
            if (!Emulator.DATA_SUBFOLDER.equals(folder)) {
                assertFalse(Files.exists(dir.resolve(folder)), folder);
            }
        }
        assertFalse(Files.exists(dir.resolve("emulator/state.json")), "the emulator starts with no deposit"); //$NON-NLS-1$
        assertTrue(Files.isRegularFile(dir.resolve("emulator/profile.properties"))); //$NON-NLS-1$
        assertTrue(DemoFolders.isDemo(dir));
        try (Emulator emulator = startEmulator(dir)) {
            assertEquals(DemoDirectory.STRUCTURES, emulator.structures().size(), "the demo's emulator works again");
        }
        assertFalse(Files.readString(dir.resolve("emulator/state.json")).contains("F-1.xml")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void aFolderThatIsNotADemoIsNeverErased() throws Exception {
        write(dir.resolve("ledger/mes-depots.mv.db")); // the user's data: the demo goes into dir/demo
        Path mine = write(dir.resolve("demo/proof/CPP42/receipt.json")); // and dir/demo holds other data
        CommandException e = assertThrows(CommandException.class, () -> run(dir, "--reset")); //$NON-NLS-1$
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains(dir.resolve("demo").toString()), e.getMessage()); //$NON-NLS-1$
        assertTrue(Files.exists(mine));
        assertTrue(Files.exists(dir.resolve("ledger/mes-depots.mv.db"))); //$NON-NLS-1$
        assertFalse(Files.exists(dir.resolve("demo/demonstration")), "nothing written either"); //$NON-NLS-1$
    }

    @Test
    void aDemoSetUpForRealWorkIsNotErased() throws Exception {
        assertEquals(ExitCode.OK, run(dir));
        List<Path> deposits = depositsMadeIn(dir);
        WorkbenchPreferences.put(dir, DemoPreparer.SETTINGS_NODE, Map.of("chorus.environment", "PRODUCTION")); //$NON-NLS-1$ //$NON-NLS-2$
        CommandException e = assertThrows(CommandException.class, () -> run(dir, "--reset")); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("PRODUCTION"), e.getMessage()); //$NON-NLS-1$
        deposits.forEach(p -> assertTrue(Files.exists(p), p.toString()));

        WorkbenchPreferences.put(dir, DemoPreparer.SETTINGS_NODE,
                Map.of("chorus.environment", "EMULATOR", "company.siret", "73282932000074")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        e = assertThrows(CommandException.class, () -> run(dir, "--reset")); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("73282932000074"), e.getMessage()); //$NON-NLS-1$
        deposits.forEach(p -> assertTrue(Files.exists(p), p.toString()));
    }

    @Test
    void nothingIsErasedWhileAnEmulatorOrTheWorkbenchRunsOnTheDemo() throws Exception {
        assertEquals(ExitCode.OK, run(dir));
        List<Path> deposits = depositsMadeIn(dir);
        try (Emulator running = startEmulator(dir)) {
            CommandException e = assertThrows(CommandException.class, () -> run(dir, "--reset")); //$NON-NLS-1$
            assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
            deposits.forEach(p -> assertTrue(Files.exists(p), p.toString()));
        }
        Path lock = write(dir.resolve("workbench/.metadata/.lock")); //$NON-NLS-1$
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            assertThrows(CommandException.class, () -> run(dir, "--reset")); //$NON-NLS-1$
            deposits.forEach(p -> assertTrue(Files.exists(p), p.toString()));
        }
        assertEquals(ExitCode.OK, run(dir, "--reset"), "both stopped: the demo starts afresh"); //$NON-NLS-1$
        deposits.forEach(p -> assertFalse(Files.exists(p), p.toString()));
    }
}
