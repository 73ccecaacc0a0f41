// SPDX-License-Identifier: EPL-2.0
package org.choral.deposit.internal.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;

import org.choral.core.api.command.CommandException;
import org.choral.core.api.flux.Supplier;
import org.choral.deposit.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The {@code --supplier} file: UTF-8 {@code .properties} with {@code siret}, {@code nom},
 * {@code tva}, {@code iban}, {@code bic}, {@code adresse}, {@code code_postal}, {@code ville},
 * {@code pays} (ISO 3166 alpha-2). An unknown key is an error, so that a typo is not silently lost.
 */
final class SupplierFile {

    static final Set<String> KEYS = Set.of("siret", "nom", "tva", "iban", "bic", "adresse", "code_postal", "ville", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "pays"); //$NON-NLS-1$

    private SupplierFile() {
    }

    static Supplier load(Path file) throws CommandException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw CommandException.usage(NLS.bind(Messages.Verb_supplierUnreadable, file, e.toString()));
        }
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw CommandException.usage(NLS.bind(Messages.Verb_supplierUnknownKey,
                        new Object[] { file, key, String.join(", ", KEYS.stream().sorted().toList()) })); //$NON-NLS-1$
            }
        }
        String country = p.getProperty("pays"); //$NON-NLS-1$
        if (country != null && !country.isBlank() && !country.trim().matches("[A-Za-z]{2}")) { //$NON-NLS-1$
            throw CommandException.usage(NLS.bind(Messages.Verb_supplierCountry, file, country));
        }
        return new Supplier(p.getProperty("siret"), p.getProperty("nom"), p.getProperty("tva"), p.getProperty("iban"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                p.getProperty("bic"), p.getProperty("adresse"), p.getProperty("code_postal"), p.getProperty("ville"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                country);
    }
}
