// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.report;

import java.util.ArrayList;
import java.util.List;

import org.choral.core.api.control.Anomaly;
import org.choral.core.api.control.ControlReport;
import org.choral.core.api.control.InvoiceResult;

/**
 * Lays a control report out as the reference tool's two lists.
 *
 * @since 0.1
 */
public final class ReportRows {

    private ReportRows() {
    }

    /** « Liste des factures conformes »: one row per compliant invoice, in the report's order. */
    public static List<ReportRow> compliant(ControlReport report) {
        List<ReportRow> rows = new ArrayList<>();
        for (InvoiceResult r : report.results()) {
            if (r.compliant()) {
                rows.add(new ReportRow(r, null));
            }
        }
        return rows;
    }

    /** « Anomalies à corriger »: one row per anomaly of each invoice that is not compliant. */
    public static List<ReportRow> anomalies(ControlReport report) {
        List<ReportRow> rows = new ArrayList<>();
        for (InvoiceResult r : report.results()) {
            if (!r.compliant()) {
                for (Anomaly a : r.anomalies()) {
                    rows.add(new ReportRow(r, a));
                }
            }
        }
        return rows;
    }
}
