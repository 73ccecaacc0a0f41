// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.choral.core.api.invoice.InputProblem;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceSource;
import org.choral.core.api.invoice.InvoiceSourceException;
import org.choral.core.api.invoice.SourceOptions;
import org.choral.core.api.invoice.SourceResult;
import org.choral.sources.internal.files.FileKind;
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

    /**
     * A {@code .csv}, {@code .txt} or {@code .tsv} file that is neither XML nor PDF inside, or any
     * other text file whose first line is split by {@code ;} or tabs (ERPs name exports
     * {@code .dat}, {@code .exp} or nothing at all).
     */
    @Override
    public boolean accepts(Path file) {
        FileKind kind = FileKind.of(file);
        if (kind == FileKind.PDF || kind == FileKind.XML) {
            return false;
        }
        String ext = FileKind.extension(file);
        if (ext.equals("csv") || ext.equals("txt") || ext.equals("tsv")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return true;
        }
        return kind == FileKind.TEXT && firstLineIsDelimited(file);
    }

    private static boolean firstLineIsDelimited(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String first = in.readLine();
            return first != null && (first.indexOf(';') >= 0 || first.indexOf('\t') >= 0);
        } catch (IOException e) {
            return false;
        }
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
