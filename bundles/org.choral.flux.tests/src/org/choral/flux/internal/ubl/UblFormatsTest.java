// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.ubl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.choral.core.api.flux.FacturxProfile;
import org.choral.core.api.flux.FluxException;
import org.choral.core.api.flux.FluxOptions;
import org.choral.core.api.flux.FrameworkPlacement;
import org.choral.core.api.flux.Supplier;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceType;
import org.choral.flux.internal.Fixtures;
import org.choral.flux.internal.Xml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UblFormatsTest {

    private static final String SUPPLIER = "/ubl:Invoice/cac:AccountingSupplierParty/cac:Party/"; //$NON-NLS-1$
    private static final String CUSTOMER = "/ubl:Invoice/cac:AccountingCustomerParty/cac:Party/"; //$NON-NLS-1$

    @TempDir
    Path dir;

    @Test
    void e2MinimalCarriesRoutingSupplierPaymentAndThePdf() throws Exception {
        Path pdf = Fixtures.pdf(dir.resolve("F-1.pdf")); //$NON-NLS-1$
        Xml x = new Xml(Fixtures.write(new UblE2MinFormat(), Fixtures.invoice("F/2026-1", InvoiceType.FACTURE, pdf), //$NON-NLS-1$
                Fixtures.options()));
        assertEquals("F/2026-1", x.text("/ubl:Invoice/cbc:ID")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("2026-11-15", x.text("/ubl:Invoice/cbc:IssueDate")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("380", x.text("/ubl:Invoice/cbc:InvoiceTypeCode")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("A1", x.text("/ubl:Invoice/cbc:ProfileID")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("SERV1", x.text("/ubl:Invoice/cbc:BuyerReference")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("EJ-42", x.text("/ubl:Invoice/cac:OrderReference/cbc:ID")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("MARCHE-7", x.text("/ubl:Invoice/cac:ContractDocumentReference/cbc:ID")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Fixtures.SIRET_CLIENT, x.text(CUSTOMER + "cac:PartyIdentification/cbc:ID[@schemeID='1']")); //$NON-NLS-1$
        assertEquals(Fixtures.SIRET_CLIENT, x.text(CUSTOMER + "cac:PartyLegalEntity/cbc:CompanyID[@schemeID='1']")); //$NON-NLS-1$
        assertEquals(Fixtures.SIRET_SUPPLIER, x.text(SUPPLIER + "cac:PartyIdentification/cbc:ID[@schemeID='1']")); //$NON-NLS-1$
        assertEquals("Fournisseur SA", x.text(SUPPLIER + "cac:PartyLegalEntity/cbc:RegistrationName")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("FR40130026123", x.text(SUPPLIER + "cac:PartyTaxScheme/cbc:CompanyID")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("30", x.text("/ubl:Invoice/cac:PaymentMeans/cbc:PaymentMeansCode")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Fixtures.IBAN, x.text("/ubl:Invoice/cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID")); //$NON-NLS-1$
        assertEquals("120.00", x.text("/ubl:Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("20.00", x.text("/ubl:Invoice/cac:TaxTotal/cbc:TaxAmount")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(1, x.count("/ubl:Invoice/cac:InvoiceLine")); //$NON-NLS-1$
        assertTrue(x.text("/ubl:Invoice/cac:InvoiceLine/cac:Item/cbc:Name").contains("F/2026-1")); //$NON-NLS-1$ //$NON-NLS-2$
        String embedded = x.text("/ubl:Invoice/cac:AdditionalDocumentReference/cac:Attachment/cbc:EmbeddedDocumentBinaryObject"); //$NON-NLS-1$
        assertArrayEquals(Files.readAllBytes(pdf), Base64.getDecoder().decode(embedded));
        assertEquals("application/pdf", //$NON-NLS-1$
                x.text("/ubl:Invoice/cac:AdditionalDocumentReference/cac:Attachment/cbc:EmbeddedDocumentBinaryObject/@mimeCode")); //$NON-NLS-1$
        assertEquals("F_2026-1.pdf", //$NON-NLS-1$
                x.text("/ubl:Invoice/cac:AdditionalDocumentReference/cac:Attachment/cbc:EmbeddedDocumentBinaryObject/@filename")); //$NON-NLS-1$
    }

    @Test
    void largePdfIsEmbeddedWholeAcrossSeveralBase64Pieces() throws Exception {
        byte[] bytes = new byte[200_001];
        new java.util.Random(7).nextBytes(bytes);
        Path pdf = Files.write(dir.resolve("big.pdf"), bytes); //$NON-NLS-1$
        Xml x = new Xml(Fixtures.write(new UblE2MinFormat(), Fixtures.invoice("F1", InvoiceType.FACTURE, pdf), //$NON-NLS-1$
                Fixtures.options()));
        assertArrayEquals(bytes, Base64.getDecoder().decode(x.text("//cbc:EmbeddedDocumentBinaryObject"))); //$NON-NLS-1$
    }

    @Test
    void creditNoteIs381WithPositiveAmountsAndNoPaymentMeans() throws Exception {
        Path pdf = Fixtures.pdf(dir.resolve("A1.pdf")); //$NON-NLS-1$
        Xml x = new Xml(Fixtures.write(new UblE2MinFormat(), Fixtures.invoice("A1", InvoiceType.AVOIR, pdf), //$NON-NLS-1$
                Fixtures.options()));
        assertEquals("381", x.text("/ubl:Invoice/cbc:InvoiceTypeCode")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(0, x.count("/ubl:Invoice/cac:PaymentMeans")); //$NON-NLS-1$
        assertEquals("120.00", x.text("/ubl:Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void e1CreditNoteIsAUblCreditNoteWithPaymentTerms() throws Exception {
        // EN 16931 (BR-CL-01) refuses 381 in an Invoice; BR-CO-25 wants terms when an amount is due
        Xml cn = new Xml(Fixtures.write(new UblE1Format(), credit("A1"), Fixtures.options())); //$NON-NLS-1$
        assertEquals("381", cn.text("/ublcn:CreditNote/cbc:CreditNoteTypeCode")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(0, cn.count("/ublcn:CreditNote/cbc:DueDate")); //$NON-NLS-1$
        assertEquals(0, cn.count("/ublcn:CreditNote/cac:PaymentMeans")); //$NON-NLS-1$
        assertEquals(org.choral.flux.internal.i18n.Messages.Flux_creditNoteTerms,
                cn.text("/ublcn:CreditNote/cac:PaymentTerms/cbc:Note")); //$NON-NLS-1$
        assertEquals("2", cn.text("/ublcn:CreditNote/cac:CreditNoteLine[1]/cbc:CreditedQuantity")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("120.00", cn.text("/ublcn:CreditNote/cac:LegalMonetaryTotal/cbc:PayableAmount")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** A credit note with two lines (60 + 40 at 20 %) and no PDF. */
    private static Invoice credit(String number) {
        Invoice lines = Fixtures.withLines(number, null);
        Invoice bare = Fixtures.invoice(number, InvoiceType.AVOIR, null);
        return bare.withLines(lines.lines());
    }

    @Test
    void frameworkCanGoInBt24() throws Exception {
        Path pdf = Fixtures.pdf(dir.resolve("F1.pdf")); //$NON-NLS-1$
        FluxOptions bt24 = new FluxOptions(Fixtures.supplier(), FrameworkPlacement.BT_24, FacturxProfile.EN16931);
        Xml x = new Xml(Fixtures.write(new UblE2MinFormat(), Fixtures.invoice("F1", InvoiceType.FACTURE, pdf), bt24)); //$NON-NLS-1$
        assertEquals("A1", x.text("/ubl:Invoice/cbc:CustomizationID")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(0, x.count("/ubl:Invoice/cbc:ProfileID")); //$NON-NLS-1$
    }

    @Test
    void e2WithoutPdfIsAFailureNamingTheInvoice() {
        Invoice inv = Fixtures.invoice("F9", InvoiceType.FACTURE, dir.resolve("absent.pdf")); //$NON-NLS-1$ //$NON-NLS-2$
        FluxException e = assertThrows(FluxException.class,
                () -> Fixtures.write(new UblE2MinFormat(), inv, Fixtures.options()));
        assertEquals("F9", e.invoiceNumber()); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("F9"), e.getMessage()); //$NON-NLS-1$
    }

    @Test
    void e1WritesTheLinesAndIso6523Siret() throws Exception {
        Xml x = new Xml(Fixtures.write(new UblE1Format(), Fixtures.withLines("F2", null), Fixtures.options())); //$NON-NLS-1$
        assertEquals(2, x.count("/ubl:Invoice/cac:InvoiceLine")); //$NON-NLS-1$
        assertEquals("60.00", x.text("/ubl:Invoice/cac:InvoiceLine[1]/cbc:LineExtensionAmount")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("Fourniture", x.text("/ubl:Invoice/cac:InvoiceLine[2]/cac:Item/cbc:Name")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("100.00", x.text("/ubl:Invoice/cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("urn:cen.eu:en16931:2017", x.text("/ubl:Invoice/cbc:CustomizationID")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Fixtures.SIRET_CLIENT, x.text(CUSTOMER + "cac:PartyIdentification/cbc:ID[@schemeID='0009']")); //$NON-NLS-1$
        assertEquals(0, x.count("//cac:AdditionalDocumentReference")); //$NON-NLS-1$
    }

    @Test
    void supplierWithoutSiretOrIbanIsRefusedWithWhatToFill() {
        Supplier bare = new Supplier(null, "X", null, null, null, null, null, null, null); //$NON-NLS-1$
        List<String> problems = new UblE2MinFormat().supplierProblems(bare,
                Fixtures.invoice("F1", InvoiceType.FACTURE, null)); //$NON-NLS-1$
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("SIRET"), problems.get(0)); //$NON-NLS-1$
        assertTrue(problems.get(1).contains("IBAN"), problems.get(1)); //$NON-NLS-1$
        assertTrue(new UblE2MinFormat().supplierProblems(bare, Fixtures.invoice("A1", InvoiceType.AVOIR, null)) //$NON-NLS-1$
                .stream().noneMatch(p -> p.contains("IBAN"))); //$NON-NLS-1$
    }
}
