// SPDX-License-Identifier: EPL-2.0
package org.choral.deposit.internal.run;

import java.time.Duration;

/** Waits; tests of the follow-up replace it to move virtual clocks instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    Sleeper REAL = d -> Thread.sleep(d.toMillis(), (int) (d.toNanosPart() % 1_000_000));
}
