// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.lot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

import org.choral.core.api.flux.FluxEstimate;
import org.choral.core.api.flux.Thresholds;
import org.choral.core.api.invoice.Invoice;
import org.choral.flux.internal.model.Sizes;

/**
 * Estimates a lot's base64 payload (the archive is deposited base64-encoded) and splits invoices
 * into lots under the thresholds, keeping their order.
 */
public final class LotPlanner {

    private final Thresholds thresholds;
    private final ToLongFunction<Invoice> size;

    public LotPlanner(Thresholds thresholds, ToLongFunction<Invoice> size) {
        this.thresholds = thresholds;
        this.size = size;
    }

    public FluxEstimate estimate(List<Invoice> invoices) {
        long bytes = 0;
        for (Invoice inv : invoices) {
            bytes += size.applyAsLong(inv);
        }
        long base64 = Sizes.base64(bytes);
        boolean over = invoices.size() > thresholds.maxInvoices() || base64 > thresholds.maxBase64Bytes();
        return new FluxEstimate(invoices.size(), base64, over, split(invoices).size());
    }

    /** Lots in order, each under both thresholds (an invoice too large alone gets a lot of its own). */
    public List<List<Invoice>> split(List<Invoice> invoices) {
        List<List<Invoice>> lots = new ArrayList<>();
        List<Invoice> current = new ArrayList<>();
        long bytes = 0;
        for (Invoice inv : invoices) {
            long s = size.applyAsLong(inv);
            boolean full = current.size() >= thresholds.maxInvoices()
                    || Sizes.base64(bytes + s) > thresholds.maxBase64Bytes();
            if (!current.isEmpty() && full) {
                lots.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(inv);
            bytes += s;
        }
        if (!current.isEmpty()) {
            lots.add(current);
        }
        return lots;
    }
}
