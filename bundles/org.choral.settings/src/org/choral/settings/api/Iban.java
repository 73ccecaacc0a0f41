// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.api;

import java.math.BigInteger;
import java.util.Map;

/**
 * IBAN check (ISO 13616): two letters, two check digits, the national account number; the
 * rearranged number read as digits must leave 1 when divided by 97. Lengths are checked for the
 * countries Choral's users bank in most.
 *
 * @since 0.1
 */
public final class Iban {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(Map.entry("FR", 27), Map.entry("MC", 27), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("DE", 22), Map.entry("BE", 16), Map.entry("ES", 24), Map.entry("IT", 27), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            Map.entry("LU", 20), Map.entry("CH", 21), Map.entry("GB", 22), Map.entry("NL", 18), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            Map.entry("PT", 25), Map.entry("AT", 20), Map.entry("IE", 22)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    /** Why an IBAN was refused. */
    public enum Problem {
        FORMAT, LENGTH, CHECKSUM
    }

    private Iban() {
    }

    /** The IBAN without spaces, upper case. */
    public static String normalize(String raw) {
        return Texts.compact(Texts.trim(raw));
    }

    /** Why the (normalised) {@code iban} is refused, or {@code null} when it is valid. */
    public static Problem check(String iban) {
        if (!iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) { //$NON-NLS-1$
            return Problem.FORMAT;
        }
        Integer length = LENGTHS.get(iban.substring(0, 2));
        if (length != null && iban.length() != length) {
            return Problem.LENGTH;
        }
        StringBuilder digits = new StringBuilder(iban.length() * 2);
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        for (int i = 0; i < rearranged.length(); i++) {
            digits.append(Character.digit(rearranged.charAt(i), 36));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1 ? null : Problem.CHECKSUM;
    }

    /** The length an IBAN of {@code country} has, or 0 when Choral does not know it. */
    public static int expectedLength(String country) {
        return LENGTHS.getOrDefault(country, 0);
    }
}
