// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator;

import java.util.Objects;
import java.util.Set;

/**
 * One injected fault: on which endpoint, on which calls, and what happens.
 *
 * @param endpoint the path ({@code /cpro/factures/v1/deposer/flux}), a path suffix
 *            ({@code deposer/flux}) or {@code *} for every endpoint
 * @param calls the call numbers (1 = first call to that endpoint since start) it fires on; empty
 *            with {@code from} > 0 means « from that call on »
 * @param from first call it fires on when {@code calls} is empty (0 = never through this field)
 * @param kind what happens
 * @param retryAfterSeconds {@code Retry-After} of 429/503 (seconds)
 * @param delayMillis delay of {@link FaultKind#SLOW} and {@link FaultKind#TIMEOUT}
 * @since 0.1
 */
public record Fault(String endpoint, Set<Integer> calls, int from, FaultKind kind, int retryAfterSeconds,
        long delayMillis) {

    public Fault {
        Objects.requireNonNull(endpoint);
        Objects.requireNonNull(kind);
        calls = Set.copyOf(calls);
    }

    /** A fault on the given calls of {@code endpoint}, with default delays (Retry-After 1 s, delay 2 s). */
    public static Fault on(String endpoint, FaultKind kind, Integer... calls) {
        return new Fault(endpoint, Set.of(calls), 0, kind, 1, 2000);
    }

    /** A fault on every call of {@code endpoint} from call {@code from} on. */
    public static Fault from(String endpoint, FaultKind kind, int from) {
        return new Fault(endpoint, Set.of(), from, kind, 1, 2000);
    }

    public Fault withRetryAfter(int seconds) {
        return new Fault(endpoint, calls, from, kind, seconds, delayMillis);
    }

    public Fault withDelay(long millis) {
        return new Fault(endpoint, calls, from, kind, retryAfterSeconds, millis);
    }

    /** Whether it fires on call {@code call} of {@code path}. */
    public boolean matches(String path, int call) {
        boolean endpointMatches = "*".equals(endpoint) || path.equals(endpoint) //$NON-NLS-1$
                || path.endsWith(endpoint.startsWith("/") ? endpoint : "/" + endpoint); //$NON-NLS-1$ //$NON-NLS-2$
        if (!endpointMatches) {
            return false;
        }
        return calls.isEmpty() ? from > 0 && call >= from : calls.contains(call);
    }
}
