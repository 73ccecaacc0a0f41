// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.tracking.internal.model;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.choral.core.api.deposit.DepositLedger;
import org.choral.core.api.deposit.LedgerEvent;
import org.choral.core.api.deposit.LedgerFlux;
import org.choral.core.api.deposit.LedgerInvoice;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/** Turns the ledger into the view's rows; reads the store, so only off the UI thread. */
public final class LedgerReader {

    private LedgerReader() {
    }

    public static List<TrackingRow> rows(DepositLedger ledger, Map<String, LedgerFlux> fluxes, IProgressMonitor monitor)
            throws IOException {
        List<LedgerInvoice> invoices = ledger.invoices();
        SubMonitor sub = SubMonitor.convert(monitor, invoices.size());
        List<TrackingRow> rows = new ArrayList<>(invoices.size());
        for (LedgerInvoice i : invoices) {
            sub.split(1);
            LedgerFlux flux = i.fluxNumber() == null ? null : fluxes.get(i.fluxNumber());
            rows.add(new TrackingRow(i, StatusText.of(i, flux), Category.of(i), lastChange(ledger, i), errors(i)));
        }
        rows.sort(Comparator.comparing(TrackingRow::lastChange, Comparator.nullsLast(Comparator.reverseOrder())));
        return rows;
    }

    public static Map<String, LedgerFlux> fluxes(DepositLedger ledger) throws IOException {
        Map<String, LedgerFlux> map = new HashMap<>();
        for (LedgerFlux f : ledger.fluxes()) {
            map.put(f.number(), f);
        }
        return map;
    }

    /** The follow-up records status changes as history lines without touching the invoice's own date. */
    private static Instant lastChange(DepositLedger ledger, LedgerInvoice invoice) throws IOException {
        List<LedgerEvent> history = ledger.history(invoice.number());
        Instant last = invoice.updatedAt();
        for (LedgerEvent e : history) {
            if (e.at() != null && (last == null || e.at().isAfter(last))) {
                last = e.at();
            }
        }
        return last;
    }

    private static String errors(LedgerInvoice i) {
        if (i.flagReason() != null && !i.flagReason().isBlank()) {
            return i.flagReason();
        }
        return i.message();
    }
}
