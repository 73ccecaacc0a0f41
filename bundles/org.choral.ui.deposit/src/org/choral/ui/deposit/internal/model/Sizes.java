// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.internal.model;

import java.util.Locale;

import org.choral.ui.deposit.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/** Byte counts as the French user reads them: « 350 Ko », « 12,4 Mo ». */
public final class Sizes {

    private static final double KB = 1024.0;
    private static final double MB = KB * 1024.0;

    private Sizes() {
    }

    public static String human(long bytes) {
        if (bytes < KB) {
            return NLS.bind(Messages.Size_bytes, Long.toString(bytes));
        }
        if (bytes < MB) {
            return NLS.bind(Messages.Size_kb, String.format(Locale.FRANCE, "%.0f", bytes / KB)); //$NON-NLS-1$
        }
        return NLS.bind(Messages.Size_mb, String.format(Locale.FRANCE, "%.1f", bytes / MB)); //$NON-NLS-1$
    }
}
