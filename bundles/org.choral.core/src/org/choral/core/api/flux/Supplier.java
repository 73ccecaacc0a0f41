// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.flux;

/**
 * The invoicing company (« Entreprise » settings): the seller of every generated invoice.
 *
 * @param siret 14-digit SIRET, Chorus identifier scheme {@code 1}
 * @param name legal name
 * @param vatNumber intra-EU VAT number ({@code FR…}), or {@code null}
 * @param iban IBAN for payment means 30, or {@code null}
 * @param bic BIC, or {@code null}
 * @param address street line, or {@code null}
 * @param postalCode postal code, or {@code null}
 * @param town town, or {@code null}
 * @param country ISO 3166 alpha-2 country code ({@code FR} when not given)
 * @since 0.1
 */
public record Supplier(String siret, String name, String vatNumber, String iban, String bic, String address,
        String postalCode, String town, String country) {

    public Supplier {
        siret = clean(siret);
        name = clean(name);
        vatNumber = clean(vatNumber);
        iban = iban == null ? null : clean(iban.replace(" ", "")); //$NON-NLS-1$ //$NON-NLS-2$
        bic = clean(bic);
        address = clean(address);
        postalCode = clean(postalCode);
        town = clean(town);
        country = clean(country) == null ? "FR" : country.trim().toUpperCase(java.util.Locale.ROOT); //$NON-NLS-1$
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }
}
