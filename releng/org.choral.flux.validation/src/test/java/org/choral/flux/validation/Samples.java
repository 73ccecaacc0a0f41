// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.validation;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.choral.core.api.flux.FacturxProfile;
import org.choral.core.api.flux.FluxOptions;
import org.choral.core.api.flux.FrameworkPlacement;
import org.choral.core.api.flux.Supplier;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceLine;
import org.choral.core.api.invoice.InvoiceType;
import org.choral.core.api.invoice.SourcePosition;

/**
 * The invoices every format is validated on: the cases whose XML differs (lines given or derived
 * from the totals, several VAT rates, a credit note without payment means, with and without the
 * PDF attached, framework in BT-23 or BT-24), with invoice-like PDFs whose fonts are embedded.
 */
final class Samples {

    private static final String LIBERATION = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    /** One sample: a name for the report, the invoice and the options it is written with. */
    record Sample(String name, Invoice invoice, FluxOptions options) {
    }

    private Samples() {
    }

    static Supplier supplier() {
        return new Supplier("13002612300179", "Fournisseur SA", "FR40130026123", "FR7630006000011234567890189",
                "AGRIFRPP", "1 rue de la Paix", "75001", "Paris", "FR");
    }

    static FluxOptions options(FrameworkPlacement placement, FacturxProfile profile) {
        return new FluxOptions(supplier(), placement, profile);
    }

    /**
     * Every sample, their PDFs written in {@code dir}.
     *
     * @param withoutPdf whether the samples without a PDF are included (E1 formats only)
     */
    static List<Sample> all(Path dir, boolean withoutPdf) throws IOException {
        Path pdf1 = pdf(dir.resolve("F-2026-001.pdf"), "F-2026-001", 2);
        Path pdf2 = pdf(dir.resolve("F-2026-002.pdf"), "F-2026-002", 1);
        Path pdf3 = pdf(dir.resolve("AV-2026-001.pdf"), "AV-2026-001", 1);
        Path pdf4 = pdf(dir.resolve("F-2026-004.pdf"), "F-2026-004", 1);
        FluxOptions bt23 = options(FrameworkPlacement.BT_23, FacturxProfile.EN16931);
        FluxOptions bt24 = options(FrameworkPlacement.BT_24, FacturxProfile.EN16931);
        FluxOptions basic = options(FrameworkPlacement.BT_23, FacturxProfile.BASIC);
        Invoice withLines = invoice("F-2026-001", InvoiceType.FACTURE, pdf1, "160.00", "17.50", "177.50", null)
                .withLines(List.of(line("Prestation de conseil", "2", "30"), line("Livre technique", "1", "100", "5.5")));
        Invoice derived = invoice("F-2026-002", InvoiceType.FACTURE, pdf2, "100.00", "20.00", "120.00", "20");
        Invoice creditNote = invoice("AV-2026-001", InvoiceType.AVOIR, pdf3, "50.00", "10.00", "60.00", "20");
        Invoice noDueDate = new Invoice("F-2026-004", LocalDate.of(2026, 11, 16), InvoiceType.FACTURE, "21910377700013",
                "Commune de Test", null, null, null, new BigDecimal("200.00"), new BigDecimal("40.00"),
                new BigDecimal("240.00"), new BigDecimal("20"), "EUR", "A1", pdf4.getFileName().toString(), pdf4,
                null, null, null, null, List.of(), List.of(), SourcePosition.of(pdf4), List.of());
        List<Sample> samples = new java.util.ArrayList<>(List.of(
                new Sample("facture-lignes-deux-taux", withLines, bt23),
                new Sample("facture-lignes-deduites", derived, bt23),
                new Sample("avoir", creditNote, bt23),
                new Sample("facture-sans-echeance-ni-routage", noDueDate, bt23),
                new Sample("facture-cadre-bt24", derived, bt24),
                new Sample("facture-basic", withLines, basic)));
        if (withoutPdf) {
            samples.add(new Sample("facture-sans-pdf", without(withLines), bt23));
            samples.add(new Sample("avoir-sans-pdf", without(creditNote), bt23));
        }
        return samples;
    }

    private static Invoice invoice(String number, InvoiceType type, Path pdf, String ht, String tva, String ttc,
            String rate) {
        return new Invoice(number, LocalDate.of(2026, 11, 15), type, "21910377700013", "Commune de Test", "SERV1",
                "EJ-42", "MARCHE-7", new BigDecimal(ht), new BigDecimal(tva), new BigDecimal(ttc),
                rate == null ? null : new BigDecimal(rate), "EUR", "A1", pdf.getFileName().toString(), pdf,
                LocalDate.of(2026, 12, 15), null, null, null, List.of(), List.of(), SourcePosition.of(pdf), List.of());
    }

    /** {@code inv} with {@code pdf} as its PDF (an export row pointing at a Factur-X already made). */
    static Invoice withPdf(Invoice inv, Path pdf) {
        return new Invoice(inv.number(), inv.date(), inv.type(), inv.siret(), inv.clientName(), inv.serviceCode(),
                inv.engagement(), inv.marketNumber(), inv.amountWithoutTax(), inv.taxAmount(), inv.amountWithTax(),
                inv.vatRate(), inv.currency(), inv.framework(), pdf.getFileName().toString(), pdf, inv.dueDate(),
                inv.paymentMeans(), inv.iban(), inv.validatorSiret(), inv.attachments(), inv.lines(), inv.position(),
                inv.problems());
    }

    private static Invoice without(Invoice inv) {
        return new Invoice(inv.number() + "-X", inv.date(), inv.type(), inv.siret(), inv.clientName(), inv.serviceCode(),
                inv.engagement(), inv.marketNumber(), inv.amountWithoutTax(), inv.taxAmount(), inv.amountWithTax(),
                inv.vatRate(), inv.currency(), inv.framework(), null, null, inv.dueDate(), inv.paymentMeans(),
                inv.iban(), inv.validatorSiret(), inv.attachments(), inv.lines(), inv.position(), inv.problems());
    }

    private static InvoiceLine line(String label, String quantity, String price) {
        return line(label, quantity, price, "20");
    }

    private static InvoiceLine line(String label, String quantity, String price, String rate) {
        return new InvoiceLine(label, new BigDecimal(quantity), "C62", new BigDecimal(price), new BigDecimal(rate), null);
    }

    /** {@code pages} pages of invoice text in an embedded TrueType font (what PDF/A requires). */
    static Path pdf(Path file, String number, int pages) throws IOException {
        try (PDDocument doc = new PDDocument(); InputStream ttf = PDDocument.class.getResourceAsStream(LIBERATION)) {
            PDFont font = PDType0Font.load(doc, ttf);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.newLineAtOffset(50, 750);
                    cs.showText("Facture " + number + " — page " + (p + 1));
                    for (int i = 0; i < 30; i++) {
                        cs.newLineAtOffset(0, -14);
                        cs.showText("Ligne " + (i + 1) + " : prestation de service, 100,00 € HT");
                    }
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
