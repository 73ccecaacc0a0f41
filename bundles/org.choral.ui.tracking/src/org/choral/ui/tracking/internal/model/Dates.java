// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.tracking.internal.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the view and its CSV show them: local time, day first, to the minute. */
public final class Dates {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRANCE); //$NON-NLS-1$

    private Dates() {
    }

    public static String format(Instant at) {
        return at == null ? "" : SHOWN.format(at.atZone(ZoneId.systemDefault())); //$NON-NLS-1$
    }
}
