// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.cii;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.choral.core.api.flux.FacturxProfile;
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
 * {@code IN_DP_E1_CII_16B}: a full CII D16B invoice (EN 16931) from the header and the lines, the
 * PDF attached when present.
 */
@Component(service = FluxFormat.class)
public final class CiiE1Format implements FluxFormat {

    public static final String SYNTAX = "IN_DP_E1_CII_16B"; //$NON-NLS-1$

    private final CiiWriter writer = new CiiWriter();

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
        // a full CII is always EN 16931: the BASIC profile is a Factur-X choice
        FluxOptions en16931 = new FluxOptions(options.supplier(), options.frameworkPlacement(), FacturxProfile.EN16931);
        writer.write(invoice, en16931, Amounts.of(invoice, true), Sizes.optionalPdf(invoice), out);
    }
}
