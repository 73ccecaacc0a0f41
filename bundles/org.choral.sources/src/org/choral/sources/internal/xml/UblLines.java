// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.xml;

import org.w3c.dom.Element;

/** The lines of a UBL invoice or credit note and its document-level allowances and charges. */
final class UblLines {

    private UblLines() {
    }

    static void read(Dom dom, Element root, boolean creditNote, InvoiceDraft d) {
        String lineElement = creditNote ? "cac:CreditNoteLine" : "cac:InvoiceLine"; //$NON-NLS-1$ //$NON-NLS-2$
        String qtyElement = creditNote ? "cbc:CreditedQuantity" : "cbc:InvoicedQuantity"; //$NON-NLS-1$ //$NON-NLS-2$
        for (Element line : dom.all(root, lineElement)) {
            Element qty = dom.first(line, qtyElement);
            d.lines.add(LineDraft.line(d, dom.text(line, "cac:Item/cbc:Name"), //$NON-NLS-1$
                    d.amount(Dom.text(qty), "quantite", qtyElement), Dom.attribute(qty, "unitCode"), //$NON-NLS-1$ //$NON-NLS-2$
                    d.amount(dom.text(line, "cac:Price/cbc:PriceAmount"), "prix_unitaire_ht", "cbc:PriceAmount"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    d.amount(dom.text(line, "cac:Price/cbc:BaseQuantity"), "quantite", "cbc:BaseQuantity"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    d.amount(dom.text(line, "cbc:LineExtensionAmount"), "prix_unitaire_ht", "cbc:LineExtensionAmount"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    d.amount(dom.text(line, "cac:Item/cac:ClassifiedTaxCategory/cbc:Percent"), "taux_tva", //$NON-NLS-1$ //$NON-NLS-2$
                            "cbc:Percent"))); //$NON-NLS-1$
        }
        if (d.lines.isEmpty()) {
            return;
        }
        for (Element ac : dom.all(root, "cac:AllowanceCharge")) { //$NON-NLS-1$
            boolean charge = "true".equalsIgnoreCase(dom.text(ac, "cbc:ChargeIndicator")); //$NON-NLS-1$ //$NON-NLS-2$
            d.lines.add(LineDraft.allowanceOrCharge(d, charge, dom.text(ac, "cbc:AllowanceChargeReason"), //$NON-NLS-1$
                    d.amount(dom.text(ac, "cbc:Amount"), "montant_ht", "cbc:Amount"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    d.amount(dom.text(ac, "cac:TaxCategory/cbc:Percent"), "taux_tva", "cbc:Percent"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }
}
