// SPDX-License-Identifier: EPL-2.0
package org.choral.integration.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Issue 9, performance: the built Linux product deposits N invoices one by one (sequential mode)
 * against the emulator run as a separate process, as users run them. Prints, per run, the wall
 * time of {@code choral deposit} (JVM start, control and flux generation included), the span between
 * the first and the last deposit the emulator received, the tokens it issued, the TCP connections it
 * accepted, and the gaps between consecutive deposits as the emulator timed them (its clock at speed 1
 * is real time), so that a pause and the reuse of connections are checked from the server side.
 * Targets: N = 1,000 with pause 0 in ≤ 60 s with one token and at most {@value #MAX_CONNECTIONS}
 * connections; with pause P no gap below P.
 *
 * <p>Run with {@code releng/bench/deposit-benchmark.sh [invoices] [pause-ms] [paused-invoices]}.
 */
public final class DepositBenchmark {

    /** A handful: the connector's pool, plus one should a connection go stale; never one per call. */
    static final int MAX_CONNECTIONS = 4;

    private DepositBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int invoices = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int pauseMs = args.length > 1 ? Integer.parseInt(args[1]) : 250;
        int paused = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        Path dir = Files.createTempDirectory("choral-deposit-bench");
        try {
            InstalledProduct product = InstalledProduct.unpack(dir);
            boolean fast = run(product, dir.resolve("pause0"), "BA", invoices, 0);
            boolean slow = run(product, dir.resolve("pause" + pauseMs), "BB", paused, pauseMs);
            System.out.println(fast && slow ? "RESULT: targets met" : "RESULT: target MISSED");
            System.exit(fast && slow ? 0 : 1);
        } finally {
            delete(dir);
        }
    }

    private static boolean run(InstalledProduct product, Path dir, String prefix, int invoices, int pauseMs)
            throws Exception {
        DepositFixture fixture = DepositFixture.write(dir.resolve("in"), prefix, invoices);
        Path data = Files.createDirectories(dir.resolve("data"));
        Run.Result imported = Run.exec(List.of(product.home.resolve("choral").toString(), "--data", data.toString(),
                "directory", "import", fixture.structures.toString(), fixture.services.toString()), product.home,
                java.util.Map.of("CHORAL_VMARGS", "-Xmx256m"), java.time.Duration.ofMinutes(2));
        if (imported.code() != 0) {
            throw new IllegalStateException("directory import failed: " + imported);
        }
        EmulatorProcess.State state;
        long wallMs;
        int exit;
        try (EmulatorProcess emulator = EmulatorProcess.start(product, dir.resolve("emulator-data"), fixture, 1)) {
            long start = System.nanoTime();
            Process p = product.process(data, "deposit", "--invoices", fixture.export.toString(), "--supplier",
                    fixture.supplier.toString(), "--mode", "sequential", "--format", DepositFixture.SYNTAX, "--pause-ms",
                    String.valueOf(pauseMs), "--api-url", emulator.baseUrl, "--token-url", emulator.tokenUrl)
                    .redirectOutput(dir.resolve("deposit.out").toFile()).redirectError(dir.resolve("deposit.err").toFile())
                    .start();
            exit = p.waitFor();
            wallMs = (System.nanoTime() - start) / 1_000_000;
            state = emulator.stop();
        }
        List<Long> times = state.depositTimes();
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < times.size(); i++) {
            gaps.add(times.get(i) - times.get(i - 1));
        }
        Collections.sort(gaps);
        long span = times.isEmpty() ? 0 : times.get(times.size() - 1) - times.get(0);
        int accepted = state.accepted().size();
        System.out.printf(Locale.ROOT, "%d invoices, pause %d ms: exit %d, wall %.1f s (JVM start, control, flux"
                + " generation and deposits), deposits span %.1f s (%.1f deposits/s), accepted %d, tokens issued %d,"
                + " connections opened %d%n",
                invoices, pauseMs, exit, wallMs / 1000.0, span / 1000.0, span == 0 ? 0 : (times.size() - 1) * 1000.0 / span,
                accepted, state.tokens(), state.connections());
        if (!gaps.isEmpty()) {
            System.out.printf(Locale.ROOT, "  gap between deposits as the emulator saw them: min %d ms, median %d ms,"
                    + " p99 %d ms, max %d ms%n", gaps.get(0), gaps.get(gaps.size() / 2),
                    gaps.get(Math.min(gaps.size() - 1, (int) Math.ceil(gaps.size() * 0.99) - 1)), gaps.get(gaps.size() - 1));
        }
        boolean reused = state.connections() >= 1 && state.connections() <= MAX_CONNECTIONS;
        boolean ok = exit == 0 && accepted == invoices && state.tokens() == 1 && reused
                && (pauseMs == 0 ? wallMs <= 60_000 : gaps.isEmpty() || gaps.get(0) >= pauseMs);
        System.out.println("  " + (pauseMs == 0 ? "target ≤ 60 s" : "target no gap < " + pauseMs + " ms")
                + ", one token, at most " + MAX_CONNECTIONS + " connections: " + (ok ? "met" : "MISSED"));
        return ok;
    }

    private static void delete(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
