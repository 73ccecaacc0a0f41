// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.cii;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.choral.core.api.flux.FacturxProfile;
import org.choral.core.api.flux.FluxException;
import org.choral.core.api.flux.FluxOptions;
import org.choral.core.api.flux.FrameworkPlacement;
import org.choral.core.api.invoice.InvoiceType;
import org.choral.flux.internal.Fixtures;
import org.choral.flux.internal.Pdfs;
import org.choral.flux.internal.Xml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CiiFormatsTest {

    private static final String AGREEMENT = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/"; //$NON-NLS-1$
    private static final String SETTLEMENT = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/"; //$NON-NLS-1$

    @TempDir
    Path dir;

    @Test
    void e1CiiCarriesRoutingLinesTotalsAndTheAttachedPdf() throws Exception {
        Path pdf = Fixtures.pdf(dir.resolve("F2.pdf")); //$NON-NLS-1$
        Xml x = new Xml(Fixtures.write(new CiiE1Format(), Fixtures.withLines("F2", pdf), Fixtures.options())); //$NON-NLS-1$
        assertEquals("A1", x.text("//ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("urn:cen.eu:en16931:2017", x.text("//ram:GuidelineSpecifiedDocumentContextParameter/ram:ID")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("F2", x.text("/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:ID")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("20261115", x.text("//rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("SERV1", x.text(AGREEMENT + "ram:BuyerReference")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("EJ-42", x.text(AGREEMENT + "ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("MARCHE-7", x.text(AGREEMENT + "ram:ContractReferencedDocument/ram:IssuerAssignedID")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Fixtures.SIRET_CLIENT,
                x.text(AGREEMENT + "ram:BuyerTradeParty/ram:SpecifiedLegalOrganization/ram:ID[@schemeID='0009']")); //$NON-NLS-1$
        assertEquals(Fixtures.SIRET_SUPPLIER,
                x.text(AGREEMENT + "ram:SellerTradeParty/ram:SpecifiedLegalOrganization/ram:ID[@schemeID='0009']")); //$NON-NLS-1$
        assertEquals(2, x.count("//ram:IncludedSupplyChainTradeLineItem")); //$NON-NLS-1$
        assertEquals("30", x.text(SETTLEMENT + "ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Fixtures.IBAN, x.text(SETTLEMENT + "ram:SpecifiedTradeSettlementPaymentMeans/ram:PayeePartyCreditorFinancialAccount/ram:IBANID")); //$NON-NLS-1$
        assertEquals("120.00", x.text(SETTLEMENT + "ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:DuePayableAmount")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("20.00", x.text(SETTLEMENT + "ram:ApplicableTradeTax/ram:CalculatedAmount")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(1, x.count(AGREEMENT + "ram:AdditionalReferencedDocument/ram:AttachmentBinaryObject")); //$NON-NLS-1$
    }

    @Test
    void facturxIsPdfA3WithTheCiiEmbedded() throws Exception {
        Path pdf = Pdfs.embedded(dir.resolve("F1.pdf"), 2); //$NON-NLS-1$
        FluxOptions basic = new FluxOptions(Fixtures.supplier(), FrameworkPlacement.BT_23, FacturxProfile.BASIC);
        byte[] out = Fixtures.write(new FacturxFormat(), Fixtures.invoice("F1", InvoiceType.AVOIR, pdf), basic); //$NON-NLS-1$
        try (PDDocument doc = Loader.loadPDF(out)) {
            assertEquals(2, doc.getNumberOfPages());
            PDComplexFileSpecification spec = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get("factur-x.xml"); //$NON-NLS-1$
            assertNotNull(spec);
            assertEquals("Alternative", spec.getCOSObject().getNameAsString("AFRelationship")); //$NON-NLS-1$ //$NON-NLS-2$
            Xml cii = new Xml(spec.getEmbeddedFile().toByteArray());
            assertEquals("F1", cii.text("//rsm:ExchangedDocument/ram:ID")); //$NON-NLS-1$ //$NON-NLS-2$
            assertEquals("381", cii.text("//rsm:ExchangedDocument/ram:TypeCode")); //$NON-NLS-1$ //$NON-NLS-2$
            assertEquals(0, cii.count("//ram:SpecifiedTradeSettlementPaymentMeans")); //$NON-NLS-1$
            assertEquals(FacturxProfile.BASIC.urn(), cii.text("//ram:GuidelineSpecifiedDocumentContextParameter/ram:ID")); //$NON-NLS-1$
            // BR-CO-25: a credit note's amount is due too, so it carries its due date
            assertEquals("20261215", cii.text("//ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString")); //$NON-NLS-1$ //$NON-NLS-2$
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfaid:part>3</pdfaid:part>") || xmp.contains("pdfaid:part=\"3\""), xmp); //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(xmp.contains("<fx:ConformanceLevel>BASIC</fx:ConformanceLevel>"), xmp); //$NON-NLS-1$
            // xml:lang, not lang: without the prefix PDF/A validators cannot read the packet at all
            assertTrue(xmp.contains("<rdf:li xml:lang=\"x-default\">F1</rdf:li>"), xmp); //$NON-NLS-1$
            assertTrue(isWellFormed(doc.getDocumentCatalog().getMetadata().toByteArray()), xmp);
            assertEquals(1, doc.getDocumentCatalog().getOutputIntents().size());
        }
    }

    @Test
    void aFacturxPdfIsDepositedAsItIs() throws Exception {
        Path pdf = Pdfs.embedded(dir.resolve("F1.pdf"), 1); //$NON-NLS-1$
        Path fx = Files.write(dir.resolve("FX.pdf"), //$NON-NLS-1$
                Fixtures.write(new FacturxFormat(), Fixtures.invoice("F1", InvoiceType.FACTURE, pdf), Fixtures.options())); //$NON-NLS-1$
        byte[] again = Fixtures.write(new FacturxFormat(), Fixtures.invoice("F1", InvoiceType.FACTURE, fx), Fixtures.options()); //$NON-NLS-1$
        assertArrayEquals(Files.readAllBytes(fx), again);
    }

    @Test
    void pdfWithFontsNotEmbeddedIsRefusedSuggestingUbl() throws Exception {
        Path pdf = Pdfs.notEmbedded(dir.resolve("F1.pdf")); //$NON-NLS-1$
        FluxException e = assertThrows(FluxException.class, () -> Fixtures.write(new FacturxFormat(),
                Fixtures.invoice("F1", InvoiceType.FACTURE, pdf), Fixtures.options())); //$NON-NLS-1$
        assertEquals("F1", e.invoiceNumber()); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("Helvetica"), e.getMessage()); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("IN_DP_E2_UBL_INVOICE_MIN"), e.getMessage()); //$NON-NLS-1$
    }

    @Test
    void encryptedOrDamagedPdfIsRefusedWithTheReason() throws Exception {
        Path enc = Pdfs.encrypted(dir.resolve("E.pdf")); //$NON-NLS-1$
        FluxException e = assertThrows(FluxException.class, () -> Fixtures.write(new FacturxFormat(),
                Fixtures.invoice("E1", InvoiceType.FACTURE, enc), Fixtures.options())); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("chiffr"), e.getMessage()); //$NON-NLS-1$
        Path bad = Files.writeString(dir.resolve("D.pdf"), "%PDF-1.4 not really"); //$NON-NLS-1$ //$NON-NLS-2$
        FluxException d = assertThrows(FluxException.class, () -> Fixtures.write(new FacturxFormat(),
                Fixtures.invoice("D1", InvoiceType.FACTURE, bad), Fixtures.options())); //$NON-NLS-1$
        assertTrue(d.getMessage().contains("D1"), d.getMessage()); //$NON-NLS-1$
    }

    @Test
    void basicFacturxHasNoBicButEn16931Has() throws Exception {
        // the Factur-X BASIC schema has no PayeeSpecifiedCreditorFinancialInstitution (BT-86)
        Path pdf = Pdfs.embedded(dir.resolve("F1.pdf"), 1); //$NON-NLS-1$
        FluxOptions basic = new FluxOptions(Fixtures.supplier(), FrameworkPlacement.BT_23, FacturxProfile.BASIC);
        Xml basicCii = embeddedCii(Fixtures.write(new FacturxFormat(), Fixtures.invoice("F1", InvoiceType.FACTURE, pdf), basic)); //$NON-NLS-1$
        assertEquals(0, basicCii.count("//ram:PayeeSpecifiedCreditorFinancialInstitution")); //$NON-NLS-1$
        assertEquals(Fixtures.IBAN, basicCii.text("//ram:PayeePartyCreditorFinancialAccount/ram:IBANID")); //$NON-NLS-1$
        Xml en = embeddedCii(Fixtures.write(new FacturxFormat(), Fixtures.invoice("F1", InvoiceType.FACTURE, pdf), Fixtures.options())); //$NON-NLS-1$
        assertEquals("AGRIFRPP", en.text("//ram:PayeeSpecifiedCreditorFinancialInstitution/ram:BICID")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void theBillingFrameworkGoesInTheChosenElementInE1CiiAndInFacturx() throws Exception {
        Path pdf = Pdfs.embedded(dir.resolve("F1.pdf"), 1); //$NON-NLS-1$
        String bt23 = "//rsm:ExchangedDocumentContext/ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID"; //$NON-NLS-1$
        String bt24 = "//rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID"; //$NON-NLS-1$
        FluxOptions inBt24 = new FluxOptions(Fixtures.supplier(), FrameworkPlacement.BT_24, FacturxProfile.EN16931);
        for (Xml x : List.of(new Xml(Fixtures.write(new CiiE1Format(), Fixtures.withLines("F2", pdf), inBt24)), //$NON-NLS-1$
                embeddedCii(Fixtures.write(new FacturxFormat(), Fixtures.invoice("F1", InvoiceType.FACTURE, pdf), inBt24)))) { //$NON-NLS-1$
            assertEquals("A1", x.text(bt24)); //$NON-NLS-1$
            assertEquals(0, x.count(bt23));
        }
        for (Xml x : List.of(new Xml(Fixtures.write(new CiiE1Format(), Fixtures.withLines("F2", pdf), Fixtures.options())), //$NON-NLS-1$
                embeddedCii(Fixtures.write(new FacturxFormat(), Fixtures.invoice("F1", InvoiceType.FACTURE, pdf), Fixtures.options())))) { //$NON-NLS-1$
            assertEquals("A1", x.text(bt23)); //$NON-NLS-1$
            assertEquals(FacturxProfile.EN16931.urn(), x.text(bt24));
        }
    }

    private static Xml embeddedCii(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new Xml(doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().get("factur-x.xml") //$NON-NLS-1$
                    .getEmbeddedFile().toByteArray());
        }
    }

    private static boolean isWellFormed(byte[] xml) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document d = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
        return d.getElementsByTagNameNS("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "li").item(0) //$NON-NLS-1$ //$NON-NLS-2$
                .getAttributes().getNamedItemNS("http://www.w3.org/XML/1998/namespace", "lang") != null; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
