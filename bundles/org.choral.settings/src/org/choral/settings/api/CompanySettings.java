// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.api;

/**
 * The supplier company: what deposits and generated invoices name as the seller. Values are kept
 * as typed (trimmed); {@link CompanyValidator} says what is wrong with them.
 *
 * @param country ISO 3166 alpha-2 code, {@code FR} by default
 * @since 0.1
 */
public record CompanySettings(String siret, String name, String vatNumber, String street, String postalCode,
        String town, String country, String iban, String bic) {

    /** Field names, as used in validation problems, preferences and the JSON of the command line. */
    public static final String SIRET = "siret", NAME = "name", VAT = "vatNumber", STREET = "street", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            POSTAL_CODE = "postalCode", TOWN = "town", COUNTRY = "country", IBAN = "iban", BIC = "bic"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    public CompanySettings {
        siret = Texts.trim(siret);
        name = Texts.trim(name);
        vatNumber = Texts.trim(vatNumber);
        street = Texts.trim(street);
        postalCode = Texts.trim(postalCode);
        town = Texts.trim(town);
        country = Texts.trim(country).isEmpty() ? "FR" : Texts.trim(country); //$NON-NLS-1$
        iban = Texts.trim(iban);
        bic = Texts.trim(bic);
    }

    /** Nothing filled in yet (first start). */
    public static CompanySettings empty() {
        return new CompanySettings("", "", "", "", "", "", "FR", "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
    }
}
