// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.chorus.internal.http;

import java.time.Duration;

import org.choral.connector.chorus.internal.Sleeper;

/** Keeps the user's pause between the starts of two calls to the portal. */
final class Pacer {

    private final Duration pause;
    private final Sleeper sleeper;
    private long last = Long.MIN_VALUE;

    Pacer(Duration pause, Sleeper sleeper) {
        this.pause = pause;
        this.sleeper = sleeper;
    }

    synchronized void await() {
        if (pause.isZero()) {
            return;
        }
        long now = System.nanoTime();
        if (last != Long.MIN_VALUE) {
            long wait = last + pause.toNanos() - now;
            if (wait > 0) {
                sleeper.pause(Duration.ofNanos(wait));
                now = System.nanoTime();
            }
        }
        last = now;
    }
}
