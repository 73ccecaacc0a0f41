// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.choral.core.api.invoice.InputProblem;
import org.choral.core.api.invoice.InvoiceSourceException;
import org.choral.sources.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The first rows of an export as the CSV source will read them with a mapping: each canonical
 * column's cell, and what the real row reader reports (an unparseable date or amount), so that a
 * column mapped to the wrong header shows before the whole export is checked.
 */
public final class MappingPreview {

    /**
     * One previewed row.
     *
     * @param line the row's line in the file
     * @param cells canonical column → trimmed cell ({@code null} when blank or unmapped)
     * @param problems what the reader reports for the row, French, field first
     */
    public record Row(int line, Map<String, String> cells, List<String> problems) {
    }

    private MappingPreview() {
    }

    public static List<Row> of(CsvTable table, Map<String, String> mapping) {
        Columns columns;
        try {
            columns = Columns.locate(table, Columns.INVOICE_COLUMNS, List.of(), mapping);
        } catch (InvoiceSourceException e) {
            throw new IllegalStateException(e); // nothing is required here, so nothing can be missing
        }
        // a missing PDF is the control's business, not the mapping's: the reader only needs a folder
        RowReader reader = new RowReader(table.file(), columns, new PdfLocator(table.file().toAbsolutePath().getParent(), null));
        List<Row> rows = new ArrayList<>(table.rows().size());
        for (CsvTable.Row row : table.rows()) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (String name : Columns.INVOICE_COLUMNS) {
                cells.put(name, columns.get(row, name));
            }
            List<String> problems = new ArrayList<>();
            for (InputProblem p : reader.read(row).invoice().problems()) {
                problems.add(p.field() == null ? p.message() : NLS.bind(Messages.Source_previewProblem, p.field(), p.message()));
            }
            rows.add(new Row(row.line(), cells, problems));
        }
        return rows;
    }
}
