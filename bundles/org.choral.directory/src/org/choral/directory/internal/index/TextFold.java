// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.index;

import java.text.Normalizer;

/**
 * Folds text for matching as users type it: lower case, accents removed, ligatures spread
 * ({@code œ} → {@code oe}), and every run of punctuation or spaces made one space, so that
 * « Saint-Étienne » matches « saint etienne ».
 */
public final class TextFold {

    private TextFold() {
    }

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return ""; //$NON-NLS-1$
        }
        // plain ASCII (most names and towns) has nothing to decompose: spare the normaliser
        String decomposed = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(decomposed.length());
        boolean space = true;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                char lower = Character.toLowerCase(c);
                switch (lower) {
                    case '\u0153' -> b.append("oe"); //$NON-NLS-1$
                    case '\u00e6' -> b.append("ae"); //$NON-NLS-1$
                    case '\u00df' -> b.append("ss"); //$NON-NLS-1$
                    default -> b.append(lower);
                }
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        int end = b.length();
        if (end > 0 && b.charAt(end - 1) == ' ') {
            b.setLength(end - 1);
        }
        return b.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
