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
 * {@code IN_DP_E1_UBL_INVOICE}: a full UBL 2.1 invoice (EN 16931) from the header and the lines
 * (one line per VAT rate derived from the totals when the export has none), the PDF attached when
 * present. SIRETs carry the ISO 6523 scheme {@code 0009} that EN 16931 validation accepts; a
 * credit note is a UBL {@code CreditNote}.
 */
@Component(service = FluxFormat.class)
public final class UblE1Format implements FluxFormat {

    public static final String SYNTAX = "IN_DP_E1_UBL_INVOICE"; //$NON-NLS-1$

    private final UblWriter writer = new UblWriter("0009", true); //$NON-NLS-1$

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
        return false;
    }

    @Override
    public List<String> supplierProblems(Supplier supplier, Invoice invoice) {
        return SupplierRules.problems(supplier, invoice, true);
    }

    @Override
    public long estimatedSize(Invoice invoice) {
        return Sizes.XML_OVERHEAD + Sizes.base64(Sizes.of(Sizes.optionalPdf(invoice)));
    }

    @Override
    public void write(Invoice invoice, FluxOptions options, OutputStream out) throws FluxException, IOException {
        writer.write(invoice, options, Amounts.of(invoice, true), Sizes.optionalPdf(invoice), out);
    }
}
