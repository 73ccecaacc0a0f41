// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.control.internal.table;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.choral.core.api.control.Anomaly;
import org.choral.core.api.control.ControlReport;
import org.choral.core.api.control.DirectoryFlags;
import org.choral.core.api.control.InvoiceResult;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceType;
import org.choral.core.api.invoice.SourcePosition;
import org.choral.sources.report.ReportColumn;
import org.choral.sources.report.ReportRows;
import org.choral.ui.control.internal.model.RowFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * The view's performance target: 10,000 invoices open in under a second. Builds a report of
 * {@code n} invoices (a third with two anomalies each), then times, from the report to both
 * tables filled and painted, the median of several runs after a warm-up; also the median of a
 * text filter and of a sort. Run with {@code bundles/org.choral.ui.control.tests/table-benchmark.sh [n] [runs]}.
 */
public final class TableBenchmark {

    private TableBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        ControlReport report = report(n);
        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout(SWT.VERTICAL));
        shell.setSize(1200, 800);
        ResultTable compliant = new ResultTable(shell, "compliant"); //$NON-NLS-1$
        ResultTable anomalies = new ResultTable(shell, "anomalies"); //$NON-NLS-1$
        shell.open();
        settle(display);
        long[] fill = new long[runs];
        long[] filter = new long[runs];
        long[] sort = new long[runs];
        for (int r = -1; r < runs; r++) {
            compliant.setRows(List.of());
            anomalies.setRows(List.of());
            settle(display);
            long t0 = System.nanoTime();
            compliant.setRows(ReportRows.compliant(report));
            anomalies.setRows(ReportRows.anomalies(report));
            settle(display);
            long t1 = System.nanoTime();
            anomalies.setFilter(new RowFilter(null, null, "4999")); //$NON-NLS-1$
            settle(display);
            long t2 = System.nanoTime();
            anomalies.setFilter(RowFilter.NONE);
            anomalies.sortBy(ReportColumn.SIRET);
            settle(display);
            long t3 = System.nanoTime();
            if (r >= 0) {
                fill[r] = t1 - t0;
                filter[r] = t2 - t1;
                sort[r] = t3 - t2;
            }
        }
        System.out.printf("%d invoices (%d compliant rows, %d anomaly rows), %d runs%n", n, //$NON-NLS-1$
                compliant.rows().all().size(), anomalies.rows().all().size(), runs);
        System.out.printf("median fill both tables (report to painted): %d ms%n", median(fill)); //$NON-NLS-1$
        System.out.printf("median text filter: %d ms%n", median(filter)); //$NON-NLS-1$
        System.out.printf("median clear filter + sort by SIRET: %d ms%n", median(sort)); //$NON-NLS-1$
        display.dispose();
    }

    /** Runs the event loop until nothing is left to do (the tables are painted). */
    private static void settle(Display display) {
        display.update();
        while (display.readAndDispatch()) {
            // drain
        }
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1_000_000;
    }

    /** A report of {@code n} invoices, a third with two anomalies each. */
    public static ControlReport report(int n) {
        List<InvoiceResult> results = new ArrayList<>(n);
        DirectoryFlags flags = new DirectoryFlags(true, false, true, false, true, true);
        for (int i = 0; i < n; i++) {
            String number = String.valueOf(2_300_000 + i);
            String siret = String.format("%014d", 13_002_612_300_000L + i % 500); //$NON-NLS-1$
            Invoice invoice = new Invoice(number, LocalDate.of(2024, 1, 15), InvoiceType.FACTURE, siret,
                    "Client " + (i % 500), "SERV" + (i % 7), "ENG" + i, null, BigDecimal.TEN, BigDecimal.ONE, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    BigDecimal.valueOf(11), null, "EUR", "A1", null, Path.of("/pdf/" + number + ".pdf"), null, "30", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                    null, null, List.of(), List.of(), new SourcePosition(Path.of("export.csv"), i + 2), List.of()); //$NON-NLS-1$
            List<Anomaly> anomalies = i % 3 == 0
                    ? List.of(Anomaly.error("SERVICE_UNKNOWN", "Le service SERV n'existe pas dans l'annuaire Chorus", null), //$NON-NLS-1$ //$NON-NLS-2$
                            Anomaly.error("PDF_MISSING", "Le fichier PDF de la facture est introuvable", null)) //$NON-NLS-1$ //$NON-NLS-2$
                    : List.of();
            results.add(new InvoiceResult(invoice, siret, flags, anomalies));
        }
        return new ControlReport(results, List.of(), false, Instant.now());
    }
}
