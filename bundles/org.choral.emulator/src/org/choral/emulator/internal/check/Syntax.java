// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.check;

import java.util.Optional;

/** The six {@code syntaxeFlux} values of the reference, with what their files must hold. */
public enum Syntax {
    IN_DP_E1_UBL_INVOICE(Content.UBL, false),
    IN_DP_E1_CII_16B(Content.CII, false),
    IN_DP_E2_UBL_INVOICE_MIN(Content.UBL, true),
    IN_DP_E2_CII_MIN_16B(Content.CII, true),
    IN_DP_E2_CPP_FACTURE_MIN(Content.CPP_XML, true),
    IN_DP_E2_CII_FACTURX(Content.FACTURX, true);

    /** What one invoice file is. */
    public enum Content {
        UBL, CII, CPP_XML, FACTURX
    }

    private final Content content;
    private final boolean needsPdf;

    Syntax(Content content, boolean needsPdf) {
        this.content = content;
        this.needsPdf = needsPdf;
    }

    public Content content() {
        return content;
    }

    /** E2 (mixed): each invoice comes with its PDF. */
    public boolean needsPdf() {
        return needsPdf;
    }

    public static Optional<Syntax> of(String name) {
        for (Syntax s : values()) {
            if (s.name().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
