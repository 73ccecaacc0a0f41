// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.directory;

import java.util.List;

/**
 * Rows of the directory files that an import left out. None of them is fatal: the rest of the
 * directory is imported.
 *
 * @param invalidSiret rows whose identifier is not a valid SIRET (not 14 digits, Luhn check failed)
 * @param notSiret structures identified otherwise than by SIRET ({@code TypeIdentifiant} other than
 *            {@code SIRET}: foreign, RIDET, TAHITI…), which invoices checked by SIRET never reach
 * @param duplicates rows repeating a SIRET (structures) or a SIRET and code (services) already read
 * @param invalidValues rows with a flag that is not a boolean or a service without a code
 * @param orphanServices services whose structure is not in the structures file
 * @param examples the first few skipped rows, each naming its file, line and what is wrong
 * @since 0.1
 */
public record SkippedRows(int invalidSiret, int notSiret, int duplicates, int invalidValues, int orphanServices,
        List<String> examples) {

    public SkippedRows {
        examples = List.copyOf(examples);
    }

    /** How many rows were left out in all. */
    public int total() {
        return invalidSiret + notSiret + duplicates + invalidValues + orphanServices;
    }
}
