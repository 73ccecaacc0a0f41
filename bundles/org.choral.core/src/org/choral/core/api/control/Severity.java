// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.control;

import java.util.Locale;

/**
 * How serious an anomaly is: an {@link #ERROR} blocks the deposit, a {@link #WARNING} does not (an
 * invoice with warnings only is compliant).
 *
 * @since 0.1
 */
public enum Severity {
    ERROR, WARNING;

    /** The lower-case name used in JSON: {@code error} or {@code warning}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
