// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.choral.emulator.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The faults a running emulator injects, and the per-endpoint call counters they are matched
 * against. Changed at any time from a test; read from a JSON file by {@code --faults FILE}:
 *
 * <pre>
 * {"faults": [
 *   {"endpoint": "deposer/flux", "calls": [2], "kind": "RESET_AFTER_ACCEPT"},
 *   {"endpoint": "*", "from": 5, "kind": "TOO_MANY_REQUESTS", "retryAfter": 3},
 *   {"endpoint": "consulterCR", "calls": [1], "kind": "SLOW", "delayMillis": 1500}]}
 * </pre>
 *
 * @since 0.1
 */
public final class FaultPlan {

    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();

    public void add(Fault fault) {
        faults.add(fault);
    }

    public void addAll(List<Fault> list) {
        faults.addAll(list);
    }

    /** Removes every fault and resets the call counters. */
    public void clear() {
        faults.clear();
        calls.clear();
        arrivals.clear();
    }

    public List<Fault> faults() {
        return List.copyOf(faults);
    }

    /** How many calls {@code path} has received. */
    public int calls(String path) {
        AtomicInteger n = calls.get(path);
        return n == null ? 0 : n.get();
    }

    /** How many calls every path together has received. */
    public int totalCalls() {
        return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /**
     * When each call to {@code path} arrived ({@link System#nanoTime()}, oldest first): lets a test
     * check a client's pacing from the server's side.
     */
    public List<Long> arrivals(String path) {
        List<Long> list = arrivals.get(path);
        if (list == null) {
            return List.of();
        }
        synchronized (list) {
            return List.copyOf(list);
        }
    }

    /** Counts one call to {@code path} and returns the fault that fires on it, if any. */
    public Optional<Fault> next(String path) {
        List<Long> times = arrivals.computeIfAbsent(path, k -> new ArrayList<>());
        synchronized (times) {
            times.add(System.nanoTime());
        }
        int call = calls.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        for (Fault f : faults) {
            if (f.matches(path, call)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a faults file.
     *
     * @throws IOException when it cannot be read, or a fault is malformed (the message names the
     *             file, the fault's index and the field)
     */
    public static List<Fault> read(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IOException(NLS.bind(Messages.Faults_unreadable, file, e.getMessage()), e);
        }
        JsonNode array = root == null ? null : root.get("faults"); //$NON-NLS-1$
        if (array == null || !array.isArray()) {
            throw new IOException(NLS.bind(Messages.Faults_noArray, file));
        }
        List<Fault> list = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            list.add(parse(file, i + 1, array.get(i)));
        }
        return list;
    }

    private static Fault parse(Path file, int index, JsonNode node) throws IOException {
        String endpoint = node.path("endpoint").asText(""); //$NON-NLS-1$ //$NON-NLS-2$
        if (endpoint.isBlank()) {
            throw new IOException(NLS.bind(Messages.Faults_badField, new Object[] { file, index, "endpoint" })); //$NON-NLS-1$
        }
        FaultKind kind;
        try {
            kind = FaultKind.valueOf(node.path("kind").asText("")); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IllegalArgumentException e) {
            throw new IOException(NLS.bind(Messages.Faults_badKind, new Object[] { file, index,
                    node.path("kind").asText(), List.of(FaultKind.values()) }), e); //$NON-NLS-1$
        }
        Set<Integer> numbers = new HashSet<>();
        for (JsonNode n : node.path("calls")) { //$NON-NLS-1$
            if (!n.canConvertToInt() || n.asInt() < 1) {
                throw new IOException(NLS.bind(Messages.Faults_badField, new Object[] { file, index, "calls" })); //$NON-NLS-1$
            }
            numbers.add(n.asInt());
        }
        int from = node.path("from").asInt(0); //$NON-NLS-1$
        if (numbers.isEmpty() && from < 1) {
            throw new IOException(NLS.bind(Messages.Faults_badField, new Object[] { file, index, "calls/from" })); //$NON-NLS-1$
        }
        return new Fault(endpoint.trim(), numbers, from, kind, node.path("retryAfter").asInt(1), //$NON-NLS-1$
                node.path("delayMillis").asLong(2000)); //$NON-NLS-1$
    }
}
