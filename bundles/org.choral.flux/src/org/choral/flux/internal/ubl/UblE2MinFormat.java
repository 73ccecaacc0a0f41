// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.ubl;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.choral.core.api.flux.FluxException;
import org.choral.core.api.flux.FluxFormat;
import org.choral.core.api.flux.FluxOptions;
import org.choral.core.api.flux.Supplier;
import org.choral.core.api.invoice.Invoice;
import org.choral.flux.internal.model.Amounts;
import org.choral.flux.internal.model.Sizes;
import org.choral.flux.internal.model.SupplierRules;
import org.osgi.service.component.annotations.Component;

/**
 * {@code IN_DP_E2_UBL_INVOICE_MIN}: a minimal UBL 2.1 invoice carrying the routing data, the
 * totals (one line per VAT rate derived from them) and the invoice PDF embedded in base64. Checked
 * against the UBL 2.1 schema only, so the SIRETs carry Chorus Pro's own scheme {@code 1}.
 */
@Component(service = FluxFormat.class)
public final class UblE2MinFormat implements FluxFormat {

    public static final String SYNTAX = "IN_DP_E2_UBL_INVOICE_MIN"; //$NON-NLS-1$

    private final UblWriter writer = new UblWriter("1"); //$NON-NLS-1$

    @Override
    public String syntax() {
        return SYNTAX;
    }

    @Override
    public String extension() {
        return "xml"; //$NON-NLS-1$
    }

    @Override
    public boolean requiresPdf() {
        return true;
    }

    @Override
    public List<String> supplierProblems(Supplier supplier, Invoice invoice) {
        return SupplierRules.problems(supplier, invoice, false);
    }

    @Override
    public long estimatedSize(Invoice invoice) {
        return Sizes.XML_OVERHEAD + Sizes.base64(Sizes.of(invoice.pdf()));
    }

    @Override
    public void write(Invoice invoice, FluxOptions options, OutputStream out) throws FluxException, IOException {
        Amounts amounts = Amounts.of(invoice, false);
        writer.write(invoice, options, amounts, Sizes.requirePdf(invoice), out);
    }
}
