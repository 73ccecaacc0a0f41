// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.control.internal.model;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The files of a control run: what « Charger les factures… » asked for and « Actualiser » reads
 * again; kept in the part's persisted state so that the next session remembers them.
 *
 * @param invoices the ERP's CSV export (or a folder of invoices)
 * @param lines the optional invoice-lines file, or {@code null}
 * @param pdfFolder the optional PDF folder, or {@code null}
 * @param mapping the optional column mapping ({@code .properties}), or {@code null}
 */
public record LoadRequest(Path invoices, Path lines, Path pdfFolder, Path mapping) {

    private static final String INVOICES = "control.invoices"; //$NON-NLS-1$
    private static final String LINES = "control.lines"; //$NON-NLS-1$
    private static final String PDF_FOLDER = "control.pdfFolder"; //$NON-NLS-1$
    private static final String MAPPING = "control.mapping"; //$NON-NLS-1$

    public LoadRequest {
        Objects.requireNonNull(invoices);
    }

    /** Writes this request into a part's persisted state (absent files removed). */
    public void store(Map<String, String> state) {
        put(state, INVOICES, invoices);
        put(state, LINES, lines);
        put(state, PDF_FOLDER, pdfFolder);
        put(state, MAPPING, mapping);
    }

    /** The request a part's persisted state remembers, or {@code null}. */
    public static LoadRequest restore(Map<String, String> state) {
        Path invoices = path(state.get(INVOICES));
        if (invoices == null) {
            return null;
        }
        return new LoadRequest(invoices, path(state.get(LINES)), path(state.get(PDF_FOLDER)), path(state.get(MAPPING)));
    }

    private static void put(Map<String, String> state, String key, Path value) {
        if (value == null) {
            state.remove(key);
        } else {
            state.put(key, value.toString());
        }
    }

    private static Path path(String value) {
        return value == null || value.isBlank() ? null : Path.of(value);
    }
}
