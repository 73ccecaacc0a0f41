// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * Parses the values of an export: amounts with {@code ,} or {@code .} as decimal separator (and
 * spaces, no-break spaces or the other sign as thousands separators), dates {@code YYYY-MM-DD} or
 * {@code DD/MM/YYYY}. Each parser returns {@code null} for text it cannot read.
 */
public final class Values {

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}"); //$NON-NLS-1$
    private static final Pattern FRENCH = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}"); //$NON-NLS-1$
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd") //$NON-NLS-1$
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("d/M/uuuu") //$NON-NLS-1$
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d*(\\.\\d*)?"); //$NON-NLS-1$

    private Values() {
    }

    public static LocalDate date(String text) {
        String t = text.strip();
        try {
            if (ISO.matcher(t).matches()) {
                return LocalDate.parse(t, ISO_DAY);
            }
            if (FRENCH.matcher(t).matches()) {
                return LocalDate.parse(t, FRENCH_DAY);
            }
        } catch (DateTimeParseException e) {
            return null; // 31/02/2024 and the like
        }
        return null;
    }

    public static BigDecimal amount(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u00a0' && c != '\u202f' && c != '\u20ac') {
                b.append(c);
            }
        }
        String s = b.toString();
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            // both: the last one is the decimal separator, the other groups thousands
            s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } else if (comma >= 0) {
            s = s.indexOf(',') == comma ? s.replace(',', '.') : s.replace(",", ""); //$NON-NLS-1$ //$NON-NLS-2$
        } else if (dot >= 0 && s.indexOf('.') != dot) {
            s = s.replace(".", ""); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (s.isEmpty() || !NUMBER.matcher(s).matches() || s.chars().noneMatch(Character::isDigit)) {
            return null;
        }
        return new BigDecimal(s);
    }
}
