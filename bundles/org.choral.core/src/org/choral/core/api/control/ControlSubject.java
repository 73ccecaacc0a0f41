// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.control;

import java.time.LocalDate;

import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;
import org.choral.core.api.invoice.Invoice;

/**
 * What a rule looks at: the invoice, what the directory says about its recipient, and the facts
 * of the batch it belongs to. Built once per invoice by the control, so that rules stay small and
 * never query the directory themselves.
 *
 * @param invoice the invoice
 * @param siret the recipient SIRET normalised to 14 digits, or {@code null} when it is not one
 * @param structure the directory's structure for that SIRET, or {@code null}
 * @param service the structure's service whose code equals the invoice's (trimmed, exactly), or
 *            {@code null}
 * @param sameNumberCount how many invoices of the batch carry this invoice's number (1 if unique)
 * @param today the day of the control (the deposit date at the earliest)
 * @since 0.1
 */
public record ControlSubject(Invoice invoice, String siret, Structure structure, Service service,
        int sameNumberCount, LocalDate today) {
}
