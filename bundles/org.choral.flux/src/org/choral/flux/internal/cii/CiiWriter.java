// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.cii;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.choral.core.api.Siret;
import org.choral.core.api.flux.FacturxProfile;
import org.choral.core.api.flux.FluxOptions;
import org.choral.core.api.flux.FrameworkPlacement;
import org.choral.core.api.flux.Supplier;
import org.choral.core.api.invoice.Invoice;
import org.choral.flux.internal.i18n.Messages;
import org.choral.flux.internal.lot.Names;
import org.choral.flux.internal.model.Amounts;
import org.choral.flux.internal.model.SupplierRules;
import org.choral.flux.internal.xml.Decimals;
import org.choral.flux.internal.xml.XmlOut;

/**
 * Writes one UN/CEFACT CII D16B {@code CrossIndustryInvoice} (EN 16931 or Factur-X BASIC) with
 * StAX, elements in the schema's order. SIRETs carry the ISO 6523 scheme {@code 0009} in
 * {@code SpecifiedLegalOrganization}; service code in BT-10, engagement in BT-13, market in BT-12.
 */
public final class CiiWriter {

    static final String NS_RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"; //$NON-NLS-1$
    static final String NS_RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"; //$NON-NLS-1$
    static final String NS_UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"; //$NON-NLS-1$
    static final String NS_QDT = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"; //$NON-NLS-1$

    private static final String ID = "ram:ID"; //$NON-NLS-1$
    private static final String SCHEME_ID = "schemeID"; //$NON-NLS-1$
    private static final String SIRET_SCHEME = "0009"; //$NON-NLS-1$
    private static final String VAT = "VAT"; //$NON-NLS-1$

    public void write(Invoice inv, FluxOptions options, Amounts amounts, Path attachment, OutputStream out)
            throws IOException {
        Map<String, String> ns = new LinkedHashMap<>();
        ns.put("rsm", NS_RSM); //$NON-NLS-1$
        ns.put("qdt", NS_QDT); //$NON-NLS-1$
        ns.put("ram", NS_RAM); //$NON-NLS-1$
        ns.put("udt", NS_UDT); //$NON-NLS-1$
        XmlOut x = XmlOut.start(out, "rsm:CrossIndustryInvoice", ns); //$NON-NLS-1$
        String currency = inv.currency() == null ? Invoice.DEFAULT_CURRENCY : inv.currency();
        String framework = inv.framework() == null ? Invoice.DEFAULT_FRAMEWORK : inv.framework();
        boolean inBt24 = options.frameworkPlacement() == FrameworkPlacement.BT_24;
        x.open("rsm:ExchangedDocumentContext"); //$NON-NLS-1$
        if (!inBt24) {
            x.open("ram:BusinessProcessSpecifiedDocumentContextParameter").leaf(ID, framework).close(); //$NON-NLS-1$
        }
        x.open("ram:GuidelineSpecifiedDocumentContextParameter") //$NON-NLS-1$
                .leaf(ID, inBt24 ? framework : options.profile().urn()).close().close();
        x.open("rsm:ExchangedDocument").leaf(ID, inv.number()).leaf("ram:TypeCode", inv.type().code()); //$NON-NLS-1$ //$NON-NLS-2$
        date(x, "ram:IssueDateTime", inv.date()).close(); //$NON-NLS-1$
        x.open("rsm:SupplyChainTradeTransaction"); //$NON-NLS-1$
        int n = 1;
        for (Amounts.Line line : amounts.lines()) {
            line(x, line, n++);
        }
        agreement(x, inv, options.supplier(), attachment);
        x.open("ram:ApplicableHeaderTradeDelivery").close(); //$NON-NLS-1$
        settlement(x, inv, options, amounts, currency);
        x.close();
        x.end();
    }

    private static XmlOut date(XmlOut x, String element, java.time.LocalDate date) throws IOException {
        return x.open(element).open("udt:DateTimeString").attr("format", "102") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .text(Decimals.ciiDate(date)).close().close();
    }

    private static void line(XmlOut x, Amounts.Line line, int n) throws IOException {
        x.open("ram:IncludedSupplyChainTradeLineItem"); //$NON-NLS-1$
        x.open("ram:AssociatedDocumentLineDocument").leaf("ram:LineID", Integer.toString(n)).close(); //$NON-NLS-1$ //$NON-NLS-2$
        x.open("ram:SpecifiedTradeProduct").leaf("ram:Name", line.label()).close(); //$NON-NLS-1$ //$NON-NLS-2$
        x.open("ram:SpecifiedLineTradeAgreement").open("ram:NetPriceProductTradePrice") //$NON-NLS-1$ //$NON-NLS-2$
                .leaf("ram:ChargeAmount", Decimals.number(line.unitPrice())).close().close(); //$NON-NLS-1$
        x.open("ram:SpecifiedLineTradeDelivery") //$NON-NLS-1$
                .leaf("ram:BilledQuantity", Decimals.number(line.quantity()), "unitCode", line.unit()).close(); //$NON-NLS-1$ //$NON-NLS-2$
        x.open("ram:SpecifiedLineTradeSettlement"); //$NON-NLS-1$
        x.open("ram:ApplicableTradeTax").leaf("ram:TypeCode", VAT) //$NON-NLS-1$ //$NON-NLS-2$
                .leaf("ram:CategoryCode", Amounts.VatGroup.category(line.rate())) //$NON-NLS-1$
                .leaf("ram:RateApplicablePercent", Decimals.number(line.rate())).close(); //$NON-NLS-1$
        x.open("ram:SpecifiedTradeSettlementLineMonetarySummation") //$NON-NLS-1$
                .leaf("ram:LineTotalAmount", Decimals.amount(line.net())).close(); //$NON-NLS-1$
        x.close().close();
    }

    private static void agreement(XmlOut x, Invoice inv, Supplier s, Path attachment) throws IOException {
        x.open("ram:ApplicableHeaderTradeAgreement").leaf("ram:BuyerReference", inv.serviceCode()); //$NON-NLS-1$ //$NON-NLS-2$
        x.open("ram:SellerTradeParty").leaf("ram:Name", s.name()); //$NON-NLS-1$ //$NON-NLS-2$
        x.open("ram:SpecifiedLegalOrganization").leaf(ID, Siret.normalize(s.siret()), SCHEME_ID, SIRET_SCHEME).close(); //$NON-NLS-1$
        x.open("ram:PostalTradeAddress").leaf("ram:PostcodeCode", s.postalCode()).leaf("ram:LineOne", s.address()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .leaf("ram:CityName", s.town()).leaf("ram:CountryID", s.country()).close(); //$NON-NLS-1$ //$NON-NLS-2$
        if (s.vatNumber() != null) {
            x.open("ram:SpecifiedTaxRegistration").leaf(ID, s.vatNumber(), SCHEME_ID, "VA").close(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        x.close();
        String siret = Siret.normalize(inv.siret()) != null ? Siret.normalize(inv.siret()) : inv.siret();
        x.open("ram:BuyerTradeParty").leaf("ram:GlobalID", siret, SCHEME_ID, SIRET_SCHEME) //$NON-NLS-1$ //$NON-NLS-2$
                .leaf("ram:Name", inv.clientName() != null ? inv.clientName() : siret); //$NON-NLS-1$
        x.open("ram:SpecifiedLegalOrganization").leaf(ID, siret, SCHEME_ID, SIRET_SCHEME).close(); //$NON-NLS-1$
        // Chorus Pro's recipients are French public bodies: the directory holds no address to copy
        x.open("ram:PostalTradeAddress").leaf("ram:CountryID", "FR").close().close(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (inv.engagement() != null) {
            x.open("ram:BuyerOrderReferencedDocument").leaf("ram:IssuerAssignedID", inv.engagement()).close(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (inv.marketNumber() != null) {
            x.open("ram:ContractReferencedDocument").leaf("ram:IssuerAssignedID", inv.marketNumber()).close(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (attachment != null) {
            x.open("ram:AdditionalReferencedDocument").leaf("ram:IssuerAssignedID", inv.number()) //$NON-NLS-1$ //$NON-NLS-2$
                    .leaf("ram:TypeCode", "916").leaf("ram:Name", Messages.Flux_attachmentName); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            x.open("ram:AttachmentBinaryObject").attr("mimeCode", "application/pdf") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .attr("filename", Names.entryName(inv.number(), "pdf")).base64(attachment).close().close(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        x.close();
    }

    private static void settlement(XmlOut x, Invoice inv, FluxOptions options, Amounts a, String currency)
            throws IOException {
        Supplier s = options.supplier();
        x.open("ram:ApplicableHeaderTradeSettlement").leaf("ram:InvoiceCurrencyCode", currency); //$NON-NLS-1$ //$NON-NLS-2$
        String means = SupplierRules.paymentMeans(inv);
        if (means != null) {
            x.open("ram:SpecifiedTradeSettlementPaymentMeans").leaf("ram:TypeCode", means); //$NON-NLS-1$ //$NON-NLS-2$
            String iban = SupplierRules.iban(s, inv);
            if (SupplierRules.paysByTransfer(inv) && iban != null) {
                x.open("ram:PayeePartyCreditorFinancialAccount").leaf("ram:IBANID", iban).close(); //$NON-NLS-1$ //$NON-NLS-2$
                // BASIC has no BT-86 (the Factur-X BASIC schema refuses the institution)
                if (s.bic() != null && options.profile() != FacturxProfile.BASIC) {
                    x.open("ram:PayeeSpecifiedCreditorFinancialInstitution").leaf("ram:BICID", s.bic()).close(); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            x.close();
        }
        for (Amounts.VatGroup g : a.groups()) {
            x.open("ram:ApplicableTradeTax").leaf("ram:CalculatedAmount", Decimals.amount(g.tax())) //$NON-NLS-1$ //$NON-NLS-2$
                    .leaf("ram:TypeCode", VAT).leaf("ram:BasisAmount", Decimals.amount(g.base())) //$NON-NLS-1$ //$NON-NLS-2$
                    .leaf("ram:CategoryCode", g.category()) //$NON-NLS-1$
                    .leaf("ram:RateApplicablePercent", Decimals.number(g.rate())).close(); //$NON-NLS-1$
        }
        // BR-CO-25: a positive amount due needs a due date or payment terms, credit notes included
        if (inv.dueDate() != null || a.grandTotal().signum() > 0) {
            x.open("ram:SpecifiedTradePaymentTerms"); //$NON-NLS-1$
            if (inv.dueDate() == null) {
                x.leaf("ram:Description", SupplierRules.paymentTerms(inv)); //$NON-NLS-1$
            } else {
                date(x, "ram:DueDateDateTime", inv.dueDate()); //$NON-NLS-1$
            }
            x.close();
        }
        x.open("ram:SpecifiedTradeSettlementHeaderMonetarySummation"); //$NON-NLS-1$
        amount(x, "ram:LineTotalAmount", a.lineTotal()); //$NON-NLS-1$
        amount(x, "ram:TaxBasisTotalAmount", a.lineTotal()); //$NON-NLS-1$
        x.leaf("ram:TaxTotalAmount", Decimals.amount(a.taxTotal()), "currencyID", currency); //$NON-NLS-1$ //$NON-NLS-2$
        amount(x, "ram:GrandTotalAmount", a.grandTotal()); //$NON-NLS-1$
        amount(x, "ram:DuePayableAmount", a.grandTotal()); //$NON-NLS-1$
        x.close().close();
    }

    private static void amount(XmlOut x, String element, BigDecimal value) throws IOException {
        x.leaf(element, Decimals.amount(value));
    }
}
