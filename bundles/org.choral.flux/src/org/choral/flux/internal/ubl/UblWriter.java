// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.ubl;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.choral.core.api.Siret;
import org.choral.core.api.flux.FluxOptions;
import org.choral.core.api.flux.FrameworkPlacement;
import org.choral.core.api.flux.Supplier;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceType;
import org.choral.flux.internal.model.Amounts;
import org.choral.flux.internal.model.SupplierRules;
import org.choral.flux.internal.xml.Decimals;
import org.choral.flux.internal.xml.XmlOut;

/**
 * Writes one UBL 2.1 {@code Invoice} (type code 380, or 381 for a credit note with positive
 * amounts) with StAX, elements in the order of the UBL 2.1 schema. Routing data where Chorus Pro
 * reads it: recipient SIRET as the buyer's identifier, service code in BT-10
 * ({@code cbc:BuyerReference}), engagement in BT-13 ({@code cac:OrderReference}), market number in
 * BT-12 ({@code cac:ContractDocumentReference}), billing framework in BT-23 or BT-24.
 */
final class UblWriter {

    static final String NS_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"; //$NON-NLS-1$
    static final String NS_CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"; //$NON-NLS-1$
    static final String NS_CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"; //$NON-NLS-1$
    static final String NS_CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"; //$NON-NLS-1$
    static final String EN16931 = "urn:cen.eu:en16931:2017"; //$NON-NLS-1$

    private static final String CURRENCY_ID = "currencyID"; //$NON-NLS-1$
    private static final String SCHEME_ID = "schemeID"; //$NON-NLS-1$
    private static final String VAT = "VAT"; //$NON-NLS-1$

    private final String siretScheme;
    private final boolean creditNoteDocument;

    /**
     * @param siretScheme the scheme of SIRET identifiers: Chorus Pro's own {@code 1}, or the ISO
     *            6523 code {@code 0009} where the file is validated against EN 16931 (whose rules
     *            BR-CL-10/11 accept ISO 6523 codes only)
     */
    UblWriter(String siretScheme) {
        this(siretScheme, false);
    }

    /**
     * @param creditNoteDocument whether a credit note is written as a UBL {@code CreditNote}
     *            (what EN 16931 requires: its rule BR-CL-01 refuses type code 381 in an
     *            {@code Invoice}) rather than as an {@code Invoice} typed 381
     */
    UblWriter(String siretScheme, boolean creditNoteDocument) {
        this.siretScheme = siretScheme;
        this.creditNoteDocument = creditNoteDocument;
    }

    void write(Invoice inv, FluxOptions options, Amounts amounts, Path pdf, OutputStream out) throws IOException {
        Map<String, String> ns = new LinkedHashMap<>();
        boolean creditNote = creditNoteDocument && inv.type() == InvoiceType.AVOIR;
        ns.put("ubl", creditNote ? NS_CREDIT_NOTE : NS_INVOICE); //$NON-NLS-1$
        ns.put("cac", NS_CAC); //$NON-NLS-1$
        ns.put("cbc", NS_CBC); //$NON-NLS-1$
        XmlOut x = XmlOut.start(out, creditNote ? "ubl:CreditNote" : "ubl:Invoice", ns); //$NON-NLS-1$ //$NON-NLS-2$
        String currency = inv.currency() == null ? Invoice.DEFAULT_CURRENCY : inv.currency();
        String framework = inv.framework() == null ? Invoice.DEFAULT_FRAMEWORK : inv.framework();
        boolean inBt24 = options.frameworkPlacement() == FrameworkPlacement.BT_24;
        x.leaf("cbc:CustomizationID", inBt24 ? framework : EN16931); //$NON-NLS-1$
        x.leaf("cbc:ProfileID", inBt24 ? null : framework); //$NON-NLS-1$
        x.leaf("cbc:ID", inv.number()); //$NON-NLS-1$
        x.leaf("cbc:IssueDate", Decimals.isoDate(inv.date())); //$NON-NLS-1$
        if (!creditNote) { // a CreditNote has no header due date (BT-9 would go in its payment means)
            x.leaf("cbc:DueDate", Decimals.isoDate(inv.dueDate())); //$NON-NLS-1$
        }
        x.leaf(creditNote ? "cbc:CreditNoteTypeCode" : "cbc:InvoiceTypeCode", inv.type().code()); //$NON-NLS-1$ //$NON-NLS-2$
        x.leaf("cbc:DocumentCurrencyCode", currency); //$NON-NLS-1$
        x.leaf("cbc:BuyerReference", inv.serviceCode()); //$NON-NLS-1$
        if (inv.engagement() != null) {
            x.open("cac:OrderReference").leaf("cbc:ID", inv.engagement()).close(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (inv.marketNumber() != null) {
            x.open("cac:ContractDocumentReference").leaf("cbc:ID", inv.marketNumber()).close(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (pdf != null) {
            embed(x, inv, pdf);
        }
        supplier(x, options.supplier());
        customer(x, inv);
        paymentMeans(x, inv, options.supplier());
        // BR-CO-25: a positive amount due needs a due date or payment terms, credit notes included
        if ((inv.dueDate() == null || creditNote) && amounts.grandTotal().signum() > 0) {
            x.open("cac:PaymentTerms").leaf("cbc:Note", SupplierRules.paymentTerms(inv)).close(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        taxTotal(x, amounts, currency);
        x.open("cac:LegalMonetaryTotal"); //$NON-NLS-1$
        x.amount("cbc:LineExtensionAmount", amounts.lineTotal(), currency); //$NON-NLS-1$
        x.amount("cbc:TaxExclusiveAmount", amounts.lineTotal(), currency); //$NON-NLS-1$
        x.amount("cbc:TaxInclusiveAmount", amounts.grandTotal(), currency); //$NON-NLS-1$
        x.amount("cbc:PayableAmount", amounts.grandTotal(), currency); //$NON-NLS-1$
        x.close();
        int n = 1;
        for (Amounts.Line line : amounts.lines()) {
            line(x, line, n++, currency, creditNote);
        }
        x.end();
    }

    private static void embed(XmlOut x, Invoice inv, Path pdf) throws IOException {
        x.open("cac:AdditionalDocumentReference").leaf("cbc:ID", inv.number()); //$NON-NLS-1$ //$NON-NLS-2$
        x.open("cac:Attachment").open("cbc:EmbeddedDocumentBinaryObject") //$NON-NLS-1$ //$NON-NLS-2$
                .attr("mimeCode", "application/pdf") //$NON-NLS-1$ //$NON-NLS-2$
                .attr("filename", org.choral.flux.internal.lot.Names.entryName(inv.number(), "pdf")); //$NON-NLS-1$ //$NON-NLS-2$
        x.base64(pdf).close().close().close();
    }

    private void supplier(XmlOut x, Supplier s) throws IOException {
        String siret = Siret.normalize(s.siret());
        x.open("cac:AccountingSupplierParty").open("cac:Party"); //$NON-NLS-1$ //$NON-NLS-2$
        x.open("cac:PartyIdentification").leaf("cbc:ID", siret, SCHEME_ID, siretScheme).close(); //$NON-NLS-1$ //$NON-NLS-2$
        x.open("cac:PartyName").leaf("cbc:Name", s.name()).close(); //$NON-NLS-1$ //$NON-NLS-2$
        x.open("cac:PostalAddress"); //$NON-NLS-1$
        x.leaf("cbc:StreetName", s.address()).leaf("cbc:CityName", s.town()).leaf("cbc:PostalZone", s.postalCode()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        x.open("cac:Country").leaf("cbc:IdentificationCode", s.country()).close().close(); //$NON-NLS-1$ //$NON-NLS-2$
        if (s.vatNumber() != null) {
            x.open("cac:PartyTaxScheme").leaf("cbc:CompanyID", s.vatNumber()); //$NON-NLS-1$ //$NON-NLS-2$
            x.open("cac:TaxScheme").leaf("cbc:ID", VAT).close().close(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        x.open("cac:PartyLegalEntity").leaf("cbc:RegistrationName", s.name()); //$NON-NLS-1$ //$NON-NLS-2$
        x.leaf("cbc:CompanyID", siret, SCHEME_ID, siretScheme).close(); //$NON-NLS-1$
        x.close().close();
    }

    private void customer(XmlOut x, Invoice inv) throws IOException {
        String siret = Siret.normalize(inv.siret()) != null ? Siret.normalize(inv.siret()) : inv.siret();
        String name = inv.clientName() != null ? inv.clientName() : siret;
        x.open("cac:AccountingCustomerParty").open("cac:Party"); //$NON-NLS-1$ //$NON-NLS-2$
        x.open("cac:PartyIdentification").leaf("cbc:ID", siret, SCHEME_ID, siretScheme).close(); //$NON-NLS-1$ //$NON-NLS-2$
        x.open("cac:PartyName").leaf("cbc:Name", name).close(); //$NON-NLS-1$ //$NON-NLS-2$
        // Chorus Pro's recipients are French public bodies: the directory holds no address to copy
        x.open("cac:PostalAddress").open("cac:Country").leaf("cbc:IdentificationCode", "FR").close().close(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        x.open("cac:PartyLegalEntity").leaf("cbc:RegistrationName", name); //$NON-NLS-1$ //$NON-NLS-2$
        x.leaf("cbc:CompanyID", siret, SCHEME_ID, siretScheme).close(); //$NON-NLS-1$
        x.close().close();
    }

    private static void paymentMeans(XmlOut x, Invoice inv, Supplier s) throws IOException {
        String code = SupplierRules.paymentMeans(inv);
        if (code == null) {
            return;
        }
        x.open("cac:PaymentMeans").leaf("cbc:PaymentMeansCode", code); //$NON-NLS-1$ //$NON-NLS-2$
        String iban = SupplierRules.iban(s, inv);
        if (SupplierRules.paysByTransfer(inv) && iban != null) {
            x.open("cac:PayeeFinancialAccount").leaf("cbc:ID", iban); //$NON-NLS-1$ //$NON-NLS-2$
            if (s.bic() != null) {
                x.open("cac:FinancialInstitutionBranch").leaf("cbc:ID", s.bic()).close(); //$NON-NLS-1$ //$NON-NLS-2$
            }
            x.close();
        }
        x.close();
    }

    private static void taxTotal(XmlOut x, Amounts amounts, String currency) throws IOException {
        x.open("cac:TaxTotal").amount("cbc:TaxAmount", amounts.taxTotal(), currency); //$NON-NLS-1$ //$NON-NLS-2$
        for (Amounts.VatGroup g : amounts.groups()) {
            x.open("cac:TaxSubtotal"); //$NON-NLS-1$
            x.amount("cbc:TaxableAmount", g.base(), currency).amount("cbc:TaxAmount", g.tax(), currency); //$NON-NLS-1$ //$NON-NLS-2$
            taxCategory(x, "cac:TaxCategory", g.category(), g.rate()); //$NON-NLS-1$
            x.close();
        }
        x.close();
    }

    private static void taxCategory(XmlOut x, String element, String category, java.math.BigDecimal rate)
            throws IOException {
        x.open(element).leaf("cbc:ID", category).leaf("cbc:Percent", Decimals.number(rate)); //$NON-NLS-1$ //$NON-NLS-2$
        x.open("cac:TaxScheme").leaf("cbc:ID", VAT).close().close(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void line(XmlOut x, Amounts.Line line, int n, String currency, boolean creditNote)
            throws IOException {
        x.open(creditNote ? "cac:CreditNoteLine" : "cac:InvoiceLine").leaf("cbc:ID", Integer.toString(n)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        x.leaf(creditNote ? "cbc:CreditedQuantity" : "cbc:InvoicedQuantity", Decimals.number(line.quantity()), "unitCode", line.unit()); //$NON-NLS-1$ //$NON-NLS-2$
        x.amount("cbc:LineExtensionAmount", line.net(), currency); //$NON-NLS-1$
        x.open("cac:Item").leaf("cbc:Name", line.label()); //$NON-NLS-1$ //$NON-NLS-2$
        taxCategory(x, "cac:ClassifiedTaxCategory", Amounts.VatGroup.category(line.rate()), line.rate()); //$NON-NLS-1$
        x.close();
        x.open("cac:Price").leaf("cbc:PriceAmount", Decimals.number(line.unitPrice()), CURRENCY_ID, currency).close(); //$NON-NLS-1$
        x.close();
    }
}
