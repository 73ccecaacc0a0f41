// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.flux;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;

import org.choral.core.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The supplier from a UTF-8 {@code .properties} file with {@code siret}, {@code nom}, {@code tva},
 * {@code iban}, {@code bic}, {@code adresse}, {@code code_postal}, {@code ville}, {@code pays}
 * (ISO 3166 alpha-2): {@code choral flux} and {@code choral deposit --supplier}, and the flux wizard
 * until the « Entreprise » settings are filled in. An unknown key is refused so that a typo is not
 * silently lost.
 *
 * @since 0.1
 */
public final class SupplierFile {

    /** The keys the file may hold. */
    public static final Set<String> KEYS = Set.of("siret", "nom", "tva", "iban", "bic", "adresse", "code_postal", "ville", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "pays"); //$NON-NLS-1$

    private SupplierFile() {
    }

    /** @throws IOException with a French message naming the file and what to fix */
    public static Supplier read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new IOException(NLS.bind(Messages.Supplier_unreadable, file, e.getMessage()), e);
        }
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new IOException(NLS.bind(Messages.Supplier_unknownKey, new Object[] { file, key,
                        String.join(", ", KEYS.stream().sorted().toList()) })); //$NON-NLS-1$
            }
        }
        String country = p.getProperty("pays"); //$NON-NLS-1$
        if (country != null && !country.isBlank() && !country.trim().matches("[A-Za-z]{2}")) { //$NON-NLS-1$
            throw new IOException(NLS.bind(Messages.Supplier_country, file, country));
        }
        return new Supplier(p.getProperty("siret"), p.getProperty("nom"), p.getProperty("tva"), p.getProperty("iban"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                p.getProperty("bic"), p.getProperty("adresse"), p.getProperty("code_postal"), p.getProperty("ville"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                country);
    }
}
