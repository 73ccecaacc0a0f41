// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.invoice;

import java.util.Locale;

/**
 * The document type: an invoice (UNTDID 1001 code 380) or a credit note (381, « avoir »).
 *
 * @since 0.1
 */
public enum InvoiceType {
    FACTURE("380"), //$NON-NLS-1$
    AVOIR("381"); //$NON-NLS-1$

    private final String code;

    InvoiceType(String code) {
        this.code = code;
    }

    /** The UNTDID 1001 code. */
    public String code() {
        return code;
    }

    /**
     * The type written as {@code FACTURE}/{@code AVOIR} (any case) or {@code 380}/{@code 381};
     * {@code null} for anything else.
     */
    public static InvoiceType parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (InvoiceType type : values()) {
            if (type.name().equals(t) || type.code.equals(t)) {
                return type;
            }
        }
        return null;
    }
}
