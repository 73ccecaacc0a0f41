// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api;

/**
 * SIRET numbers: normalisation as typed or exported (spaces, dots, dashes removed; leading zeros
 * lost by a spreadsheet restored) and the Luhn check, with La Poste's exception (SIRETs starting
 * {@code 356000000} pass when their digit sum is a multiple of 5).
 *
 * @since 0.1
 */
public final class Siret {

    /** A SIRET has 14 digits. */
    public static final int LENGTH = 14;

    private static final String LA_POSTE_SIREN = "356000000"; //$NON-NLS-1$

    private Siret() {
    }

    /**
     * The SIRET with separators removed and left-padded with zeros to 14 digits, or {@code null}
     * when {@code raw} is empty, holds anything but digits and separators, or has more than 14
     * digits. A number read from a spreadsheet as {@code 1.3002612300179E13} is not accepted: read
     * the cell as text or as a long first.
     */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder(LENGTH);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '.' && c != '-' && c != '\u00a0' && c != '\u202f' && c != '\t') {
                return null;
            }
        }
        if (digits.isEmpty() || digits.length() > LENGTH) {
            return null;
        }
        while (digits.length() < LENGTH) {
            digits.insert(0, '0');
        }
        return digits.toString();
    }

    /** Whether {@code siret} is 14 digits that pass the Luhn check (La Poste's rule for its SIRETs). */
    public static boolean isValid(String siret) {
        if (siret == null || siret.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (siret.charAt(i) < '0' || siret.charAt(i) > '9') {
                return false;
            }
        }
        if (siret.startsWith(LA_POSTE_SIREN)) {
            int sum = 0;
            for (int i = 0; i < LENGTH; i++) {
                sum += siret.charAt(i) - '0';
            }
            return sum % 5 == 0 || luhn(siret);
        }
        return luhn(siret.substring(0, 9)) && luhn(siret);
    }

    /** The Luhn check over a string of digits. */
    public static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
