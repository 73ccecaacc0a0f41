// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.api;

import org.choral.core.api.Siret;

/**
 * Intra-community VAT numbers. A French one is {@code FR}, a two-character key and the SIREN; a
 * numeric key must equal {@code (12 + 3 × (SIREN mod 97)) mod 97}. Other countries' numbers are
 * checked for their general shape only.
 *
 * @since 0.1
 */
public final class VatNumber {

    /** Why a VAT number was refused. */
    public enum Problem {
        FORMAT, FRENCH_FORMAT, SIREN, KEY
    }

    private VatNumber() {
    }

    /** The number without spaces or dots, upper case. */
    public static String normalize(String raw) {
        return Texts.compact(Texts.trim(raw));
    }

    /** Why the (normalised) {@code vat} is refused, or {@code null} when it is valid. */
    public static Problem check(String vat) {
        if (vat.startsWith("FR")) { //$NON-NLS-1$
            if (!vat.matches("FR[0-9A-HJ-NP-Z]{2}[0-9]{9}")) { //$NON-NLS-1$
                return Problem.FRENCH_FORMAT;
            }
            String siren = vat.substring(4);
            if (!Siret.luhn(siren)) {
                return Problem.SIREN;
            }
            String key = vat.substring(2, 4);
            if (key.chars().allMatch(Character::isDigit) && Integer.parseInt(key) != frenchKey(siren)) {
                return Problem.KEY;
            }
            return null;
        }
        return vat.matches("[A-Z]{2}[0-9A-Z+*]{2,13}") ? null : Problem.FORMAT; //$NON-NLS-1$
    }

    /** The numeric key of the French VAT number of {@code siren} (9 digits). */
    public static int frenchKey(String siren) {
        return (int) ((12 + 3 * (Long.parseLong(siren) % 97)) % 97);
    }
}
