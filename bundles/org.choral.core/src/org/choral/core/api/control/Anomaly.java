// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.control;

import java.util.Objects;

/**
 * One thing to fix before deposit.
 *
 * @param code stable code ({@link AnomalyCodes}; a plugin's rule may add its own)
 * @param severity error or warning
 * @param message French text naming the fact (the reference tool's wording where it has one)
 * @param line the source line it comes from, or {@code null}
 * @param field the canonical field concerned ({@code siret_client}…), or {@code null}
 * @since 0.1
 */
public record Anomaly(String code, Severity severity, String message, Integer line, String field) {

    public Anomaly {
        Objects.requireNonNull(code);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(message);
    }

    public static Anomaly error(String code, String message, String field) {
        return new Anomaly(code, Severity.ERROR, message, null, field);
    }

    public static Anomaly warning(String code, String message, String field) {
        return new Anomaly(code, Severity.WARNING, message, null, field);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
