// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.api;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.choral.core.api.invoice.InvoiceSourceException;
import org.choral.core.api.invoice.SourcePosition;
import org.choral.sources.internal.csv.Columns;
import org.choral.sources.internal.csv.CsvReader;
import org.choral.sources.internal.csv.CsvTable;
import org.choral.sources.internal.csv.HeaderMatcher;
import org.choral.sources.internal.csv.MappingFile;
import org.choral.sources.internal.csv.MappingPreview;
import org.choral.sources.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * What a front end needs to map an ERP's own column names once: the canonical columns, an
 * export's headers and first rows read exactly as the CSV source reads them, suggested headers,
 * the checks a mapping must pass, a preview of the rows as they will be read, and the saved
 * mapping file ({@code canonical=ERP header}, UTF-8 {@code .properties}) that
 * {@code choral check --mapping FILE} reads too.
 *
 * @since 0.1
 */
public final class ColumnMappings {

    /** The columns the CSV source cannot do without. */
    public static final List<String> REQUIRED = List.of("numero_facture", "date_facture"); //$NON-NLS-1$ //$NON-NLS-2$

    /**
     * A canonical column of the invoices file.
     *
     * @param name its canonical name ({@code numero_facture}…)
     * @param required whether an export without it cannot be read
     */
    public record Column(String name, boolean required) {
    }

    /** The head of an export: its headers and first rows, read as the CSV source reads the whole file. */
    public static final class Sample {

        private final CsvTable table;

        Sample(CsvTable table) {
            this.table = table;
        }

        public Path file() {
            return table.file();
        }

        /** The header cells, trimmed, in file order. */
        public List<String> headers() {
            return table.headers();
        }

        public char separator() {
            return table.separator();
        }

        public Charset charset() {
            return table.charset();
        }

        /** How many data rows were read. */
        public int rowCount() {
            return table.rows().size();
        }
    }

    /**
     * A row as it will be read.
     *
     * @param line its line in the file
     * @param cells canonical column → cell ({@code null}: blank or unmapped)
     * @param problems what the reader reports (French)
     */
    public record PreviewRow(int line, Map<String, String> cells, List<String> problems) {
    }

    private ColumnMappings() {
    }

    /** The invoices file's canonical columns, in the canonical layout's order. */
    public static List<Column> invoiceColumns() {
        return Columns.INVOICE_COLUMNS.stream().map(n -> new Column(n, REQUIRED.contains(n))).toList();
    }

    /**
     * The header and first {@code rows} rows of {@code export}, with the CSV source's separator and
     * encoding detection.
     *
     * @throws InvoiceSourceException when the file cannot be read or is empty
     */
    public static Sample sample(Path export, int rows) throws InvoiceSourceException {
        return new Sample(CsvReader.readHead(export, rows));
    }

    /** Suggested canonical column → header, a {@code saved} mapping's entries kept where their header exists. */
    public static Map<String, String> suggest(List<String> headers, Map<String, String> saved) {
        return HeaderMatcher.suggest(Columns.INVOICE_COLUMNS, headers, saved);
    }

    /**
     * The required columns the CSV source would not find in {@code headers} with {@code mapping}
     * (the same rule it reads with: the mapped header, else the canonical name, trimmed and case-insensitively).
     */
    public static List<String> missingRequired(List<String> headers, Map<String, String> mapping) {
        List<String> missing = new ArrayList<>();
        for (String name : REQUIRED) {
            String mapped = mapping.get(name);
            boolean found = mapped != null && HeaderMatcher.find(headers, mapped) != null
                    || HeaderMatcher.find(headers, name) != null;
            if (!found) {
                missing.add(name);
            }
        }
        return missing;
    }

    /** Header → the canonical columns mapped to it, for headers given to more than one column. */
    public static Map<String, List<String>> headersUsedTwice(Map<String, String> mapping) {
        Map<String, List<String>> byHeader = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : mapping.entrySet()) {
            if (e.getValue() != null && !e.getValue().isBlank()) {
                byHeader.computeIfAbsent(e.getValue().strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(e.getKey());
            }
        }
        Map<String, List<String>> twice = new LinkedHashMap<>();
        byHeader.forEach((h, names) -> {
            if (names.size() > 1) {
                twice.put(mapping.get(names.get(0)).strip(), List.copyOf(names));
            }
        });
        return twice;
    }

    /** The sample's rows as the CSV source will read them with {@code mapping}. */
    public static List<PreviewRow> preview(Sample sample, Map<String, String> mapping) {
        return MappingPreview.of(sample.table, mapping).stream()
                .map(r -> new PreviewRow(r.line(), r.cells(), r.problems())).toList();
    }

    /** A saved mapping (see {@link InvoiceFiles#readMapping}). */
    public static Map<String, String> load(Path file) throws InvoiceSourceException {
        return MappingFile.load(file);
    }

    /**
     * Saves {@code mapping} (canonical → header; blank entries left out) as a UTF-8
     * {@code .properties} file, replacing it whole or not at all.
     *
     * @throws InvoiceSourceException naming the file when it cannot be written
     */
    public static void save(Path file, Map<String, String> mapping) throws InvoiceSourceException {
        try {
            MappingFile.save(file, mapping);
        } catch (IOException | RuntimeException e) {
            throw new InvoiceSourceException(SourcePosition.of(file),
                    NLS.bind(Messages.Source_mappingUnwritable, file, e.toString()), e);
        }
    }
}
