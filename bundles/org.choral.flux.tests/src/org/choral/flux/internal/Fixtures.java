// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.choral.core.api.flux.FacturxProfile;
import org.choral.core.api.flux.FluxException;
import org.choral.core.api.flux.FluxFormat;
import org.choral.core.api.flux.FluxOptions;
import org.choral.core.api.flux.FrameworkPlacement;
import org.choral.core.api.flux.Supplier;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceLine;
import org.choral.core.api.invoice.InvoiceType;
import org.choral.core.api.invoice.SourcePosition;

/** Invoices, a supplier and PDFs for the flux tests. */
public final class Fixtures {

    public static final String SIRET_CLIENT = "21910377700013"; //$NON-NLS-1$
    public static final String SIRET_SUPPLIER = "13002612300179"; //$NON-NLS-1$
    public static final String IBAN = "FR7630006000011234567890189"; //$NON-NLS-1$

    private Fixtures() {
    }

    public static Supplier supplier() {
        return new Supplier(SIRET_SUPPLIER, "Fournisseur SA", "FR40130026123", IBAN, "AGRIFRPP", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "1 rue de la Paix", "75001", "Paris", "FR"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    public static FluxOptions options() {
        return new FluxOptions(supplier(), FrameworkPlacement.BT_23, FacturxProfile.EN16931);
    }

    /** A one-page PDF without text. */
    public static Path pdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(file.toFile());
        }
        return file;
    }

    /** An invoice of 100 + 20 % VAT with routing data and {@code pdf}. */
    public static Invoice invoice(String number, InvoiceType type, Path pdf) {
        return new Invoice(number, LocalDate.of(2026, 11, 15), type, SIRET_CLIENT, "Commune de Test", "SERV1", //$NON-NLS-1$ //$NON-NLS-2$
                "EJ-42", "MARCHE-7", new BigDecimal("100.00"), new BigDecimal("20.00"), new BigDecimal("120.00"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                new BigDecimal("20"), "EUR", "A1", pdf == null ? null : pdf.getFileName().toString(), pdf, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                LocalDate.of(2026, 12, 15), null, null, null, List.of(), List.of(), SourcePosition.of(pdf), List.of());
    }

    /** {@link #invoice} with two lines at 20 % (60 + 40). */
    public static Invoice withLines(String number, Path pdf) {
        return invoice(number, InvoiceType.FACTURE, pdf).withLines(List.of(
                new InvoiceLine("Prestation", new BigDecimal("2"), "C62", new BigDecimal("30"), new BigDecimal("20"), null), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                new InvoiceLine("Fourniture", new BigDecimal("4"), "C62", new BigDecimal("10"), new BigDecimal("20"), null))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    public static byte[] write(FluxFormat format, Invoice invoice, FluxOptions options) throws IOException, FluxException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(invoice, options, out);
        return out.toByteArray();
    }
}
