// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.control;

import java.util.List;

import org.choral.core.api.invoice.Invoice;

/**
 * The control's verdict on one invoice.
 *
 * @param invoice the invoice checked
 * @param siret the recipient SIRET normalised to 14 digits, or as written when it is not a SIRET
 * @param flags the six directory flags
 * @param anomalies its anomalies, in {@link AnomalyCodes#ORDER}
 * @since 0.1
 */
public record InvoiceResult(Invoice invoice, String siret, DirectoryFlags flags, List<Anomaly> anomalies) {

    public InvoiceResult {
        anomalies = List.copyOf(anomalies);
    }

    /** No error-severity anomaly: the invoice may be deposited. */
    public boolean compliant() {
        return anomalies.stream().noneMatch(Anomaly::isError);
    }
}
