// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The emulator's time: it runs {@code speed} times faster than the real clock from an origin, and
 * tests may push it forward with {@link #advance(Duration)}. Integration and invoice life cycles are
 * read from it, so a test never waits and a demo can compress days into minutes. Speed 0 freezes it
 * (only {@link #advance} moves it).
 *
 * @since 0.1
 */
public final class VirtualClock {

    private final Clock real;
    private final double speed;
    private final Instant realStart;
    private final Instant origin;
    private long advancedMillis;

    /**
     * @param real the real clock
     * @param speed virtual seconds per real second (0 or more)
     * @param origin the virtual time at the real clock's current instant
     */
    public VirtualClock(Clock real, double speed, Instant origin) {
        if (speed < 0 || Double.isNaN(speed)) {
            throw new IllegalArgumentException("speed < 0: " + speed); //$NON-NLS-1$
        }
        this.real = real;
        this.speed = speed;
        this.realStart = real.instant();
        // millisecond precision: what is saved and reloaded compares equal to what was reported
        this.origin = origin.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The current virtual instant. */
    public synchronized Instant now() {
        long realElapsed = Duration.between(realStart, real.instant()).toMillis();
        return origin.plusMillis((long) (realElapsed * speed) + advancedMillis);
    }

    /** Moves virtual time forward by {@code duration} (tests, or « skip a day » in a demo). */
    public synchronized void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("negative: " + duration); //$NON-NLS-1$
        }
        advancedMillis += duration.toMillis();
    }

    public double speed() {
        return speed;
    }
}
