// SPDX-License-Identifier: EPL-2.0
package org.choral.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 9, reliability: the product's JVM is killed ({@code kill -9}) in the middle of a sequential
 * run of 200 invoices against the emulator (a separate process); the run is resumed with
 * {@code --skip-deposited}; the emulator must have received every invoice exactly once and the
 * ledger must say so too.
 */
class KillAndResumeTest {

    private static final int INVOICES = 200;
    private static final int KILL_AFTER = 75;
    private static final Pattern DEPOSITED_ROW = Pattern.compile("^KR\\d{5}\\t.*\\tCPP\\d+$");

    @TempDir
    Path dir;

    @Test
    void killedSequentialRunResumesWithEveryInvoiceDepositedExactlyOnce() throws Exception {
        InstalledProduct product = InstalledProduct.unpack(dir);
        DepositFixture fixture = DepositFixture.write(dir.resolve("in"), "KR", INVOICES);
        Run.Result imported = product.choral("directory", "import", fixture.structures.toString(),
                fixture.services.toString());
        assertEquals(0, imported.code(), imported.toString());
        // fast virtual clock: a flux is integrated (so found by the look-up) well under a second after its deposit
        try (EmulatorProcess emulator = EmulatorProcess.start(product, dir.resolve("emulator-data"), fixture, 1000)) {
            int atKill = depositThenKill(product, fixture, emulator);
            assertTrue(atKill >= KILL_AFTER && atKill < INVOICES, "killed after " + atKill + " deposits");

            Run.Result resumed = product.choral(deposit(fixture, emulator, "--skip-deposited"));
            assertTrue(resumed.code() == 0 || resumed.code() == 1, resumed.toString());
            Map<String, String> ledger = statuses(product);
            if (ledger.containsValue("uncertain")) {
                // the invoice in flight at the kill never reached the emulator (the look-up did not find
                // it): sending it again is the user's decision, and the look-up runs first, so no duplicate
                Run.Result resent = product.choral(deposit(fixture, emulator, "--skip-deposited", "--resend-uncertain"));
                assertEquals(0, resent.code(), resent.toString());
                ledger = statuses(product);
            }
            Map<String, String> expected = new TreeMap<>();
            fixture.numbers.forEach(n -> expected.put(n, "deposited"));
            assertEquals(expected, ledger, "the ledger after the resumed run");

            EmulatorProcess.State state = emulator.stop();
            Map<String, Integer> once = new TreeMap<>();
            fixture.numbers.forEach(n -> once.put(n, 1));
            assertEquals(once, new TreeMap<>(state.received()), "invoices the emulator received");
            assertEquals(once, new TreeMap<>(state.accepted()), "invoices the emulator accepted");
            assertEquals(new TreeMap<>(state.fluxOf()), fluxNumbers(product), "the ledger's flux numbers against the emulator's");
        }
    }

    /** Starts the sequential run and kills its JVM once {@link #KILL_AFTER} rows say deposited. */
    private int depositThenKill(InstalledProduct product, DepositFixture fixture, EmulatorProcess emulator)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(deposit(fixture, emulator)));
        Process run = product.process(product.data(), command.toArray(String[]::new))
                .redirectError(dir.resolve("killed-run.err").toFile()).start();
        AtomicInteger deposited = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (DEPOSITED_ROW.matcher(line).matches() && deposited.incrementAndGet() >= KILL_AFTER) {
                        enough.countDown();
                    }
                }
            } catch (java.io.IOException e) {
                // the pipe breaks when the process is killed
            }
            enough.countDown();
        });
        reader.start();
        assertTrue(enough.await(120, TimeUnit.SECONDS), "no " + KILL_AFTER + " deposits within 120 s");
        run.destroyForcibly(); // SIGKILL: no shutdown hook, no ledger close
        assertTrue(run.waitFor(30, TimeUnit.SECONDS), "the killed JVM did not end");
        reader.join(10_000);
        assertEquals(137, run.exitValue(), "the run must have been killed, not have finished (128 + SIGKILL)");
        return deposited.get();
    }

    private static String[] deposit(DepositFixture fixture, EmulatorProcess emulator, String... more) {
        List<String> args = new ArrayList<>(List.of("deposit", "--invoices", fixture.export.toString(), "--supplier",
                fixture.supplier.toString(), "--mode", "sequential", "--format", DepositFixture.SYNTAX, "--pause-ms", "0",
                "--api-url", emulator.baseUrl, "--token-url", emulator.tokenUrl));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** Invoice number → status, from {@code choral status --json}. */
    private static Map<String, String> statuses(InstalledProduct product) throws Exception {
        return ledgerField(product, "status");
    }

    /** Invoice number → flux number, from {@code choral status --json}. */
    private static Map<String, String> fluxNumbers(InstalledProduct product) throws Exception {
        return ledgerField(product, "fluxNumber");
    }

    private static Map<String, String> ledgerField(InstalledProduct product, String field) throws Exception {
        Run.Result status = product.choral("status", "--json");
        assertTrue(status.code() == 0 || status.code() == 1, status.toString());
        Map<String, String> byNumber = new TreeMap<>();
        for (JsonNode invoice : new ObjectMapper().readTree(status.out()).get("invoices")) {
            byNumber.put(invoice.get("number").asText(), invoice.get(field).asText());
        }
        return byNumber;
    }
}
