// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.api;

/** Null-safe trimming for values typed by users or read from preferences. */
final class Texts {

    private Texts() {
    }

    static String trim(String s) {
        return s == null ? "" : s.strip(); //$NON-NLS-1$
    }

    /** Removes spaces (also non-breaking), dots and dashes people type inside identifiers. */
    static String compact(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u202f' && c != '.' && c != '-') {
                b.append(Character.toUpperCase(c));
            }
        }
        return b.toString();
    }
}
