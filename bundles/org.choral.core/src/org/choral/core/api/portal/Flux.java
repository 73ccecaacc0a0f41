// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.portal;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One file to deposit: a single invoice (XML or Factur-X PDF) or a lot (.zip / .tar.gz).
 *
 * @param file the file on disk, read when sent (never held in memory whole by the Chorus connector)
 * @param fileName the name the portal records ({@code nomFichier})
 * @param syntax the flux syntax ({@code IN_DP_E1_UBL_INVOICE}, {@code IN_DP_E2_CII_FACTURX}…)
 * @param invoiceNumbers the invoice numbers it carries, as the flux writer knows them (may be empty)
 * @since 0.1
 */
public record Flux(Path file, String fileName, String syntax, List<String> invoiceNumbers) {

    public Flux {
        Objects.requireNonNull(file);
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(syntax);
        invoiceNumbers = List.copyOf(invoiceNumbers);
    }

    /** A flux named after its file. */
    public static Flux of(Path file, String syntax, List<String> invoiceNumbers) {
        return new Flux(file, file.getFileName().toString(), syntax, invoiceNumbers);
    }
}
