// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.invoice;

import java.nio.file.Path;
import java.util.Map;

/**
 * How to read a source besides the file itself.
 *
 * @param linesFile the optional invoice-lines file of a CSV export, or {@code null}
 * @param pdfFolder the folder where invoice PDFs are looked for, or {@code null}
 * @param columnMapping canonical column name → the ERP's header (empty: the canonical headers)
 * @since 0.1
 */
public record SourceOptions(Path linesFile, Path pdfFolder, Map<String, String> columnMapping) {

    public SourceOptions {
        columnMapping = Map.copyOf(columnMapping);
    }

    /** No lines file, no PDF folder, canonical headers. */
    public static SourceOptions defaults() {
        return new SourceOptions(null, null, Map.of());
    }
}
