// SPDX-License-Identifier: EPL-2.0
package org.choral.deposit.internal.run;

import java.time.Duration;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * « Attente internet »: the next deposit starts no sooner than the pause after the previous call
 * ended, so the portal never sees two deposits closer than the pause. The wait is cut in slices so
 * that a cancel is honoured within a tenth of a second.
 */
final class Pacer {

    private static final long SLICE_NANOS = 100_000_000L;

    private final long pauseNanos;
    private final Sleeper sleeper;
    private long lastEnd = Long.MIN_VALUE;

    Pacer(Duration pause, Sleeper sleeper) {
        this.pauseNanos = pause.toNanos();
        this.sleeper = sleeper;
    }

    /** Waits for the pause; {@code false} when cancelled meanwhile. */
    boolean await(IProgressMonitor monitor) {
        if (lastEnd == Long.MIN_VALUE || pauseNanos == 0) {
            return !monitor.isCanceled();
        }
        while (true) {
            if (monitor.isCanceled()) {
                return false;
            }
            long left = lastEnd + pauseNanos - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            try {
                sleeper.sleep(Duration.ofNanos(Math.min(left, SLICE_NANOS)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** The call just ended. */
    void ended() {
        lastEnd = System.nanoTime();
    }
}
