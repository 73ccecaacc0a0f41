// SPDX-License-Identifier: EPL-2.0
package org.choral.demo.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.choral.settings.api.CompanySettings;

/**
 * The demo's supplier: a company that does not exist, with a SIRET whose key is right, the VAT
 * number that goes with its SIREN and an IBAN whose checksum is right, so that every check and
 * every flux generation accepts it.
 */
public final class DemoSupplier {

    public static final String SIRET = "83212345900014"; //$NON-NLS-1$
    static final CompanySettings COMPANY = new CompanySettings(SIRET, "Atelier Démo SARL", "FR20832123459", //$NON-NLS-1$ //$NON-NLS-2$
            "12 rue des Tanneurs", "69002", "Lyon", "FR", "FR7630006000011234567890189", "AGRIFRPP"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    private DemoSupplier() {
    }

    /** The company as preference values ({@code company.<field>}), as the settings keep them. */
    static Map<String, String> preferences() {
        CompanySettings c = COMPANY;
        Map<String, String> p = new LinkedHashMap<>();
        p.put("company." + CompanySettings.SIRET, c.siret()); //$NON-NLS-1$
        p.put("company." + CompanySettings.NAME, c.name()); //$NON-NLS-1$
        p.put("company." + CompanySettings.VAT, c.vatNumber()); //$NON-NLS-1$
        p.put("company." + CompanySettings.STREET, c.street()); //$NON-NLS-1$
        p.put("company." + CompanySettings.POSTAL_CODE, c.postalCode()); //$NON-NLS-1$
        p.put("company." + CompanySettings.TOWN, c.town()); //$NON-NLS-1$
        p.put("company." + CompanySettings.COUNTRY, c.country()); //$NON-NLS-1$
        p.put("company." + CompanySettings.IBAN, c.iban()); //$NON-NLS-1$
        p.put("company." + CompanySettings.BIC, c.bic()); //$NON-NLS-1$
        return p;
    }

    /** Writes the {@code choral flux --supplier} file (UTF-8 properties). */
    static void writeFluxFile(Path file) throws IOException {
        CompanySettings c = COMPANY;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("siret=" + c.siret() + "\nnom=" + c.name() + "\ntva=" + c.vatNumber() + "\niban=" + c.iban() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    + "\nbic=" + c.bic() + "\nadresse=" + c.street() + "\ncode_postal=" + c.postalCode() + "\nville=" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    + c.town() + "\npays=" + c.country() + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
