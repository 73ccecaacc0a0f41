// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.tests;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how late the UI thread runs what is posted to it while something else goes on: a
 * ping is posted with {@link Display#asyncExec} every few milliseconds and the delay until it runs
 * is recorded (the stall a user would feel on a click or a key). When a ping is late, the UI
 * thread's stack is sampled every few milliseconds until it runs, so that a stall comes with
 * where the UI thread spent it.
 */
final class UiLatency {

    /** The pause between two pings. */
    private static final long PERIOD_MS = 5;
    /** A ping this late gets the UI thread's stack sampled. */
    private static final long SAMPLE_AFTER_MS = 40;
    /** A ping this late is listed with what was seen meanwhile. */
    static final long LATE_MS = 100;
    private static final long SAMPLE_EVERY_MS = 10;
    private static final int FRAMES = 14;

    /** What was measured: each ping's delay, and the UI thread's stacks seen during the late ones. */
    record Figures(long[] latenciesNanos, Map<String, Integer> stallStacks, List<String> stalls, int collections,
            long longestCollectionMs, long collectionMs) {

        int pings() {
            return latenciesNanos.length;
        }

        double maxMs() {
            return latenciesNanos.length == 0 ? 0 : latenciesNanos[latenciesNanos.length - 1] / 1e6;
        }

        double percentileMs(double p) {
            if (latenciesNanos.length == 0) {
                return 0;
            }
            int i = (int) Math.min(latenciesNanos.length - 1, Math.ceil(latenciesNanos.length * p) - 1);
            return latenciesNanos[Math.max(0, i)] / 1e6;
        }

        long over(long ms) {
            return Arrays.stream(latenciesNanos).filter(n -> n > ms * 1_000_000).count();
        }

        /** The most frequent stacks of the UI thread during late pings, most frequent first. */
        String stalls(int most) {
            return stallStacks.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(most).map(e -> e.getValue() + " samples:\n" + e.getKey())
                    .collect(Collectors.joining("\n"));
        }

        /** Each ping over 100 ms: when, how late, how much of it the garbage collector took. */
        String lateOnes() {
            return String.join("\n", stalls);
        }

        String summary() {
            return String.format(Locale.ROOT, "%d pings, UI-thread delay max %.0f ms, p99 %.1f ms, p50 %.1f ms,"
                    + " %d over 100 ms; %d garbage collections, %d ms in all, the longest %d ms", pings(), maxMs(),
                    percentileMs(0.99), percentileMs(0.50), over(100), collections, collectionMs, longestCollectionMs);
        }
    }

    private final Display display;
    private final Thread uiThread;
    private final List<Long> latencies = new ArrayList<>();
    private final Map<String, Integer> stacks = new HashMap<>();
    private final List<String> stalls = new ArrayList<>();
    private final long started = System.nanoTime();
    private final long gcAtStart = gcMillis();
    private long gcSeen = gcAtStart;
    private long gcCountSeen = gcCount();
    private int collections;
    private long longestCollection;
    private final Thread pinger;
    private volatile boolean stopped;

    UiLatency(Display display) {
        this.display = display;
        this.uiThread = display.getThread();
        this.pinger = new Thread(this::ping, "ui-latency");
        pinger.setDaemon(true);
    }

    UiLatency start() {
        pinger.start();
        return this;
    }

    Figures stop() throws InterruptedException {
        stopped = true;
        pinger.join();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Figures(sorted, Map.copyOf(stacks), List.copyOf(stalls), collections, longestCollection,
                gcMillis() - gcAtStart);
    }

    /**
     * Posts a ping every {@link #PERIOD_MS} and measures from when it was due, not from when it was
     * posted: a collection that froze every thread (this one too) while the UI thread had nothing to
     * do still delays what a user clicked meanwhile, and must count.
     */
    private void ping() {
        long due = System.nanoTime();
        while (!stopped && !display.isDisposed()) {
            CountDownLatch ran = new CountDownLatch(1);
            long[] ranAt = new long[1];
            long gcBefore = gcMillis();
            String firstSample = null;
            try {
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000)); // the ping's period
                }
                display.asyncExec(() -> {
                    ranAt[0] = System.nanoTime();
                    ran.countDown();
                });
                if (!ran.await(SAMPLE_AFTER_MS, TimeUnit.MILLISECONDS)) {
                    while (!ran.await(SAMPLE_EVERY_MS, TimeUnit.MILLISECONDS)) {
                        String stack = sample();
                        firstSample = firstSample == null ? stack : firstSample;
                        if (display.isDisposed()) {
                            return;
                        }
                    }
                }
            } catch (InterruptedException e) {
                return;
            }
            watchCollections();
            long late = ranAt[0] - due;
            latencies.add(Long.valueOf(late));
            if (late > LATE_MS * 1_000_000) {
                stalls.add(String.format(Locale.ROOT, "at %.2f s: %.0f ms late, garbage collection %d ms meanwhile;"
                        + " UI thread %s", (due - started) / 1e9, late / 1e6, gcMillis() - gcBefore,
                        firstSample == null ? "not sampled (frozen with every thread)" : "seen in:\n" + firstSample));
            }
            due = Math.max(due + PERIOD_MS * 1_000_000, System.nanoTime());
        }
    }

    private String sample() {
        StackTraceElement[] trace = uiThread.getStackTrace();
        String key = Arrays.stream(trace).limit(FRAMES).map(f -> "    at " + f).collect(Collectors.joining("\n"));
        stacks.merge(key, Integer.valueOf(1), Integer::sum);
        return key;
    }

    /**
     * Counts the collections since the last look, and keeps the longest: when one collection
     * happened since, its time is that collection's pause.
     */
    private void watchCollections() {
        long count = gcCount();
        long time = gcMillis();
        if (count > gcCountSeen) {
            collections += (int) (count - gcCountSeen);
            long each = (time - gcSeen) / (count - gcCountSeen);
            longestCollection = Math.max(longestCollection, each);
        }
        gcCountSeen = count;
        gcSeen = time;
    }

    private static long gcCount() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionCount());
        }
        return total;
    }

    /** Time spent in collections so far, all collectors together. */
    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }
}
