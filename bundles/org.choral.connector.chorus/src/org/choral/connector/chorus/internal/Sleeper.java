// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.chorus.internal;

import java.time.Duration;

import org.eclipse.core.runtime.OperationCanceledException;

/** Waits between calls and before retries; tests pass one that records instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    /** Really waits. */
    Sleeper REAL = d -> Thread.sleep(d.toMillis());

    void sleep(Duration duration) throws InterruptedException;

    /** Waits, turning an interruption into a cancellation (the interrupt flag is kept). */
    default void pause(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
    }
}
