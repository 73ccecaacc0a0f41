// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.report;

import java.util.stream.Collectors;

import org.choral.core.api.control.Anomaly;
import org.choral.core.api.control.InvoiceResult;

/**
 * One row of a list: an invoice, and for the list of anomalies the one anomaly this row shows
 * (an invoice with several anomalies has one row per anomaly).
 *
 * @param result the invoice's control result
 * @param anomaly the anomaly shown, or {@code null} on the list of compliant invoices
 * @since 0.1
 */
public record ReportRow(InvoiceResult result, Anomaly anomaly) {

    /** The anomaly's message; on a compliant invoice, its warnings joined. */
    public String anomalyText() {
        if (anomaly != null) {
            return anomaly.message();
        }
        return result.anomalies().stream().map(Anomaly::message).collect(Collectors.joining(" ; ")); //$NON-NLS-1$
    }

    /** The client's name, else its SIRET as written, else empty: what the client filter shows. */
    public String client() {
        String name = result.invoice().clientName();
        if (name != null) {
            return name;
        }
        return result.siret() == null ? "" : result.siret(); //$NON-NLS-1$
    }
}
