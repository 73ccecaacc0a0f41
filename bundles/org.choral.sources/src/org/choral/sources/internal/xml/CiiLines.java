// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.xml;

import org.w3c.dom.Element;

/** The lines of a CII invoice (BG-25) and its document-level allowances and charges (BG-20, BG-21). */
final class CiiLines {

    private CiiLines() {
    }

    static void read(Dom dom, Element root, InvoiceDraft d) {
        for (Element item : dom.all(root, "rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem")) { //$NON-NLS-1$
            Element qty = dom.first(item, "ram:SpecifiedLineTradeDelivery/ram:BilledQuantity"); //$NON-NLS-1$
            Element price = dom.first(item, "ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice"); //$NON-NLS-1$
            Element settlement = dom.first(item, "ram:SpecifiedLineTradeSettlement"); //$NON-NLS-1$
            d.lines.add(LineDraft.line(d, dom.text(item, "ram:SpecifiedTradeProduct/ram:Name"), //$NON-NLS-1$
                    d.amount(Dom.text(qty), "quantite", "ram:BilledQuantity"), Dom.attribute(qty, "unitCode"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    d.amount(dom.text(price, "ram:ChargeAmount"), "prix_unitaire_ht", "ram:ChargeAmount"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    d.amount(dom.text(price, "ram:BasisQuantity"), "quantite", "ram:BasisQuantity"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    d.amount(dom.text(settlement,
                            "ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount"), //$NON-NLS-1$
                            "prix_unitaire_ht", "ram:LineTotalAmount"), //$NON-NLS-1$ //$NON-NLS-2$
                    d.amount(dom.text(settlement, "ram:ApplicableTradeTax/ram:RateApplicablePercent"), "taux_tva", //$NON-NLS-1$ //$NON-NLS-2$
                            "ram:RateApplicablePercent"))); //$NON-NLS-1$
        }
        if (d.lines.isEmpty()) {
            return; // without lines there is no sum to keep right
        }
        for (Element ac : dom.all(root,
                "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge")) { //$NON-NLS-1$
            boolean charge = "true".equalsIgnoreCase(dom.text(ac, "ram:ChargeIndicator/udt:Indicator")); //$NON-NLS-1$ //$NON-NLS-2$
            d.lines.add(LineDraft.allowanceOrCharge(d, charge, dom.text(ac, "ram:Reason"), //$NON-NLS-1$
                    d.amount(dom.text(ac, "ram:ActualAmount"), "montant_ht", "ram:ActualAmount"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    d.amount(dom.text(ac, "ram:CategoryTradeTax/ram:RateApplicablePercent"), "taux_tva", //$NON-NLS-1$ //$NON-NLS-2$
                            "ram:RateApplicablePercent"))); //$NON-NLS-1$
        }
    }
}
