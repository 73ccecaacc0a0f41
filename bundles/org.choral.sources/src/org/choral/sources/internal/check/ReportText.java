// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.check;

import java.io.PrintStream;
import java.util.List;

import org.choral.core.api.control.Anomaly;
import org.choral.core.api.control.ControlReport;
import org.choral.core.api.control.InvoiceResult;
import org.choral.core.api.invoice.Invoice;
import org.choral.sources.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The human text of {@code choral check}: the two lists of the reference tool, « Liste des
 * factures conformes » and « Anomalies à corriger » (one line per anomaly), then the totals.
 */
final class ReportText {

    private ReportText() {
    }

    static void print(ControlReport report, PrintStream out) {
        List<InvoiceResult> compliant = report.compliant();
        List<InvoiceResult> others = report.withAnomalies();
        out.println(Messages.Check_compliantTitle);
        out.println(Messages.Check_columns);
        if (compliant.isEmpty()) {
            out.println(Messages.Check_none);
        }
        for (InvoiceResult r : compliant) {
            out.println(row(r));
            for (Anomaly a : r.anomalies()) {
                out.println("    " + a.message()); //$NON-NLS-1$
            }
        }
        out.println();
        out.println(Messages.Check_anomaliesTitle);
        out.println(Messages.Check_anomalyColumns);
        if (others.isEmpty()) {
            out.println(Messages.Check_none);
        }
        for (InvoiceResult r : others) {
            out.println(row(r));
            for (Anomaly a : r.anomalies()) {
                out.println(String.join(" | ", text(r.invoice().number()), a.message(), //$NON-NLS-1$
                        a.line() == null ? "" : a.line().toString(), text(a.field()))); //$NON-NLS-1$
            }
        }
        out.println();
        out.println(NLS.bind(Messages.Check_totals, new Object[] { report.results().size(), compliant.size(),
                others.size() }));
    }

    private static String row(InvoiceResult r) {
        Invoice i = r.invoice();
        StringBuilder flags = new StringBuilder();
        r.flags().asMap().forEach((name, value) -> flags.append(flags.length() == 0 ? "" : " ") //$NON-NLS-1$ //$NON-NLS-2$
                .append(value == null ? "-" : value ? "\u2713" : "\u00b7")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return String.join(" | ", text(i.number()), text(i.engagement()), text(i.marketNumber()), //$NON-NLS-1$
                text(i.serviceCode()), flags, text(r.siret()), i.pdf() == null ? "" : i.pdf().toString()); //$NON-NLS-1$
    }

    private static String text(String s) {
        return s == null ? "" : s; //$NON-NLS-1$
    }
}
