// SPDX-License-Identifier: EPL-2.0
package org.choral.integration.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code choral --json emulator --port 0} run as its own process with its own data folder; stopped
 * with SIGTERM, on which it saves {@code state.json}, read afterwards as the server-side truth.
 */
final class EmulatorProcess implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path stateFile;
    private final Path out;
    final String baseUrl;
    final String tokenUrl;

    private EmulatorProcess(Process process, Path stateFile, Path out, String baseUrl, String tokenUrl) {
        this.process = process;
        this.stateFile = stateFile;
        this.out = out;
        this.baseUrl = baseUrl;
        this.tokenUrl = tokenUrl;
    }

    /**
     * Starts the emulator on {@code fixture}'s directory with its state in {@code dataFolder} (a
     * second start on the same folder carries on from the saved state, on another port);
     * {@code options} are more emulator options, e.g. {@code --faults FILE}.
     */
    static EmulatorProcess start(InstalledProduct product, Path dataFolder, DepositFixture fixture, double speed,
            String... options) throws IOException, InterruptedException {
        Files.createDirectories(dataFolder);
        Path out = dataFolder.resolve("emulator.out");
        List<String> command = new ArrayList<>(List.of("--json", "emulator", "--port", "0", "--directory",
                fixture.structures.toString(), "--directory", fixture.services.toString(), "--speed",
                String.valueOf(speed)));
        command.addAll(List.of(options));
        Process p = product.process(dataFolder, command.toArray(String[]::new)).redirectOutput(out.toFile())
                .redirectError(dataFolder.resolve("emulator.err").toFile()).start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < end) {
            String text = Files.readString(out, StandardCharsets.UTF_8);
            int line = text.indexOf('\n');
            if (line > 0) {
                JsonNode started = JSON.readTree(text.substring(0, line));
                return new EmulatorProcess(p, Path.of(started.get("stateFolder").asText()).resolve("state.json"), out,
                        started.get("baseUrl").asText(), started.get("tokenUrl").asText());
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("the emulator stopped (exit " + p.exitValue() + "): "
                        + Files.readString(dataFolder.resolve("emulator.err")));
            }
            Thread.sleep(100);
        }
        p.destroyForcibly();
        throw new IllegalStateException("the emulator printed no URL within 90 s");
    }

    /**
     * Stops the emulator (SIGTERM: it saves its state and prints what it served as its last line) and
     * reads what it stored.
     */
    State stop() throws IOException, InterruptedException {
        close();
        return state();
    }

    /** A portal outage: the emulator's JVM is killed (SIGKILL); its state was saved at each change. */
    void crash() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /**
     * What the emulator has stored so far: it saves its state (atomically) before answering a call
     * that changes it, so this is readable while it runs.
     */
    State state() throws IOException {
        JsonNode root = JSON.readTree(stateFile.toFile());
        Map<String, Integer> accepted = new HashMap<>();
        Map<String, Integer> received = new HashMap<>();
        Map<String, String> fluxOf = new HashMap<>();
        List<Long> depositTimes = new ArrayList<>();
        for (JsonNode flux : root.get("fluxes")) {
            depositTimes.add(flux.get("depositedAt").asLong());
            for (JsonNode invoice : flux.get("invoices")) {
                String number = invoice.get("number").asText();
                received.merge(number, 1, Integer::sum);
                if (invoice.get("errors").isEmpty()) {
                    accepted.merge(number, 1, Integer::sum);
                    fluxOf.put(number, flux.get("number").asText());
                }
            }
        }
        return new State(accepted, received, fluxOf, root.get("tokens").size(), depositTimes, connectionsAccepted());
    }

    /** From the emulator's last line, {@code {"stopped":true,"connectionsAccepted":N,"calls":M}}; -1 when absent. */
    private long connectionsAccepted() throws IOException {
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i > 0; i--) {
            if (!lines.get(i).startsWith("{")) {
                continue;
            }
            JsonNode line = JSON.readTree(lines.get(i));
            if (line.has("connectionsAccepted")) {
                return line.get("connectionsAccepted").asLong();
            }
        }
        return -1;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /**
     * What the emulator stored: per invoice number how many times it was accepted and received (a
     * duplicate is received twice, accepted once), the flux that carried each accepted invoice, tokens
     * issued, each flux's deposit instant (virtual epoch millis), oldest first, and the TCP connections it
     * accepted.
     */
    record State(Map<String, Integer> accepted, Map<String, Integer> received, Map<String, String> fluxOf, int tokens,
            List<Long> depositTimes, long connections) {
    }
}
