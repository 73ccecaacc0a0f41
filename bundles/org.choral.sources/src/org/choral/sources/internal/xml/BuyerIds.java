// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.xml;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks the buyer's SIRET among the identifiers an invoice gives it. Chorus Pro routes on the SIRET:
 * ISO 6523 scheme {@code 0009}, or Chorus's own scheme {@code 1}. The legal registration (BT-47)
 * wins over a global or endpoint identifier; an identifier without a scheme is taken only when it
 * has the shape of a SIRET (14 digits), never a SIREN or a VAT number.
 */
final class BuyerIds {

    private record Candidate(String value, String scheme, boolean legal) {
    }

    private final List<Candidate> candidates = new ArrayList<>();

    void legal(String value, String scheme) {
        add(value, scheme, true);
    }

    void other(String value, String scheme) {
        add(value, scheme, false);
    }

    private void add(String value, String scheme, boolean legal) {
        if (value != null) {
            candidates.add(new Candidate(value, scheme, legal));
        }
    }

    String siret() {
        for (boolean legal : new boolean[] { true, false }) {
            for (Candidate c : candidates) {
                if (c.legal == legal && isSiretScheme(c.scheme)) {
                    return c.value;
                }
            }
        }
        for (Candidate c : candidates) {
            if (c.scheme == null && c.value.replace(" ", "").matches("\\d{14}")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                return c.value;
            }
        }
        return null;
    }

    private static boolean isSiretScheme(String scheme) {
        return "0009".equals(scheme) || "1".equals(scheme); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
