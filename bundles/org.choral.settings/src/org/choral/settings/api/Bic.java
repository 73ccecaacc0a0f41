// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.api;

import java.util.Locale;
import java.util.Set;

/**
 * BIC (ISO 9362): bank code (4 letters), country (ISO alpha-2), location (2), optional branch (3).
 *
 * @since 0.1
 */
public final class Bic {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private Bic() {
    }

    public static String normalize(String raw) {
        return Texts.compact(Texts.trim(raw));
    }

    /** Whether the (normalised) {@code bic} has the BIC shape and a real country code. */
    public static boolean isValid(String bic) {
        return bic.matches("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?") && COUNTRIES.contains(bic.substring(4, 6)); //$NON-NLS-1$
    }

    /** Whether {@code code} is an ISO 3166 alpha-2 country code (upper case). */
    public static boolean isCountry(String code) {
        return COUNTRIES.contains(code);
    }
}
