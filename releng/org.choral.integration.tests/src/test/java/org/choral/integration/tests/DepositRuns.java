// SPDX-License-Identifier: EPL-2.0
package org.choral.integration.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the deposit-run tests share: the {@code choral deposit} command line against an emulator
 * process, the ledger as {@code choral status --json} prints it, and a run watched row by row as the
 * product prints it (to kill it, or to take the portal away, at a chosen point).
 */
final class DepositRuns {

    private DepositRuns() {
    }

    /**
     * {@code choral deposit} of {@code fixture}'s invoices, one flux each, paused {@code pauseMs}
     * between calls, against {@code emulator}; {@code more} options follow.
     */
    static String[] deposit(DepositFixture fixture, EmulatorProcess emulator, int pauseMs, String... more) {
        List<String> args = new ArrayList<>(List.of("deposit", "--invoices", fixture.export.toString(), "--supplier",
                fixture.supplier.toString(), "--mode", "sequential", "--format", DepositFixture.SYNTAX, "--pause-ms",
                String.valueOf(pauseMs), "--api-url", emulator.baseUrl, "--token-url", emulator.tokenUrl));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** A row of the deposit report saying {@code invoice prefix…} was deposited: its report is the flux number. */
    static Pattern depositedRow(String prefix) {
        return Pattern.compile("^" + Pattern.quote(prefix) + "\\d{5}\\t.*\\td\u00e9pos\u00e9e\\tCPP\\d+$");
    }

    /** The deposit history as {@code choral status --json} prints it: invoice number → its entry. */
    static Ledger ledger(InstalledProduct product) throws IOException, InterruptedException {
        Run.Result status = product.choral("status", "--json");
        assertTrue(status.code() == 0 || status.code() == 1, status.toString());
        Map<String, JsonNode> byNumber = new TreeMap<>();
        for (JsonNode invoice : new ObjectMapper().readTree(status.out()).get("invoices")) {
            byNumber.put(invoice.get("number").asText(), invoice);
        }
        return new Ledger(byNumber);
    }

    /** The ledger's invoices, by number. */
    record Ledger(Map<String, JsonNode> invoices) {

        /** Invoice number → status ({@code sending|deposited|failed|uncertain}). */
        Map<String, String> statuses() {
            return field("status");
        }

        /** Invoice number → flux number ({@code "null"} when none). */
        Map<String, String> fluxNumbers() {
            return field("fluxNumber");
        }

        Map<String, String> field(String name) {
            Map<String, String> byNumber = new TreeMap<>();
            invoices.forEach((number, invoice) -> byNumber.put(number, invoice.path(name).asText()));
            return byNumber;
        }

        /** The invoices whose status is {@code status}. */
        List<String> withStatus(String status) {
            return statuses().entrySet().stream().filter(e -> e.getValue().equals(status)).map(Map.Entry::getKey).toList();
        }
    }

    /** {@code value} for each of {@code numbers}, sorted: what a map from the ledger or the emulator must equal. */
    static <V> Map<String, V> each(List<String> numbers, V value) {
        Map<String, V> all = new TreeMap<>();
        numbers.forEach(n -> all.put(n, value));
        return all;
    }

    /**
     * A {@code choral} process whose standard output is read line by line as it is printed: a test
     * waits for a row, then acts (kills it, takes the portal away) while it runs.
     */
    static final class Live {

        private final Process process;
        private final Path err;
        private final List<String> lines = new ArrayList<>();
        private final Thread reader;
        // guarded by lines
        private Predicate<String> watched = line -> false;
        private int wanted;
        private int seen;
        private CountDownLatch reached = new CountDownLatch(1);

        private Live(Process process, Path err) {
            this.process = process;
            this.err = err;
            this.reader = new Thread(this::read, "choral-live-run");
            reader.setDaemon(true);
            reader.start();
        }

        /** Starts {@code choral ARGS} on {@code product}'s data folder; its error output goes to {@code err}. */
        static Live start(InstalledProduct product, Path err, String... args) throws IOException {
            return new Live(product.process(product.data(), args).redirectError(err.toFile()).start(), err);
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (lines) {
                        lines.add(line);
                        if (watched.test(line) && ++seen >= wanted) {
                            reached.countDown();
                        }
                    }
                }
            } catch (IOException e) {
                // the pipe breaks when the process is killed
            }
            synchronized (lines) {
                reached.countDown();
            }
        }

        /**
         * Waits until {@code count} lines matching {@code row} have been printed (or the process ended)
         * and returns how many were.
         */
        int awaitRows(Pattern row, int count, Duration limit) throws InterruptedException {
            CountDownLatch latch;
            synchronized (lines) {
                watched = line -> row.matcher(line).matches();
                wanted = count;
                seen = (int) lines.stream().filter(watched).count();
                reached = new CountDownLatch(seen >= count || !reader.isAlive() ? 0 : 1);
                latch = reached;
            }
            assertTrue(latch.await(limit.toMillis(), TimeUnit.MILLISECONDS),
                    "no " + count + " rows like " + row + " within " + limit + ":\n" + String.join("\n", output()));
            synchronized (lines) {
                return seen;
            }
        }

        /** SIGKILL: no shutdown hook, no ledger close; returns the exit code (137). */
        int kill() throws InterruptedException {
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the killed JVM did not end");
            reader.join(10_000);
            return process.exitValue();
        }

        /** Waits for the end and returns the exit code, everything printed and the error output. */
        Run.Result finish(Duration limit) throws IOException, InterruptedException {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("still running after " + limit + ":\n" + String.join("\n", output()));
            }
            reader.join(10_000);
            return new Run.Result(process.exitValue(), String.join("\n", output()) + "\n",
                    Files.readString(err, StandardCharsets.UTF_8));
        }

        private List<String> output() {
            synchronized (lines) {
                return List.copyOf(lines);
            }
        }
    }
}
