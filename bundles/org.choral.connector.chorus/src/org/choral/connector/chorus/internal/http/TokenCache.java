// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.chorus.internal.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The PISTE bearer token, kept until a margin before it expires (the margin is at most half its
 * lifetime, so a short-lived token is still reused).
 */
final class TokenCache {

    /** A token and when to stop using it. */
    record Token(String value, Instant renewAt) {
    }

    private final Clock clock;
    private final Duration margin;
    private Token current;

    TokenCache(Clock clock, Duration margin) {
        this.clock = clock;
        this.margin = margin;
    }

    /** The cached token while it is fresh, or {@code null}. */
    synchronized String fresh() {
        return current != null && clock.instant().isBefore(current.renewAt()) ? current.value() : null;
    }

    synchronized void put(String value, Duration lifetime) {
        Duration keep = lifetime.minus(margin.compareTo(lifetime.dividedBy(2)) < 0 ? margin : lifetime.dividedBy(2));
        current = new Token(value, clock.instant().plus(keep));
    }

    /** Forgets {@code value} if it is still the cached one (another thread may have renewed it). */
    synchronized void invalidate(String value) {
        if (current != null && current.value().equals(value)) {
            current = null;
        }
    }
}
