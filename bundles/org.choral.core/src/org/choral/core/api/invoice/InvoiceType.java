// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.invoice;

import java.util.Locale;
import java.util.Set;

/**
 * The document type: an invoice (UNTDID 1001 code 380) or a credit note (381, « avoir »).
 *
 * @since 0.1
 */
public enum InvoiceType {
    FACTURE("380"), //$NON-NLS-1$
    AVOIR("381"); //$NON-NLS-1$

    /** EN 16931 document type codes (UNTDID 1001) Chorus Pro treats as invoices (commercial, corrected, prepayment, self-billed…). */
    private static final Set<String> INVOICE_CODES = Set.of("380", "384", "386", "389", "326", "751", "875", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "876", "877"); //$NON-NLS-1$ //$NON-NLS-2$
    /** UNTDID 1001 codes of credit notes. */
    private static final Set<String> CREDIT_CODES = Set.of("381", "261", "262", "296", "308", "396", "420", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "458", "532"); //$NON-NLS-1$ //$NON-NLS-2$

    private final String code;

    InvoiceType(String code) {
        this.code = code;
    }

    /** The UNTDID 1001 code. */
    public String code() {
        return code;
    }

    /**
     * The type of a UBL/CII document type code (BT-3): {@link #FACTURE} for every invoice code,
     * {@link #AVOIR} for every credit-note code; {@code null} for a code that is neither.
     */
    public static InvoiceType ofDocumentCode(String untdid1001) {
        String c = untdid1001 == null ? "" : untdid1001.trim(); //$NON-NLS-1$
        return INVOICE_CODES.contains(c) ? FACTURE : CREDIT_CODES.contains(c) ? AVOIR : null;
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
