// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.choral.core.api.invoice.InputProblem;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceSource;
import org.choral.core.api.invoice.InvoiceSourceException;
import org.choral.core.api.invoice.SourceOptions;
import org.choral.core.api.invoice.SourceResult;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;

/**
 * The ERP export in the canonical CSV layout (or any layout through a saved column mapping), with
 * its optional lines file. Only {@code numero_facture} and {@code date_facture} are required.
 */
@Component(service = InvoiceSource.class)
public final class CsvInvoiceSource implements InvoiceSource {

    static final List<String> REQUIRED = List.of("numero_facture", "date_facture"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final int TICK = 500;

    @Override
    public String id() {
        return "csv"; //$NON-NLS-1$
    }

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Override
    public SourceResult read(Path file, SourceOptions options, IProgressMonitor monitor) throws InvoiceSourceException {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        CsvTable table = CsvReader.read(file);
        progress.split(2);
        Columns columns = Columns.locate(table, Columns.INVOICE_COLUMNS, REQUIRED, options.columnMapping());
        Path folder = file.toAbsolutePath().getParent();
        RowReader rows = new RowReader(file, columns, new PdfLocator(folder, options.pdfFolder()));
        List<Invoice> invoices = new ArrayList<>(table.rows().size());
        Set<String> negated = new HashSet<>();
        SubMonitor rowProgress = progress.split(6).setWorkRemaining(table.rows().size() / TICK + 1);
        int n = 0;
        for (CsvTable.Row row : table.rows()) {
            if (++n % TICK == 0) {
                if (rowProgress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                rowProgress.split(1);
            }
            RowReader.Read read = rows.read(row);
            invoices.add(read.invoice());
            if (read.negated() && read.invoice().number() != null) {
                negated.add(read.invoice().number());
            }
        }
        List<InputProblem> orphans = new ArrayList<>();
        if (options.linesFile() != null) {
            invoices = withLines(invoices, options, negated, orphans);
        }
        progress.setWorkRemaining(0);
        return new SourceResult(invoices, orphans);
    }

    private static List<Invoice> withLines(List<Invoice> invoices, SourceOptions options, Set<String> negated,
            List<InputProblem> orphans) throws InvoiceSourceException {
        CsvTable lines = CsvReader.read(options.linesFile());
        Columns columns = Columns.locate(lines, Columns.LINE_COLUMNS, List.of("numero_facture"), //$NON-NLS-1$
                options.columnMapping());
        // by number: a duplicated number gets the lines on its first occurrence (the duplicate is reported anyway)
        Map<String, Invoice> byNumber = new LinkedHashMap<>();
        for (Invoice i : invoices) {
            if (i.number() != null) {
                byNumber.putIfAbsent(i.number(), i);
            }
        }
        LinesReader.addLines(lines, columns, byNumber, negated, orphans);
        List<Invoice> out = new ArrayList<>(invoices.size());
        Set<String> done = new HashSet<>();
        for (Invoice i : invoices) {
            out.add(i.number() != null && done.add(i.number()) ? byNumber.get(i.number()) : i);
        }
        return out;
    }
}
