// SPDX-License-Identifier: EPL-2.0
package org.choral.core.internal.control.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Formatting shared by the rules' messages: French dates, megabytes, blank tests. */
final class Texts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy"); //$NON-NLS-1$

    private Texts() {
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024L), 1, RoundingMode.HALF_UP)
                .toPlainString().replace('.', ',');
    }

    static String amount(BigDecimal value) {
        return value == null ? "?" : value.setScale(2, RoundingMode.HALF_UP).toPlainString(); //$NON-NLS-1$
    }
}
