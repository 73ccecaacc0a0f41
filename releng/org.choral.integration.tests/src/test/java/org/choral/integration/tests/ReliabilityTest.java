// SPDX-License-Identifier: EPL-2.0
package org.choral.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, reliability: the built product's {@code choral deposit --mode sequential} against
 * {@code choral emulator} run as a separate process with injected faults (lost answers, a storm of
 * 429, 503, token expiry) or taken away (killed mid-run). Each run must finish, or stop cleanly
 * with no invoice left {@code sending}; what the user reads must say what happened and what to do;
 * and after the reruns the user is told to make, every invoice is in the ledger ({@code choral
 * status --json}) as deposited with the flux number the emulator gave it, and the emulator's saved
 * state holds each invoice received exactly once.
 */
class ReliabilityTest {

    private static final int INVOICES = 30;
    private static final Duration RUN_LIMIT = Duration.ofMinutes(2);
    /** What the report of an invoice whose answer was lost says Choral does about it. */
    private static final String LOOKED_UP_BEFORE_NEXT_RUN = "La facture sera recherch\u00e9e sur le portail avant le prochain"
            + " d\u00e9p\u00f4t, jamais renvoy\u00e9e d'office.";

    @TempDir
    static Path installation;

    /** The product, unpacked once; its data folder holds the fixtures' directory, imported once. */
    private static InstalledProduct installed;

    @TempDir
    Path dir;

    private InstalledProduct product;
    private DepositFixture fixture;

    @BeforeAll
    static void install() throws Exception {
        installed = InstalledProduct.unpack(installation);
        DepositFixture directory = DepositFixture.write(installation.resolve("directory"), "XX", 0);
        Run.Result imported = installed.choral("directory", "import", directory.structures.toString(),
                directory.services.toString());
        assertEquals(0, imported.code(), imported.toString());
    }

    /** A data folder of its own with the directory imported, and {@code INVOICES} compliant invoices {@code prefix00001…}. */
    private void prepare(String prefix) throws Exception {
        product = installed.withCopyOfData(dir.resolve("data"));
        fixture = DepositFixture.write(dir.resolve("in"), prefix, INVOICES);
    }

    /** Starts the emulator with {@code faults} (a JSON array of faults, see the README). */
    private EmulatorProcess emulator(double speed, String faults) throws Exception {
        Path file = dir.resolve("faults.json");
        Files.writeString(file, "{\"faults\": " + faults + "}", StandardCharsets.UTF_8);
        return EmulatorProcess.start(product, dir.resolve("emulator-data"), fixture, speed, "--faults", file.toString());
    }

    private Run.Result deposit(EmulatorProcess emulator, String... options) throws Exception {
        return product.choral(DepositRuns.deposit(fixture, emulator, 0, options));
    }

    /** The numbers {@code from}..{@code to} (1-based, inclusive) of the fixture. */
    private List<String> invoices(int from, int to) {
        return fixture.numbers.subList(from - 1, to);
    }

    @Test
    void lostAnswersEndUncertainAndTheNextRunFindsThemOnThePortalWithoutSendingThemAgain() throws Exception {
        prepare("LA");
        // the emulator records deposits 4, 12 and 20, then cuts the connection: the answer is lost.
        // Speed 1000: a flux is integrated, so found by the look-up, 0.12 s after its deposit.
        try (EmulatorProcess emulator = emulator(1000,
                "[{\"endpoint\": \"deposer/flux\", \"calls\": [4, 12, 20], \"kind\": \"RESET_AFTER_ACCEPT\"}]")) {
            // without --continue-on-error the run stops at the first lost answer
            Run.Result first = deposit(emulator);
            assertEquals(1, first.code(), first.toString());
            assertRow(first, "LA00004", "incertaine", "(connexion coup\u00e9e)");
            assertRow(first, "LA00004", "incertaine", LOOKED_UP_BEFORE_NEXT_RUN);
            assertTrue(first.out().contains("incertaines : 1\nNon envoy\u00e9es (d\u00e9p\u00f4t arr\u00eat\u00e9 avant elles) : 26"),
                    first.toString());
            assertStoppedWith(first, "la r\u00e9ponse du portail pour LA00004 s'est perdue", "--skip-deposited");
            assertLedger(invoices(1, 3), invoices(4, 4), List.of());
            assertEquals(DepositRuns.each(invoices(1, 4), 1), received(emulator), "received before the second run");

            Run.Result second = deposit(emulator, "--skip-deposited", "--continue-on-error");
            assertEquals(1, second.code(), second.toString());
            assertTrue(second.out().contains("V\u00e9rification de LA00004 sur le portail : d\u00e9pos\u00e9e"
                    + " \u2014 Trouv\u00e9e sur le portail, flux CPP"), second.toString());
            assertRow(second, "LA00004", "ignor\u00e9e", "D\u00e9j\u00e0 d\u00e9pos\u00e9e");
            assertRow(second, "LA00012", "incertaine", LOOKED_UP_BEFORE_NEXT_RUN);
            assertRow(second, "LA00020", "incertaine", LOOKED_UP_BEFORE_NEXT_RUN);
            assertTrue(second.out().contains("incertaines : 2"), second.toString());

            Run.Result third = deposit(emulator, "--skip-deposited");
            assertEquals(0, third.code(), third.toString());
            for (String n : List.of("LA00012", "LA00020")) {
                assertTrue(third.out().contains("V\u00e9rification de " + n + " sur le portail : d\u00e9pos\u00e9e"),
                        third.toString());
            }
            assertEverythingDepositedOnce(emulator);
        }
    }

    @Test
    void aStormOf429IsWaitedOutAsThePortalAsksAndTheRunFinishes() throws Exception {
        prepare("RS");
        // deposit 5 is refused three times in a row, deposit 12 twice (Retry-After: 1 s); the
        // connector makes four attempts per call
        try (EmulatorProcess emulator = emulator(1, "[{\"endpoint\": \"deposer/flux\", \"calls\": [5, 6, 7, 15, 16],"
                + " \"kind\": \"TOO_MANY_REQUESTS\", \"retryAfter\": 1}]")) {
            Run.Result run = deposit(emulator);
            assertEquals(0, run.code(), run.toString());
            assertTrue(run.out().contains("D\u00e9pos\u00e9es : 30 ; en erreur : 0"), run.toString());
            EmulatorProcess.State state = assertEverythingDepositedOnce(emulator);
            // speed 1: the emulator's clock is real time; the deposits after a storm came after the
            // waits the portal asked for
            List<Long> at = state.depositTimes();
            assertTrue(at.get(4) - at.get(3) >= 3000, "deposit 5 came " + (at.get(4) - at.get(3)) + " ms after deposit 4");
            assertTrue(at.get(11) - at.get(10) >= 2000, "deposit 12 came " + (at.get(11) - at.get(10)) + " ms after deposit 11");
        }
    }

    @Test
    void unavailablePortalIsRetriedThenALastingOneStopsTheRunCleanlyAndARerunCompletesIt() throws Exception {
        prepare("SU");
        // 503 (Retry-After: 1 s) on deposit 3 and twice on deposit 7, then from call 20 on (deposit 17)
        String faults = "[{\"endpoint\": \"deposer/flux\", \"calls\": [3, 8, 9], \"kind\": \"UNAVAILABLE\", \"retryAfter\": 1},"
                + " {\"endpoint\": \"deposer/flux\", \"from\": 20, \"kind\": \"UNAVAILABLE\", \"retryAfter\": 1}]";
        try (EmulatorProcess emulator = emulator(1, faults)) {
            Run.Result run = deposit(emulator);
            assertEquals(3, run.code(), "exit 3: the portal could not be reached\n" + run);
            assertRow(run, "SU00003", "d\u00e9pos\u00e9e", "CPP");
            assertRow(run, "SU00007", "d\u00e9pos\u00e9e", "CPP");
            assertRow(run, "SU00017", "en erreur", "Chorus Pro est indisponible");
            assertTrue(run.out().contains("Non envoy\u00e9es (d\u00e9p\u00f4t arr\u00eat\u00e9 avant elles) : 13"), run.toString());
            assertStoppedWith(run, "Chorus Pro est indisponible", "Rien n'a \u00e9t\u00e9 perdu", "--skip-deposited");
            assertLedger(invoices(1, 16), List.of(), invoices(17, 17));
            assertEquals(DepositRuns.each(invoices(1, 16), 1), received(emulator), "what reached the portal");
        }
        // the portal is back (same state, no fault): the same command with --skip-deposited completes the run
        try (EmulatorProcess emulator = emulator(1, "[]")) {
            Run.Result rerun = deposit(emulator, "--skip-deposited");
            assertEquals(0, rerun.code(), rerun.toString());
            assertRow(rerun, "SU00001", "ignor\u00e9e", "D\u00e9j\u00e0 d\u00e9pos\u00e9e");
            assertRow(rerun, "SU00017", "d\u00e9pos\u00e9e", "CPP");
            assertEverythingDepositedOnce(emulator);
        }
    }

    @Test
    void anExpiredTokenIsRenewedWithoutTheUserNoticing() throws Exception {
        prepare("TE");
        // every token issued so far expires before deposits 10 and 20 are checked: 401 invalid_token
        try (EmulatorProcess emulator = emulator(1,
                "[{\"endpoint\": \"deposer/flux\", \"calls\": [10, 20], \"kind\": \"TOKEN_EXPIRED\"}]")) {
            Run.Result run = deposit(emulator);
            assertEquals(0, run.code(), run.toString());
            assertTrue(run.out().contains("D\u00e9pos\u00e9es : 30 ; en erreur : 0"), run.toString());
            assertTrue(run.err().isBlank(), "nothing to tell the user:\n" + run.err());
            EmulatorProcess.State state = assertEverythingDepositedOnce(emulator);
            // the expiry at deposit 20 forgot every token: the one left was obtained after it, and only one
            assertEquals(1, state.tokens(), "tokens issued since the last expiry");
        }
    }

    @Test
    void aPortalOutageStopsTheRunCleanlyAndARerunAfterItCompletesEverythingOnce() throws Exception {
        prepare("PO");
        int before = 3;
        try (EmulatorProcess emulator = emulator(1, "[]")) {
            // a pause of 3 s (« Attente internet »): the portal goes away between two calls, with room
            // for a loaded machine to notice the third deposit and kill the emulator before the fourth
            DepositRuns.Live run = DepositRuns.Live.start(product, dir.resolve("outage.err"),
                    DepositRuns.deposit(fixture, emulator, 3000));
            assertEquals(before, run.awaitRows(DepositRuns.depositedRow("PO"), before, RUN_LIMIT));
            emulator.crash();
            Run.Result stopped = run.finish(RUN_LIMIT);
            assertEquals(3, stopped.code(), "exit 3: the portal could not be reached\n" + stopped);
            assertRow(stopped, "PO00004", "en erreur", "Chorus Pro est injoignable");
            assertRow(stopped, "PO00004", "en erreur", "connexion refus\u00e9e");
            assertTrue(stopped.out().contains("Non envoy\u00e9es (d\u00e9p\u00f4t arr\u00eat\u00e9 avant elles) : 26"),
                    stopped.toString());
            assertStoppedWith(stopped, "Chorus Pro est injoignable", "Rien n'a \u00e9t\u00e9 perdu", "--skip-deposited");
            assertLedger(invoices(1, before), List.of(), invoices(before + 1, before + 1));
            assertEquals(DepositRuns.each(invoices(1, before), 1), received(emulator), "what reached the portal");
        }
        // the portal is back, with what it had recorded: the same command with --skip-deposited completes it
        try (EmulatorProcess emulator = emulator(1, "[]")) {
            Run.Result rerun = deposit(emulator, "--skip-deposited");
            assertEquals(0, rerun.code(), rerun.toString());
            assertEverythingDepositedOnce(emulator);
        }
    }

    /** A row of the report: {@code number}, its file (one each), {@code outcome}, a report containing {@code report}. */
    private static void assertRow(Run.Result run, String number, String outcome, String report) {
        Pattern row = Pattern.compile("(?m)^" + number + "\\t" + number + "\\.xml\\t" + outcome + "\\t[^\\n]*"
                + Pattern.quote(report));
        assertTrue(row.matcher(run.out()).find(), "no row " + number + " " + outcome + " … " + report + "\n" + run);
    }

    /**
     * The run stopped early and said so on the error output, in French and nothing else (no log line,
     * no exception name), with each of {@code words}: what happened and what to do.
     */
    private static void assertStoppedWith(Run.Result run, String... words) {
        String err = run.err().strip();
        assertTrue(err.startsWith("D\u00e9p\u00f4t arr\u00eat\u00e9 "), "the stop, and only it\n" + run);
        for (String w : words) {
            assertTrue(err.contains(w), "« " + w + " » missing\n" + run);
        }
        assertFalse(err.contains("Exception") || err.contains("WARN") || err.contains(".."), "plain French\n" + run);
    }

    /** The ledger holds exactly these invoices with these statuses; none is left {@code sending}. */
    private void assertLedger(List<String> deposited, List<String> uncertain, List<String> failed) throws Exception {
        Map<String, String> expected = new TreeMap<>();
        deposited.forEach(n -> expected.put(n, "deposited"));
        uncertain.forEach(n -> expected.put(n, "uncertain"));
        failed.forEach(n -> expected.put(n, "failed"));
        DepositRuns.Ledger ledger = DepositRuns.ledger(product);
        assertEquals(expected, ledger.statuses(), "the deposit history");
        for (String n : failed) {
            assertFalse(ledger.invoices().get(n).path("message").asText().isBlank(), "why " + n + " failed");
        }
    }

    /** Invoice number → how many times the emulator received it, from its saved state. */
    private static Map<String, Integer> received(EmulatorProcess emulator) throws IOException {
        return new TreeMap<>(emulator.state().received());
    }

    /**
     * Every invoice deposited in the ledger with the emulator's flux number, and received and accepted
     * exactly once by the emulator.
     */
    private EmulatorProcess.State assertEverythingDepositedOnce(EmulatorProcess emulator) throws Exception {
        DepositRuns.Ledger ledger = DepositRuns.ledger(product);
        assertEquals(DepositRuns.each(fixture.numbers, "deposited"), ledger.statuses(), "the deposit history");
        EmulatorProcess.State state = emulator.state();
        Map<String, Integer> once = DepositRuns.each(fixture.numbers, 1);
        assertEquals(once, new TreeMap<>(state.received()), "invoices the emulator received");
        assertEquals(once, new TreeMap<>(state.accepted()), "invoices the emulator accepted");
        assertEquals(new TreeMap<>(state.fluxOf()), ledger.fluxNumbers(), "the ledger's flux numbers against the emulator's");
        return state;
    }
}
