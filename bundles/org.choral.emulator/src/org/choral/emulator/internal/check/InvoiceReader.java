// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.check;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the routing facts of a UBL 2.1 or CII D16B invoice, by element local names along the
 * EN 16931 paths (namespaces were already checked by the schema).
 */
public final class InvoiceReader {

    public static final String UBL_INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"; //$NON-NLS-1$
    public static final String UBL_CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"; //$NON-NLS-1$
    public static final String CII_NS = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"; //$NON-NLS-1$
    private static final String FACTURE = "FACTURE"; //$NON-NLS-1$
    private static final String AVOIR = "AVOIR"; //$NON-NLS-1$
    private static final String PDF = "application/pdf"; //$NON-NLS-1$

    private InvoiceReader() {
    }

    /** Which content the document's root says it is, or {@code null} for neither UBL nor CII. */
    public static Syntax.Content contentOf(Document doc) {
        Element root = doc.getDocumentElement();
        String ns = root.getNamespaceURI();
        if (UBL_INVOICE_NS.equals(ns) || UBL_CREDIT_NOTE_NS.equals(ns)) {
            return Syntax.Content.UBL;
        }
        return CII_NS.equals(ns) ? Syntax.Content.CII : null;
    }

    public static InvoiceFacts ubl(Document doc) {
        Element root = doc.getDocumentElement();
        boolean creditNote = UBL_CREDIT_NOTE_NS.equals(root.getNamespaceURI())
                || "381".equals(text(root, "InvoiceTypeCode")); //$NON-NLS-1$ //$NON-NLS-2$
        String supplier = first(text(root, "AccountingSupplierParty", "Party", "PartyLegalEntity", "CompanyID"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                text(root, "AccountingSupplierParty", "Party", "PartyIdentification", "ID")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        String recipient = first(text(root, "AccountingCustomerParty", "Party", "PartyLegalEntity", "CompanyID"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                text(root, "AccountingCustomerParty", "Party", "PartyIdentification", "ID")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        boolean pdf = false;
        for (Element ref : children(root, "AdditionalDocumentReference")) { //$NON-NLS-1$
            Element bin = path(ref, "Attachment", "EmbeddedDocumentBinaryObject"); //$NON-NLS-1$ //$NON-NLS-2$
            pdf |= bin != null && PDF.equalsIgnoreCase(bin.getAttribute("mimeCode")); //$NON-NLS-1$
        }
        return new InvoiceFacts(text(root, "ID"), creditNote ? AVOIR : FACTURE, supplier, recipient, //$NON-NLS-1$
                text(root, "BuyerReference"), text(root, "OrderReference", "ID"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                text(root, "LegalMonetaryTotal", "PayableAmount"), pdf); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static InvoiceFacts cii(Document doc) {
        Element root = doc.getDocumentElement();
        Element tx = path(root, "SupplyChainTradeTransaction"); //$NON-NLS-1$
        Element agreement = tx == null ? null : path(tx, "ApplicableHeaderTradeAgreement"); //$NON-NLS-1$
        String supplier = null;
        String recipient = null;
        String service = null;
        String engagement = null;
        boolean pdf = false;
        if (agreement != null) {
            supplier = party(agreement, "SellerTradeParty"); //$NON-NLS-1$
            recipient = party(agreement, "BuyerTradeParty"); //$NON-NLS-1$
            service = text(agreement, "BuyerReference"); //$NON-NLS-1$
            engagement = text(agreement, "BuyerOrderReferencedDocument", "IssuerAssignedID"); //$NON-NLS-1$ //$NON-NLS-2$
            for (Element ref : children(agreement, "AdditionalReferencedDocument")) { //$NON-NLS-1$
                Element bin = path(ref, "AttachmentBinaryObject"); //$NON-NLS-1$
                pdf |= bin != null && PDF.equalsIgnoreCase(bin.getAttribute("mimeCode")); //$NON-NLS-1$
            }
        }
        String amount = tx == null ? null : text(tx, "ApplicableHeaderTradeSettlement", //$NON-NLS-1$
                "SpecifiedTradeSettlementHeaderMonetarySummation", "GrandTotalAmount"); //$NON-NLS-1$ //$NON-NLS-2$
        String typeCode = text(root, "ExchangedDocument", "TypeCode"); //$NON-NLS-1$ //$NON-NLS-2$
        return new InvoiceFacts(text(root, "ExchangedDocument", "ID"), "381".equals(typeCode) ? AVOIR : FACTURE, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                supplier, recipient, service, engagement, amount, pdf);
    }

    private static String party(Element agreement, String role) {
        return first(text(agreement, role, "SpecifiedLegalOrganization", "ID"), //$NON-NLS-1$ //$NON-NLS-2$
                text(agreement, role, "GlobalID"), text(agreement, role, "ID")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** The trimmed text at the path of child local names, or {@code null}. */
    static String text(Element from, String... names) {
        Element e = path(from, names);
        if (e == null) {
            return null;
        }
        String t = e.getTextContent().trim();
        return t.isEmpty() ? null : t;
    }

    private static Element path(Element from, String... names) {
        Element cur = from;
        for (String n : names) {
            cur = child(cur, n);
            if (cur == null) {
                return null;
            }
        }
        return cur;
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static java.util.List<Element> children(Element parent, String localName) {
        java.util.List<Element> out = new java.util.ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }
}
