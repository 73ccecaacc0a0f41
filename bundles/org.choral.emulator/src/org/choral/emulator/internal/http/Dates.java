// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.http;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as the API writes them: Paris time, {@code yyyy-MM-dd} and {@code yyyy-MM-dd'T'HH:mm:ss}. */
public final class Dates {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris"); //$NON-NLS-1$
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(PARIS); //$NON-NLS-1$
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss") //$NON-NLS-1$
            .withZone(PARIS);

    private Dates() {
    }

    public static String date(Instant i) {
        return DATE.format(i);
    }

    public static String dateTime(Instant i) {
        return DATE_TIME.format(i);
    }
}
