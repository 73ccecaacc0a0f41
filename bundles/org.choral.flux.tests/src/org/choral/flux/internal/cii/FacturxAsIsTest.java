// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.cii;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.choral.core.api.flux.ArchiveType;
import org.choral.core.api.flux.DepositDate;
import org.choral.core.api.flux.FluxException;
import org.choral.core.api.flux.FluxMode;
import org.choral.core.api.flux.FluxRequest;
import org.choral.core.api.flux.FluxResult;
import org.choral.core.api.flux.Thresholds;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceType;
import org.choral.core.api.invoice.SourceFormat;
import org.choral.flux.internal.Fixtures;
import org.choral.flux.internal.Pdfs;
import org.choral.flux.internal.lot.DefaultFluxService;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An invoice that already comes as a Factur-X is deposited as it is only once checked: good ones
 * made with the product's own writer pass unchanged, tampered ones are refused for that invoice
 * with the reason, the others of the flux still generated.
 */
class FacturxAsIsTest {

    private static final String GUIDELINE = "<ram:ID>urn:cen.eu:en16931:2017</ram:ID>"; //$NON-NLS-1$

    @TempDir
    Path dir;
    private byte[] good;

    /** A Factur-X of invoice F1 (100 + 20 % VAT) made by the product itself from a plain PDF. */
    @BeforeEach
    void facturx() throws Exception {
        Path pdf = Pdfs.embedded(dir.resolve("plain.pdf"), 1); //$NON-NLS-1$
        good = Fixtures.write(new FacturxFormat(), Fixtures.invoice("F1", InvoiceType.FACTURE, pdf), Fixtures.options()); //$NON-NLS-1$
    }

    private Path file(String name, byte[] content) throws Exception {
        return Files.write(dir.resolve(name), content);
    }

    /** The same invoice as the Factur-X source reads it: the PDF is the invoice, to deposit as it is. */
    private static Invoice readFromPdf(Invoice i) {
        return new Invoice(i.number(), i.date(), i.type(), i.siret(), i.clientName(), i.serviceCode(), i.engagement(),
                i.marketNumber(), i.amountWithoutTax(), i.taxAmount(), i.amountWithTax(), i.vatRate(), i.currency(),
                i.framework(), i.pdfReference(), i.pdf(), i.dueDate(), i.paymentMeans(), i.iban(), i.validatorSiret(),
                i.attachments(), i.lines(), i.position(), i.problems(), SourceFormat.FACTURX);
    }

    private static String refusal(Invoice invoice) {
        FluxException e = assertThrows(FluxException.class,
                () -> Fixtures.write(new FacturxFormat(), invoice, Fixtures.options()));
        assertEquals(invoice.number(), e.invoiceNumber());
        assertTrue(e.getMessage().startsWith("La facture " + invoice.number() + " est déjà un Factur-X mais ne peut pas être déposée telle quelle : "), //$NON-NLS-1$ //$NON-NLS-2$
                e.getMessage());
        assertTrue(e.getMessage().endsWith("ou déposez son PDF au format IN_DP_E2_UBL_INVOICE_MIN"), e.getMessage()); //$NON-NLS-1$
        return e.getMessage();
    }

    @Test
    void aGoodFacturxIsDepositedUnchangedWhetherTheExportPointsAtItOrItIsTheSource() throws Exception {
        Path fx = file("F1.pdf", good); //$NON-NLS-1$
        Invoice fromExport = Fixtures.invoice("F1", InvoiceType.FACTURE, fx); //$NON-NLS-1$
        assertArrayEquals(good, Fixtures.write(new FacturxFormat(), fromExport, Fixtures.options()));
        assertArrayEquals(good, Fixtures.write(new FacturxFormat(), readFromPdf(fromExport), Fixtures.options()));
        // amounts written 100 or 100.00 are the same amount
        Invoice unscaled = new Invoice("F1", fromExport.date(), InvoiceType.FACTURE, "219 103 777 00013", null, null, null, //$NON-NLS-1$ //$NON-NLS-2$
                null, new BigDecimal("100"), new BigDecimal("20"), new BigDecimal("120.000"), null, null, null, null, fx, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                null, null, null, null, List.of(), List.of(), null, List.of());
        assertArrayEquals(good, Fixtures.write(new FacturxFormat(), unscaled, Fixtures.options()));
    }

    @Test
    void totalsNumberTypeCurrencyAndRecipientMustMatchTheExport() throws Exception {
        Path fx = file("F1.pdf", good); //$NON-NLS-1$
        Invoice i = Fixtures.invoice("F1", InvoiceType.FACTURE, fx); //$NON-NLS-1$
        Invoice wrongTotal = new Invoice("F1", i.date(), i.type(), i.siret(), i.clientName(), null, null, null, //$NON-NLS-1$
                i.amountWithoutTax(), i.taxAmount(), new BigDecimal("130.00"), i.vatRate(), "EUR", "A1", null, fx, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                null, null, null, null, List.of(), List.of(), null, List.of());
        assertTrue(refusal(wrongTotal).contains("factur-x.xml ne correspond pas à l’export : " //$NON-NLS-1$
                + "le total TTC (BT-112) vaut « 120.00 » dans factur-x.xml et « 130.00 » dans l’export"), refusal(wrongTotal)); //$NON-NLS-1$

        Invoice everythingElse = new Invoice("F9", i.date(), InvoiceType.AVOIR, "13002612300179", null, null, null, null, //$NON-NLS-1$ //$NON-NLS-2$
                new BigDecimal("90.00"), new BigDecimal("20.00"), new BigDecimal("120.00"), null, "USD", null, null, fx, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                null, null, null, null, List.of(), List.of(), null, List.of());
        String m = refusal(everythingElse);
        for (String expected : List.of("le numéro de facture (BT-1) vaut « F1 » dans factur-x.xml et « F9 »", //$NON-NLS-1$
                "le type de document (BT-3) vaut « 380 » dans factur-x.xml et « 381 »", //$NON-NLS-1$
                "le SIRET du destinataire vaut « 21910377700013 » dans factur-x.xml et « 13002612300179 »", //$NON-NLS-1$
                "la devise (BT-5) vaut « EUR » dans factur-x.xml et « USD »", //$NON-NLS-1$
                "le total HT (BT-109) vaut « 100.00 » dans factur-x.xml et « 90.00 »")) { //$NON-NLS-1$
            assertTrue(m.contains(expected), expected + " in " + m); //$NON-NLS-1$
        }
    }

    @Test
    void aFacturxWithoutItsXmlIsRefusedEvenWhenItsMetadataStillSaysFacturx() throws Exception {
        Path fx = file("F1.pdf", edit(good, doc -> { //$NON-NLS-1$
            doc.getDocumentCatalog().getNames().setEmbeddedFiles(null);
            doc.getDocumentCatalog().getCOSObject().removeItem(COSName.AF);
        }));
        String m = refusal(Fixtures.invoice("F1", InvoiceType.FACTURE, fx)); //$NON-NLS-1$
        assertTrue(m.contains("le PDF ne contient pas de fichier factur-x.xml"), m); //$NON-NLS-1$
    }

    @Test
    void minimumAndBasicWlAreNotInvoicesUnderEn16931() throws Exception {
        byte[] minimum = xmp(xml(good, x -> x.replace(GUIDELINE, "<ram:ID>urn:factur-x.eu:1p0:minimum</ram:ID>")), //$NON-NLS-1$
                "MINIMUM"); //$NON-NLS-1$
        String m = refusal(Fixtures.invoice("F1", InvoiceType.FACTURE, file("F1.pdf", minimum))); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(m.contains("le profil Factur-X MINIMUM n’est pas une facture au sens de la norme EN 16931"), m); //$NON-NLS-1$
        assertTrue(m.contains("produisez-la au profil BASIC, EN 16931 ou EXTENDED"), m); //$NON-NLS-1$

        String wl = refusal(Fixtures.invoice("F2", InvoiceType.FACTURE, file("F2.pdf", xmp(good, "BASIC WL")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(wl.contains("le profil Factur-X BASIC WL n’est pas une facture"), wl); //$NON-NLS-1$
        // the XML says MINIMUM while the metadata says EN 16931
        String xmlOnly = refusal(Fixtures.invoice("F3", InvoiceType.FACTURE, file("F3.pdf", //$NON-NLS-1$ //$NON-NLS-2$
                xml(good, x -> x.replace(GUIDELINE, "<ram:ID>urn:factur-x.eu:1p0:minimum</ram:ID>"))))); //$NON-NLS-1$
        assertTrue(xmlOnly.contains("le profil Factur-X MINIMUM"), xmlOnly); //$NON-NLS-1$
        String mismatch = refusal(Fixtures.invoice("F4", InvoiceType.FACTURE, file("F4.pdf", xmp(good, "BASIC")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(mismatch.contains("le XML est au profil EN 16931 alors que les métadonnées XMP du PDF déclarent « BASIC »"), //$NON-NLS-1$
                mismatch);
    }

    @Test
    void aFileThatIsNotAPdfIsSaidSo() throws Exception {
        Path notPdf = Files.writeString(dir.resolve("F1.pdf"), "numero;montant\nF1;120\n"); //$NON-NLS-1$ //$NON-NLS-2$
        String m = refusal(readFromPdf(Fixtures.invoice("F1", InvoiceType.FACTURE, notPdf))); //$NON-NLS-1$
        assertTrue(m.contains("le fichier F1.pdf n’est pas un PDF (il ne commence pas par %PDF-)"), m); //$NON-NLS-1$
    }

    @Test
    void anXmlThatBreaksTheCiiSchemaOrIsNotCiiIsRefusedWithWhere() throws Exception {
        byte[] unknownElement = xml(good, x -> x.replace("<ram:TypeCode>380</ram:TypeCode>", //$NON-NLS-1$
                "<ram:TypeCode>380</ram:TypeCode><ram:Couleur>bleu</ram:Couleur>")); //$NON-NLS-1$
        String m = refusal(Fixtures.invoice("F1", InvoiceType.FACTURE, file("F1.pdf", unknownElement))); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(m.matches(".*factur-x.xml ne respecte pas le schéma CII D16B \\(ligne \\d+, colonne \\d+\\) : .*Couleur.*"), m); //$NON-NLS-1$

        byte[] ubl = xml(good, x -> "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>"); //$NON-NLS-1$
        String u = refusal(Fixtures.invoice("F2", InvoiceType.FACTURE, file("F2.pdf", ubl))); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(u.contains("factur-x.xml n’est pas une facture CII (rsm:CrossIndustryInvoice) mais un document « Invoice »"), u); //$NON-NLS-1$

        byte[] broken = xml(good, x -> x.substring(0, x.length() / 2));
        String b = refusal(Fixtures.invoice("F3", InvoiceType.FACTURE, file("F3.pdf", broken))); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(b.contains("factur-x.xml est illisible"), b); //$NON-NLS-1$
    }

    @Test
    void inALotTheRefusedFacturxIsReportedByNumberAndTheOthersAreGenerated() throws Exception {
        Path ok = file("F1.pdf", good); //$NON-NLS-1$
        Path minimum = file("F2.pdf", xmp(good, "MINIMUM")); //$NON-NLS-1$ //$NON-NLS-2$
        Path plain = Pdfs.embedded(dir.resolve("F3.pdf"), 1); //$NON-NLS-1$
        DefaultFluxService flux = new DefaultFluxService();
        flux.addFormat(new FacturxFormat());
        FluxRequest request = new FluxRequest(FacturxFormat.SYNTAX, FluxMode.LOT, dir.resolve("out"), "Lot", //$NON-NLS-1$ //$NON-NLS-2$
                DepositDate.TODAY, ArchiveType.ZIP, false, Thresholds.DEFAULTS, Fixtures.options());
        FluxResult result = flux.generate(List.of(Fixtures.invoice("F1", InvoiceType.FACTURE, ok), //$NON-NLS-1$
                Fixtures.invoice("F2", InvoiceType.FACTURE, minimum), Fixtures.invoice("F3", InvoiceType.FACTURE, plain)), //$NON-NLS-1$ //$NON-NLS-2$
                request, new NullProgressMonitor());
        assertEquals(1, result.failures().size());
        assertEquals("F2", result.failures().get(0).invoiceNumber()); //$NON-NLS-1$
        assertTrue(result.failures().get(0).reason().contains("MINIMUM"), result.failures().get(0).reason()); //$NON-NLS-1$
        assertEquals(List.of("F1", "F3"), result.files().get(0).invoiceNumbers()); //$NON-NLS-1$ //$NON-NLS-2$
        try (ZipFile zip = new ZipFile(result.files().get(0).path().toFile())) {
            assertArrayEquals(good, zip.getInputStream(zip.getEntry("F1.pdf")).readAllBytes(), "F1 as it was"); //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(zip.getEntry("F3.pdf").getSize() > 0, "F3 made Factur-X"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** A change made to the PDF with PDFBox. */
    @FunctionalInterface
    interface PdfEdit {
        void apply(PDDocument doc) throws Exception;
    }

    static byte[] edit(byte[] pdf, PdfEdit edit) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            edit.apply(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The PDF with its factur-x.xml replaced by {@code change} of it. */
    static byte[] xml(byte[] pdf, UnaryOperator<String> change) throws Exception {
        return edit(pdf, doc -> {
            PDComplexFileSpecification spec = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get("factur-x.xml"); //$NON-NLS-1$
            String xml = new String(spec.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
            PDEmbeddedFile replaced = new PDEmbeddedFile(doc,
                    new ByteArrayInputStream(change.apply(xml).getBytes(StandardCharsets.UTF_8)));
            replaced.setSubtype("text/xml"); //$NON-NLS-1$
            spec.setEmbeddedFile(replaced);
            spec.setEmbeddedFileUnicode(replaced);
        });
    }

    /** The PDF with the XMP conformance level {@code level}. */
    static byte[] xmp(byte[] pdf, String level) throws Exception {
        return edit(pdf, doc -> {
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            String changed = xmp.replaceFirst("<fx:ConformanceLevel>[^<]*</fx:ConformanceLevel>", //$NON-NLS-1$
                    "<fx:ConformanceLevel>" + level + "</fx:ConformanceLevel>"); //$NON-NLS-1$ //$NON-NLS-2$
            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(changed.getBytes(StandardCharsets.UTF_8));
            doc.getDocumentCatalog().setMetadata(metadata);
        });
    }
}
