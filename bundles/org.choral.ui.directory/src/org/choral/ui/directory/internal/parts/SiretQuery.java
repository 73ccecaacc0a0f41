// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal.parts;

import org.choral.core.api.Siret;

/**
 * What the user typed in « N° SIRET »: a whole SIRET (13 or 14 digits once spaces, dots and dashes
 * are removed: a spreadsheet often drops the leading zero) is looked up; anything else is searched
 * as a name, town, postal code or SIRET beginning.
 *
 * @param text as typed, trimmed
 * @param siret the normalised SIRET, or {@code null} when {@code text} is not a whole SIRET
 * @param looksLikeSiret digits and separators only, but not a whole SIRET
 */
record SiretQuery(String text, String siret, boolean looksLikeSiret) {

    static SiretQuery of(String text) {
        String normalized = Siret.normalize(text);
        if (normalized == null) {
            return new SiretQuery(text, null, false);
        }
        long digits = text.chars().filter(Character::isDigit).count();
        return digits >= Siret.LENGTH - 1 ? new SiretQuery(text, normalized, true)
                : new SiretQuery(text, null, digits > 5);
    }

    boolean isSiret() {
        return siret != null;
    }
}
