// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.xml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Invoices written for the tests: a CII (EN 16931 profile, as a Factur-X carries it), a UBL invoice
 * and credit note, and PDFs made with PDFBox, plain or with the CII attached as Factur-X does.
 */
public final class Samples {

    public static final String PLAIN_SIRET = "21910377700013"; //$NON-NLS-1$
    public static final String SERVICES_SIRET = "13002612300179"; //$NON-NLS-1$

    private Samples() {
    }

    /** A CII invoice: two lines (one priced per 10), a 5.00 allowance, 100 + 20 = 120. */
    public static String cii(String number, String buyerIds, String service) {
        return CII.replace("@NUMBER@", number).replace("@BUYERIDS@", buyerIds).replace("@SERVICE@", service); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** The buyer identified by its legal registration (scheme 0009), with a decoy global id. */
    public static String legalSiret(String siret) {
        return "<ram:GlobalID schemeID=\"0088\">3001234567890</ram:GlobalID>" //$NON-NLS-1$
                + "<ram:Name>Commune</ram:Name><ram:SpecifiedLegalOrganization><ram:ID schemeID=\"0009\">" + siret //$NON-NLS-1$
                + "</ram:ID></ram:SpecifiedLegalOrganization>"; //$NON-NLS-1$
    }

    /** A UBL invoice for the services structure, its PDF and a CSV attachment embedded. */
    public static String ublInvoice(String number, byte[] pdf) {
        return UBL_INVOICE.replace("@NUMBER@", number) //$NON-NLS-1$
                .replace("@PDF@", Base64.getMimeEncoder().encodeToString(pdf)) //$NON-NLS-1$
                .replace("@CSV@", Base64.getEncoder().encodeToString("ref;qte\nA;1\n".getBytes(StandardCharsets.UTF_8))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static String ublCreditNote(String number) {
        return UBL_CREDIT_NOTE.replace("@NUMBER@", number); //$NON-NLS-1$
    }

    /** A one-page PDF. */
    public static byte[] pdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * A one-page PDF with {@code xml} attached under {@code name}, listed in the embedded-files name
     * tree and/or in the catalog's associated files (/AF), as Factur-X generators do.
     */
    public static void facturx(Path target, String xml, String name, boolean nameTree, boolean af) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            file.setSubtype("text/xml"); //$NON-NLS-1$
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(name);
            spec.setFileUnicode(name);
            spec.setEmbeddedFile(file);
            spec.setEmbeddedFileUnicode(file);
            spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data"); //$NON-NLS-1$ //$NON-NLS-2$
            if (nameTree) {
                PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
                tree.setNames(Map.of(name, spec));
                PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
                names.setEmbeddedFiles(tree);
                doc.getDocumentCatalog().setNames(names);
            }
            if (af) {
                COSArray array = new COSArray();
                array.add(spec);
                doc.getDocumentCatalog().getCOSObject().setItem(COSName.AF, array);
            }
            doc.save(target.toFile());
        }
    }

    private static final String CII = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
                xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
                xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
              <rsm:ExchangedDocumentContext>
                <ram:BusinessProcessSpecifiedDocumentContextParameter><ram:ID>A2</ram:ID></ram:BusinessProcessSpecifiedDocumentContextParameter>
                <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
              </rsm:ExchangedDocumentContext>
              <rsm:ExchangedDocument>
                <ram:ID>@NUMBER@</ram:ID>
                <ram:TypeCode>380</ram:TypeCode>
                <ram:IssueDateTime><udt:DateTimeString format="102">20240115</udt:DateTimeString></ram:IssueDateTime>
              </rsm:ExchangedDocument>
              <rsm:SupplyChainTradeTransaction>
                <ram:IncludedSupplyChainTradeLineItem>
                  <ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument>
                  <ram:SpecifiedTradeProduct><ram:Name>Audit</ram:Name></ram:SpecifiedTradeProduct>
                  <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>60.00</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
                  <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="HUR">1</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
                  <ram:SpecifiedLineTradeSettlement>
                    <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:ApplicableTradeTax>
                    <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>60.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
                  </ram:SpecifiedLineTradeSettlement>
                </ram:IncludedSupplyChainTradeLineItem>
                <ram:IncludedSupplyChainTradeLineItem>
                  <ram:AssociatedDocumentLineDocument><ram:LineID>2</ram:LineID></ram:AssociatedDocumentLineDocument>
                  <ram:SpecifiedTradeProduct><ram:Name>Ramettes de papier</ram:Name></ram:SpecifiedTradeProduct>
                  <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>45.00</ram:ChargeAmount><ram:BasisQuantity unitCode="C62">10</ram:BasisQuantity></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
                  <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">10</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
                  <ram:SpecifiedLineTradeSettlement>
                    <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:ApplicableTradeTax>
                    <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>45.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
                  </ram:SpecifiedLineTradeSettlement>
                </ram:IncludedSupplyChainTradeLineItem>
                <ram:ApplicableHeaderTradeAgreement>
                  <ram:BuyerReference>@SERVICE@</ram:BuyerReference>
                  <ram:SellerTradeParty><ram:Name>Fournisseur SA</ram:Name>
                    <ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">123456782</ram:ID></ram:SpecifiedLegalOrganization>
                  </ram:SellerTradeParty>
                  <ram:BuyerTradeParty>@BUYERIDS@</ram:BuyerTradeParty>
                  <ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>ENG-2024-001</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>
                  <ram:ContractReferencedDocument><ram:IssuerAssignedID>MARCHE-7</ram:IssuerAssignedID></ram:ContractReferencedDocument>
                </ram:ApplicableHeaderTradeAgreement>
                <ram:ApplicableHeaderTradeDelivery/>
                <ram:ApplicableHeaderTradeSettlement>
                  <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
                  <ram:SpecifiedTradeSettlementPaymentMeans>
                    <ram:TypeCode>30</ram:TypeCode>
                    <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>FR7630006000011234567890189</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>
                  </ram:SpecifiedTradeSettlementPaymentMeans>
                  <ram:ApplicableTradeTax><ram:CalculatedAmount>20.00</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>100.00</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20.00</ram:RateApplicablePercent></ram:ApplicableTradeTax>
                  <ram:SpecifiedTradeAllowanceCharge>
                    <ram:ChargeIndicator><udt:Indicator>false</udt:Indicator></ram:ChargeIndicator>
                    <ram:ActualAmount>5.00</ram:ActualAmount>
                    <ram:Reason>Remise fidélité</ram:Reason>
                    <ram:CategoryTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:CategoryTradeTax>
                  </ram:SpecifiedTradeAllowanceCharge>
                  <ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime><udt:DateTimeString format="102">20240214</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
                  <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
                    <ram:LineTotalAmount>105.00</ram:LineTotalAmount>
                    <ram:AllowanceTotalAmount>5.00</ram:AllowanceTotalAmount>
                    <ram:TaxBasisTotalAmount>100.00</ram:TaxBasisTotalAmount>
                    <ram:TaxTotalAmount currencyID="EUR">20.00</ram:TaxTotalAmount>
                    <ram:GrandTotalAmount>120.00</ram:GrandTotalAmount>
                    <ram:DuePayableAmount>120.00</ram:DuePayableAmount>
                  </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
                </ram:ApplicableHeaderTradeSettlement>
              </rsm:SupplyChainTradeTransaction>
            </rsm:CrossIndustryInvoice>
            """; //$NON-NLS-1$

    private static final String UBL_INVOICE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
                xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
              <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
              <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
              <cbc:ID>@NUMBER@</cbc:ID>
              <cbc:IssueDate>2024-01-15</cbc:IssueDate>
              <cbc:DueDate>2024-02-14</cbc:DueDate>
              <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
              <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
              <cbc:BuyerReference>5G77</cbc:BuyerReference>
              <cac:OrderReference><cbc:ID>ENG-2024-002</cbc:ID></cac:OrderReference>
              <cac:ContractDocumentReference><cbc:ID>MARCHE-8</cbc:ID></cac:ContractDocumentReference>
              <cac:AdditionalDocumentReference>
                <cbc:ID>@NUMBER@</cbc:ID>
                <cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode="application/pdf" filename="@NUMBER@.pdf">@PDF@</cbc:EmbeddedDocumentBinaryObject></cac:Attachment>
              </cac:AdditionalDocumentReference>
              <cac:AdditionalDocumentReference>
                <cbc:ID>BL-1</cbc:ID>
                <cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode="text/csv" filename="bon-de-livraison.csv">@CSV@</cbc:EmbeddedDocumentBinaryObject></cac:Attachment>
              </cac:AdditionalDocumentReference>
              <cac:AccountingSupplierParty><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>Fournisseur SA</cbc:RegistrationName><cbc:CompanyID schemeID="0009">12345678200010</cbc:CompanyID></cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>
              <cac:AccountingCustomerParty><cac:Party>
                <cbc:EndpointID schemeID="0009">21910377700013</cbc:EndpointID>
                <cac:PartyIdentification><cbc:ID schemeID="0002">130026123</cbc:ID></cac:PartyIdentification>
                <cac:PartyLegalEntity><cbc:RegistrationName>Ministère</cbc:RegistrationName><cbc:CompanyID schemeID="1">13002612300179</cbc:CompanyID></cac:PartyLegalEntity>
              </cac:Party></cac:AccountingCustomerParty>
              <cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID>FR7630006000011234567890189</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>
              <cac:TaxTotal>
                <cbc:TaxAmount currencyID="EUR">20.00</cbc:TaxAmount>
                <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">100.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">20.00</cbc:TaxAmount>
                  <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>
              </cac:TaxTotal>
              <cac:LegalMonetaryTotal>
                <cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount>
                <cbc:TaxExclusiveAmount currencyID="EUR">100.00</cbc:TaxExclusiveAmount>
                <cbc:TaxInclusiveAmount currencyID="EUR">120.00</cbc:TaxInclusiveAmount>
                <cbc:PayableAmount currencyID="EUR">120.00</cbc:PayableAmount>
              </cac:LegalMonetaryTotal>
              <cac:InvoiceLine>
                <cbc:ID>1</cbc:ID>
                <cbc:InvoicedQuantity unitCode="DAY">2</cbc:InvoicedQuantity>
                <cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount>
                <cac:Item><cbc:Name>Conseil</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
                <cac:Price><cbc:PriceAmount currencyID="EUR">50.00</cbc:PriceAmount></cac:Price>
              </cac:InvoiceLine>
            </Invoice>
            """; //$NON-NLS-1$

    private static final String UBL_CREDIT_NOTE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
                xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
              <cbc:ID>@NUMBER@</cbc:ID>
              <cbc:IssueDate>2024-01-20</cbc:IssueDate>
              <cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>
              <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
              <cac:AccountingCustomerParty><cac:Party>
                <cbc:EndpointID schemeID="0009">21910377700013</cbc:EndpointID>
                <cac:PartyName><cbc:Name>Commune</cbc:Name></cac:PartyName>
              </cac:Party></cac:AccountingCustomerParty>
              <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">2.00</cbc:TaxAmount>
                <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">10.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">2.00</cbc:TaxAmount>
                  <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>
              </cac:TaxTotal>
              <cac:LegalMonetaryTotal>
                <cbc:LineExtensionAmount currencyID="EUR">10.00</cbc:LineExtensionAmount>
                <cbc:TaxExclusiveAmount currencyID="EUR">10.00</cbc:TaxExclusiveAmount>
                <cbc:TaxInclusiveAmount currencyID="EUR">12.00</cbc:TaxInclusiveAmount>
                <cbc:PayableAmount currencyID="EUR">12.00</cbc:PayableAmount>
              </cac:LegalMonetaryTotal>
              <cac:CreditNoteLine>
                <cbc:ID>1</cbc:ID>
                <cbc:CreditedQuantity unitCode="C62">1</cbc:CreditedQuantity>
                <cbc:LineExtensionAmount currencyID="EUR">10.00</cbc:LineExtensionAmount>
                <cac:Item><cbc:Name>Geste commercial</cbc:Name></cac:Item>
                <cac:Price><cbc:PriceAmount currencyID="EUR">10.00</cbc:PriceAmount></cac:Price>
              </cac:CreditNoteLine>
            </CreditNote>
            """; //$NON-NLS-1$
}
