// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.xml;

import java.math.BigDecimal;
import java.util.Map;

import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceType;
import org.choral.core.api.invoice.SourceFormat;
import org.w3c.dom.Element;

/**
 * A UN/CEFACT CII D16B {@code CrossIndustryInvoice} (a CII file, or the {@code factur-x.xml} of a
 * Factur-X) read into an {@link Invoice}: BT-1 number, BT-2 date, BT-3 type, the buyer's SIRET,
 * BT-10 service code, BT-13 engagement, BT-12 market number, totals, VAT, lines, payment means, IBAN.
 */
final class CiiReader {

    static final String RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"; //$NON-NLS-1$
    static final String RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"; //$NON-NLS-1$
    static final String UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"; //$NON-NLS-1$

    private static final Dom DOM = new Dom(Map.of("rsm", RSM, "ram", RAM, "udt", UDT)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final String AGREEMENT = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement"; //$NON-NLS-1$
    private static final String SETTLEMENT = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement"; //$NON-NLS-1$
    private static final String BUYER = "ram:BuyerTradeParty"; //$NON-NLS-1$

    private CiiReader() {
    }

    static boolean isCii(Element root) {
        return RSM.equals(root.getNamespaceURI()) && "CrossIndustryInvoice".equals(root.getLocalName()); //$NON-NLS-1$
    }

    static Invoice read(Element root, XmlContext context) {
        InvoiceDraft d = new InvoiceDraft(context.file(),
                context.facturxPdf() != null ? SourceFormat.FACTURX : SourceFormat.CII);
        Element doc = DOM.first(root, "rsm:ExchangedDocument"); //$NON-NLS-1$
        d.number = DOM.text(doc, "ram:ID"); //$NON-NLS-1$
        d.type = d.type(DOM.text(doc, "ram:TypeCode"), "ram:TypeCode", InvoiceType.FACTURE); //$NON-NLS-1$ //$NON-NLS-2$
        d.date = d.date(DOM.text(doc, "ram:IssueDateTime/udt:DateTimeString"), "date_facture", //$NON-NLS-1$ //$NON-NLS-2$
                "ram:IssueDateTime"); //$NON-NLS-1$
        d.framework = Frameworks.of(DOM.text(root,
                "rsm:ExchangedDocumentContext/ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID")); //$NON-NLS-1$
        Element agreement = DOM.first(root, AGREEMENT);
        d.serviceCode = DOM.text(agreement, "ram:BuyerReference"); //$NON-NLS-1$
        d.engagement = DOM.text(agreement, "ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID"); //$NON-NLS-1$
        d.marketNumber = DOM.text(agreement, "ram:ContractReferencedDocument/ram:IssuerAssignedID"); //$NON-NLS-1$
        buyer(DOM.first(agreement, BUYER), d);
        settlement(DOM.first(root, SETTLEMENT), d);
        CiiLines.read(DOM, root, d);
        Embedded embedded = new Embedded();
        for (Element ref : DOM.all(agreement, "ram:AdditionalReferencedDocument")) { //$NON-NLS-1$
            Element bin = DOM.first(ref, "ram:AttachmentBinaryObject"); //$NON-NLS-1$
            embedded.add(DOM.text(ref, "ram:IssuerAssignedID"), Dom.text(bin), Dom.attribute(bin, "mimeCode"), //$NON-NLS-1$ //$NON-NLS-2$
                    Dom.attribute(bin, "filename")); //$NON-NLS-1$
        }
        embedded.fill(d, context, "ram:AdditionalReferencedDocument"); //$NON-NLS-1$
        return d.build();
    }

    private static void buyer(Element buyer, InvoiceDraft d) {
        d.clientName = DOM.text(buyer, "ram:Name"); //$NON-NLS-1$
        BuyerIds ids = new BuyerIds();
        for (Element e : DOM.all(buyer, "ram:SpecifiedLegalOrganization/ram:ID")) { //$NON-NLS-1$
            ids.legal(Dom.text(e), Dom.attribute(e, "schemeID")); //$NON-NLS-1$
        }
        for (Element e : DOM.all(buyer, "ram:GlobalID")) { //$NON-NLS-1$
            ids.other(Dom.text(e), Dom.attribute(e, "schemeID")); //$NON-NLS-1$
        }
        for (Element e : DOM.all(buyer, "ram:URIUniversalCommunication/ram:URIID")) { //$NON-NLS-1$
            ids.other(Dom.text(e), Dom.attribute(e, "schemeID")); //$NON-NLS-1$
        }
        for (Element e : DOM.all(buyer, "ram:ID")) { //$NON-NLS-1$
            ids.other(Dom.text(e), Dom.attribute(e, "schemeID")); //$NON-NLS-1$
        }
        d.siret = ids.siret();
    }

    private static void settlement(Element s, InvoiceDraft d) {
        d.currency = DOM.text(s, "ram:InvoiceCurrencyCode"); //$NON-NLS-1$
        Element means = DOM.first(s, "ram:SpecifiedTradeSettlementPaymentMeans"); //$NON-NLS-1$
        d.paymentMeans = DOM.text(means, "ram:TypeCode"); //$NON-NLS-1$
        d.iban = DOM.text(means, "ram:PayeePartyCreditorFinancialAccount/ram:IBANID"); //$NON-NLS-1$
        d.dueDate = d.date(DOM.text(s, "ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString"), //$NON-NLS-1$
                "date_echeance", "ram:DueDateDateTime"); //$NON-NLS-1$ //$NON-NLS-2$
        Rates rates = new Rates();
        for (Element tax : DOM.all(s, "ram:ApplicableTradeTax")) { //$NON-NLS-1$
            rates.add(d.amount(DOM.text(tax, "ram:RateApplicablePercent"), "taux_tva", "ram:RateApplicablePercent")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        d.vatRate = rates.single();
        Element sum = DOM.first(s, "ram:SpecifiedTradeSettlementHeaderMonetarySummation"); //$NON-NLS-1$
        d.amountWithoutTax = d.amount(DOM.text(sum, "ram:TaxBasisTotalAmount"), "montant_ht", //$NON-NLS-1$ //$NON-NLS-2$
                "ram:TaxBasisTotalAmount"); //$NON-NLS-1$
        d.taxAmount = d.amount(Dom.text(inCurrency(DOM, sum, "ram:TaxTotalAmount", d.currency)), "montant_tva", //$NON-NLS-1$ //$NON-NLS-2$
                "ram:TaxTotalAmount"); //$NON-NLS-1$
        d.amountWithTax = d.amount(DOM.text(sum, "ram:GrandTotalAmount"), "montant_ttc", "ram:GrandTotalAmount"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * The amount in the invoice currency: BT-110 and BT-111 (VAT in the accounting currency) share
     * an element name and differ by {@code currencyID} only.
     */
    static Element inCurrency(Dom dom, Element parent, String path, String currency) {
        Element fallback = null;
        for (Element e : dom.all(parent, path)) {
            String c = Dom.attribute(e, "currencyID"); //$NON-NLS-1$
            if (c == null || c.equals(currency)) {
                return e;
            }
            if (fallback == null) {
                fallback = e;
            }
        }
        return fallback;
    }

    /** The invoice's single VAT rate, {@code null} when it has several (each line keeps its own). */
    static final class Rates {
        private BigDecimal rate;
        private boolean several;

        void add(BigDecimal r) {
            if (r == null) {
                return;
            }
            if (rate != null && rate.compareTo(r) != 0) {
                several = true;
            }
            if (rate == null) {
                rate = r;
            }
        }

        BigDecimal single() {
            return several ? null : rate;
        }
    }
}
