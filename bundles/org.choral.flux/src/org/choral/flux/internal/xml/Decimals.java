// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.xml;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How numbers and dates are written in UBL and CII. */
public final class Decimals {

    private static final DateTimeFormatter CII_DATE = DateTimeFormatter.ofPattern("yyyyMMdd"); //$NON-NLS-1$

    private Decimals() {
    }

    /** Two decimals, half-up, plain notation (EN 16931 amounts). */
    public static String amount(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** As many decimals as needed, plain notation (quantities, rates, unit prices). */
    public static String number(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** {@code yyyy-MM-dd} (UBL). */
    public static String isoDate(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** {@code yyyyMMdd} (CII format 102). */
    public static String ciiDate(LocalDate date) {
        return date == null ? null : CII_DATE.format(date);
    }
}
