// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.xml;

import java.util.Map;

import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceType;
import org.choral.core.api.invoice.SourceFormat;
import org.w3c.dom.Element;

/**
 * A UBL 2.1 {@code Invoice} or {@code CreditNote} read into an {@link Invoice}: BT-10
 * {@code cbc:BuyerReference} is the service code, BT-13 {@code cac:OrderReference/cbc:ID} the
 * engagement, BT-12 {@code cac:ContractDocumentReference/cbc:ID} the market number, the buyer's
 * SIRET comes from {@code AccountingCustomerParty} (legal entity, then endpoint or identification).
 */
final class UblReader {

    static final String INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"; //$NON-NLS-1$
    static final String CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"; //$NON-NLS-1$
    static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"; //$NON-NLS-1$
    static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"; //$NON-NLS-1$

    private static final Dom DOM = new Dom(Map.of("cbc", CBC, "cac", CAC)); //$NON-NLS-1$ //$NON-NLS-2$

    private UblReader() {
    }

    static boolean isUbl(Element root) {
        return (INVOICE.equals(root.getNamespaceURI()) && "Invoice".equals(root.getLocalName())) //$NON-NLS-1$
                || (CREDIT_NOTE.equals(root.getNamespaceURI()) && "CreditNote".equals(root.getLocalName())); //$NON-NLS-1$
    }

    static Invoice read(Element root, XmlContext context) {
        boolean creditNote = "CreditNote".equals(root.getLocalName()); //$NON-NLS-1$
        InvoiceDraft d = new InvoiceDraft(context.file(), SourceFormat.UBL);
        d.number = DOM.text(root, "cbc:ID"); //$NON-NLS-1$
        String typeElement = creditNote ? "cbc:CreditNoteTypeCode" : "cbc:InvoiceTypeCode"; //$NON-NLS-1$ //$NON-NLS-2$
        d.type = d.type(DOM.text(root, typeElement), typeElement, creditNote ? InvoiceType.AVOIR : InvoiceType.FACTURE);
        d.date = d.date(DOM.text(root, "cbc:IssueDate"), "date_facture", "cbc:IssueDate"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        d.framework = Frameworks.of(DOM.text(root, "cbc:ProfileID")); //$NON-NLS-1$
        d.currency = DOM.text(root, "cbc:DocumentCurrencyCode"); //$NON-NLS-1$
        d.serviceCode = DOM.text(root, "cbc:BuyerReference"); //$NON-NLS-1$
        d.engagement = DOM.text(root, "cac:OrderReference/cbc:ID"); //$NON-NLS-1$
        d.marketNumber = DOM.text(root, "cac:ContractDocumentReference/cbc:ID"); //$NON-NLS-1$
        buyer(DOM.first(root, "cac:AccountingCustomerParty/cac:Party"), d); //$NON-NLS-1$
        payment(root, d);
        totals(root, d);
        UblLines.read(DOM, root, creditNote, d);
        Embedded embedded = new Embedded();
        for (Element ref : DOM.all(root, "cac:AdditionalDocumentReference")) { //$NON-NLS-1$
            Element bin = DOM.first(ref, "cac:Attachment/cbc:EmbeddedDocumentBinaryObject"); //$NON-NLS-1$
            embedded.add(DOM.text(ref, "cbc:ID"), Dom.text(bin), Dom.attribute(bin, "mimeCode"), //$NON-NLS-1$ //$NON-NLS-2$
                    Dom.attribute(bin, "filename")); //$NON-NLS-1$
        }
        embedded.fill(d, context, "cac:AdditionalDocumentReference"); //$NON-NLS-1$
        return d.build();
    }

    private static void buyer(Element party, InvoiceDraft d) {
        d.clientName = DOM.text(party, "cac:PartyLegalEntity/cbc:RegistrationName"); //$NON-NLS-1$
        if (d.clientName == null) {
            d.clientName = DOM.text(party, "cac:PartyName/cbc:Name"); //$NON-NLS-1$
        }
        BuyerIds ids = new BuyerIds();
        for (Element e : DOM.all(party, "cac:PartyLegalEntity/cbc:CompanyID")) { //$NON-NLS-1$
            ids.legal(Dom.text(e), Dom.attribute(e, "schemeID")); //$NON-NLS-1$
        }
        for (Element e : DOM.all(party, "cbc:EndpointID")) { //$NON-NLS-1$
            ids.other(Dom.text(e), Dom.attribute(e, "schemeID")); //$NON-NLS-1$
        }
        for (Element e : DOM.all(party, "cac:PartyIdentification/cbc:ID")) { //$NON-NLS-1$
            ids.other(Dom.text(e), Dom.attribute(e, "schemeID")); //$NON-NLS-1$
        }
        d.siret = ids.siret();
    }

    private static void payment(Element root, InvoiceDraft d) {
        Element means = DOM.first(root, "cac:PaymentMeans"); //$NON-NLS-1$
        d.paymentMeans = DOM.text(means, "cbc:PaymentMeansCode"); //$NON-NLS-1$
        d.iban = DOM.text(means, "cac:PayeeFinancialAccount/cbc:ID"); //$NON-NLS-1$
        String due = DOM.text(root, "cbc:DueDate"); //$NON-NLS-1$
        if (due == null) {
            due = DOM.text(means, "cbc:PaymentDueDate"); // a CreditNote has no cbc:DueDate //$NON-NLS-1$
        }
        d.dueDate = d.date(due, "date_echeance", "cbc:DueDate"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void totals(Element root, InvoiceDraft d) {
        Element taxTotal = null;
        for (Element t : DOM.all(root, "cac:TaxTotal")) { //$NON-NLS-1$
            Element amount = DOM.first(t, "cbc:TaxAmount"); //$NON-NLS-1$
            String c = Dom.attribute(amount, "currencyID"); //$NON-NLS-1$
            // BT-110 is the TaxTotal in the document currency; BT-111 (accounting currency) has no subtotals
            if (taxTotal == null || c == null || c.equals(d.currency)) {
                taxTotal = t;
                if (c == null || c.equals(d.currency)) {
                    break;
                }
            }
        }
        d.taxAmount = d.amount(DOM.text(taxTotal, "cbc:TaxAmount"), "montant_tva", "cbc:TaxAmount"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        CiiReader.Rates rates = new CiiReader.Rates();
        for (Element p : DOM.all(taxTotal, "cac:TaxSubtotal/cac:TaxCategory/cbc:Percent")) { //$NON-NLS-1$
            rates.add(d.amount(Dom.text(p), "taux_tva", "cbc:Percent")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        d.vatRate = rates.single();
        Element sum = DOM.first(root, "cac:LegalMonetaryTotal"); //$NON-NLS-1$
        d.amountWithoutTax = d.amount(DOM.text(sum, "cbc:TaxExclusiveAmount"), "montant_ht", //$NON-NLS-1$ //$NON-NLS-2$
                "cbc:TaxExclusiveAmount"); //$NON-NLS-1$
        d.amountWithTax = d.amount(DOM.text(sum, "cbc:TaxInclusiveAmount"), "montant_ttc", //$NON-NLS-1$ //$NON-NLS-2$
                "cbc:TaxInclusiveAmount"); //$NON-NLS-1$
    }
}
