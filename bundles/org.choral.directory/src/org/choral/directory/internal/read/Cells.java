// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.read;

import java.math.BigDecimal;
import java.util.Locale;

import org.choral.core.api.Siret;

/** Reads the typed values of the directory out of text cells. */
final class Cells {

    private Cells() {
    }

    /**
     * A flag written {@code true/false}, {@code TRUE/FALSE}, {@code Oui/Non}, {@code 1/0} or as a
     * boolean cell (which reads {@code 1/0}); an empty cell is {@code false}; anything else is
     * {@code null}.
     */
    static Boolean flag(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "oui", "1", "vrai", "o", "yes", "y": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                return Boolean.TRUE;
            case "false", "non", "0", "faux", "n", "no", "": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    /**
     * The 14-digit SIRET of a cell holding it as text ({@code 130 026 123 00179}) or as a number,
     * leading zeros lost ({@code 1300261230017}) or in scientific notation
     * ({@code 1.3002612300179E13}); {@code null} when it is not one.
     */
    static String siret(String text) {
        String t = text.trim();
        if (!t.isEmpty() && (t.indexOf('E') > 0 || t.indexOf('e') > 0 || t.endsWith(".0"))) { //$NON-NLS-1$
            try {
                t = new BigDecimal(t).toBigIntegerExact().toString();
            } catch (NumberFormatException | ArithmeticException e) {
                return null;
            }
        }
        return Siret.normalize(t);
    }
}
