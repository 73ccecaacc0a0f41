// SPDX-License-Identifier: EPL-2.0
package org.choral.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, reliability: the product's JVM is killed ({@code kill -9}) in the middle of a sequential
 * run of 200 invoices against the emulator (a separate process); the run is resumed with
 * {@code --skip-deposited}; the emulator must have received every invoice exactly once and the
 * ledger must say so too.
 */
class KillAndResumeTest {

    private static final int INVOICES = 200;
    private static final int KILL_AFTER = 75;

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
            DepositRuns.Live run = DepositRuns.Live.start(product, dir.resolve("killed-run.err"),
                    DepositRuns.deposit(fixture, emulator, 0));
            int atKill = run.awaitRows(DepositRuns.depositedRow("KR"), KILL_AFTER, Duration.ofSeconds(120));
            // SIGKILL: no shutdown hook, no ledger close
            assertEquals(137, run.kill(), "the run must have been killed, not have finished (128 + SIGKILL)");
            assertTrue(atKill >= KILL_AFTER && atKill < INVOICES, "killed after " + atKill + " deposits");

            Run.Result resumed = product.choral(DepositRuns.deposit(fixture, emulator, 0, "--skip-deposited"));
            assertTrue(resumed.code() == 0 || resumed.code() == 1, resumed.toString());
            DepositRuns.Ledger ledger = DepositRuns.ledger(product);
            if (!ledger.withStatus("uncertain").isEmpty()) {
                // the invoice in flight at the kill never reached the emulator (the look-up did not find
                // it): sending it again is the user's decision, and the look-up runs first, so no duplicate
                Run.Result resent = product
                        .choral(DepositRuns.deposit(fixture, emulator, 0, "--skip-deposited", "--resend-uncertain"));
                assertEquals(0, resent.code(), resent.toString());
                ledger = DepositRuns.ledger(product);
            }
            assertEquals(DepositRuns.each(fixture.numbers, "deposited"), ledger.statuses(),
                    "the ledger after the resumed run");

            EmulatorProcess.State state = emulator.stop();
            Map<String, Integer> once = DepositRuns.each(fixture.numbers, 1);
            assertEquals(once, new TreeMap<>(state.received()), "invoices the emulator received");
            assertEquals(once, new TreeMap<>(state.accepted()), "invoices the emulator accepted");
            assertEquals(new TreeMap<>(state.fluxOf()), ledger.fluxNumbers(),
                    "the ledger's flux numbers against the emulator's");
        }
    }
}
