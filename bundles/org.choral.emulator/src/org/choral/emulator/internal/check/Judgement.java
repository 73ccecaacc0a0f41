// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.check;

import java.util.List;

import org.choral.emulator.internal.state.TechnicalError;

/**
 * The verdict on a deposited flux: technical errors reject it whole; otherwise each invoice is
 * accepted (no error) or rejected with its reasons.
 */
public record Judgement(List<TechnicalError> technicalErrors, List<Judged> invoices) {

    /** One invoice and the reasons it is rejected (empty: accepted). */
    public record Judged(InvoiceFacts facts, List<String> errors) {
        public Judged {
            errors = List.copyOf(errors);
        }
    }

    public Judgement {
        technicalErrors = List.copyOf(technicalErrors);
        invoices = List.copyOf(invoices);
    }
}
