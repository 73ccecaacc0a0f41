// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.cii;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import org.choral.core.api.flux.FluxException;
import org.choral.core.api.flux.FluxFormat;
import org.choral.core.api.flux.FluxOptions;
import org.choral.core.api.flux.Supplier;
import org.choral.core.api.invoice.Invoice;
import org.choral.flux.internal.i18n.Messages;
import org.choral.flux.internal.model.Amounts;
import org.choral.flux.internal.model.Sizes;
import org.choral.flux.internal.model.SupplierRules;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

/**
 * {@code IN_DP_E2_CII_FACTURX}: the invoice PDF made PDF/A-3 with its CII (EN 16931, or BASIC)
 * embedded as {@code factur-x.xml}; lines derived from the totals when the export has none. A PDF
 * that already is a Factur-X is deposited as it is once {@link FacturxCheck} accepts it. A PDF that
 * cannot become PDF/A-3, or a Factur-X refused, is a failure for that invoice, suggesting the E2
 * UBL format.
 */
@Component(service = FluxFormat.class)
public final class FacturxFormat implements FluxFormat {

    public static final String SYNTAX = "IN_DP_E2_CII_FACTURX"; //$NON-NLS-1$

    private final CiiWriter writer = new CiiWriter();
    private final PdfA3Maker maker = new PdfA3Maker();

    @Override
    public String syntax() {
        return SYNTAX;
    }

    @Override
    public String extension() {
        return "pdf"; //$NON-NLS-1$
    }

    @Override
    public boolean requiresPdf() {
        return true;
    }

    @Override
    public List<String> supplierProblems(Supplier supplier, Invoice invoice) {
        return SupplierRules.problems(supplier, invoice, true);
    }

    @Override
    public long estimatedSize(Invoice invoice) {
        // the ICC profile, the XMP and the CII add a few kilobytes to the PDF
        return Sizes.of(invoice.pdf()) + 2 * Sizes.XML_OVERHEAD;
    }

    @Override
    public void write(Invoice invoice, FluxOptions options, OutputStream out) throws FluxException, IOException {
        Path pdf = Sizes.requirePdf(invoice);
        try {
            // the CII is only made once the PDF is known not to be a Factur-X already
            maker.make(pdf, new FacturxCheck(invoice), () -> {
                ByteArrayOutputStream cii = new ByteArrayOutputStream(16 * 1024);
                writer.write(invoice, options, Amounts.of(invoice, true), null, cii);
                return cii.toByteArray();
            }, invoice.number(), options.profile(), out);
        } catch (PdfA3Maker.Refusal e) {
            boolean asIs = e.asIs() || invoice.isFacturx();
            throw new FluxException(invoice.number(),
                    NLS.bind(asIs ? Messages.Facturx_invalid : Messages.Facturx_refused, invoice.number(), e.getMessage()));
        }
    }
}
