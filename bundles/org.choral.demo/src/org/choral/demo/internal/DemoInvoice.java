// SPDX-License-Identifier: EPL-2.0
package org.choral.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the sample ERP export.
 *
 * @param expected the anomaly code this row is there to show, or {@code null} for a compliant one
 * @param withPdf whether its PDF is written (not for the « PDF missing » row)
 */
public record DemoInvoice(String number, LocalDate date, String siret, String client, String service, String engagement,
        BigDecimal ht, BigDecimal tva, BigDecimal ttc, boolean withPdf, String expected) {

    public String pdfName() {
        return number + ".pdf"; //$NON-NLS-1$
    }
}
