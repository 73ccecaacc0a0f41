// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.chorus.internal;

import java.time.Duration;

/**
 * How the connector paces, waits and retries. The defaults suit Chorus Pro; tests shorten them.
 *
 * @param connectTimeout to open a connection
 * @param responseTimeout for an answer to a call that changes nothing
 * @param depositTimeout for the answer to a deposit (the whole flux is uploaded first)
 * @param attempts calls at most per operation when the portal asks to retry (429, 503)
 * @param backoff first wait when the portal gives no {@code Retry-After}; doubled each time
 * @param maxWait the longest wait accepted; a longer {@code Retry-After} ends in « rate limited »
 * @param tokenMargin a token is renewed this long before it expires
 * @param pageSize results asked per page of a search
 */
public record Tuning(Duration connectTimeout, Duration responseTimeout, Duration depositTimeout, int attempts,
        Duration backoff, Duration maxWait, Duration tokenMargin, int pageSize) {

    public static final Tuning DEFAULT = new Tuning(Duration.ofSeconds(15), Duration.ofSeconds(60),
            Duration.ofMinutes(10), 4, Duration.ofSeconds(2), Duration.ofSeconds(120), Duration.ofMinutes(5), 100);

    public Tuning withTimeouts(Duration response, Duration deposit) {
        return new Tuning(connectTimeout, response, deposit, attempts, backoff, maxWait, tokenMargin, pageSize);
    }

    public Tuning withPageSize(int size) {
        return new Tuning(connectTimeout, responseTimeout, depositTimeout, attempts, backoff, maxWait, tokenMargin,
                size);
    }

    public Tuning withRetries(int count, Duration firstWait, Duration longestWait) {
        return new Tuning(connectTimeout, responseTimeout, depositTimeout, count, firstWait, longestWait, tokenMargin,
                pageSize);
    }
}
