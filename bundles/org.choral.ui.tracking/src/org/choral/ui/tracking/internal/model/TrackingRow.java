// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.tracking.internal.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import org.choral.core.api.deposit.DepositStatus;
import org.choral.core.api.deposit.LedgerInvoice;

/**
 * One line of « Suivi des dépôts », computed off the UI thread.
 *
 * @param invoice the ledger's record
 * @param status the current status in the user's language
 * @param category which filter it falls under
 * @param lastChange when something last happened to it (its latest history line)
 * @param errors the portal's errors or reason, or the ledger's message; empty when none
 */
public record TrackingRow(LedgerInvoice invoice, String status, Category category, Instant lastChange,
        String errors) {

    public TrackingRow {
        Objects.requireNonNull(invoice);
        Objects.requireNonNull(category);
        errors = errors == null ? "" : errors; //$NON-NLS-1$
    }

    public String number() {
        return invoice.number();
    }

    public String fluxNumber() {
        return invoice.fluxNumber() == null ? "" : invoice.fluxNumber(); //$NON-NLS-1$
    }

    public boolean uncertain() {
        return invoice.status() == DepositStatus.UNCERTAIN;
    }

    /** Whether the row shows {@code text} (case-insensitive) in any of its columns. */
    public boolean matches(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return number().toLowerCase(Locale.ROOT).contains(t) || fluxNumber().toLowerCase(Locale.ROOT).contains(t)
                || status.toLowerCase(Locale.ROOT).contains(t) || errors.toLowerCase(Locale.ROOT).contains(t);
    }
}
