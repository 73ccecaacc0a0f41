// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.xml;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.choral.core.api.invoice.InvoiceLine;
import org.choral.sources.internal.i18n.Messages;

/**
 * Turns what UBL and CII say of a line, or of a document-level allowance or charge, into an
 * {@link InvoiceLine} whose net amount is the document's: the model has quantity × unit price only,
 * so a price per base quantity is brought to a unit price, and a line allowance (net amount below
 * quantity × price) is folded into the unit price. A document allowance becomes a line of
 * quantity 1 and negative price, so that the lines still add up to the total without VAT.
 */
final class LineDraft {

    private static final int PRICE_SCALE = 6;

    private LineDraft() {
    }

    static InvoiceLine line(InvoiceDraft d, String label, BigDecimal quantity, String unit, BigDecimal price,
            BigDecimal baseQuantity, BigDecimal net, BigDecimal rate) {
        BigDecimal unitPrice = price;
        if (unitPrice != null && baseQuantity != null && baseQuantity.signum() != 0
                && baseQuantity.compareTo(BigDecimal.ONE) != 0) {
            unitPrice = unitPrice.divide(baseQuantity, PRICE_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        if (net != null && quantity != null && quantity.signum() != 0 && (unitPrice == null
                || quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP).compareTo(net) != 0)) {
            unitPrice = net.divide(quantity, PRICE_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        return new InvoiceLine(label, quantity, unit == null ? InvoiceLine.DEFAULT_UNIT : unit, unitPrice, rate, d.at);
    }

    static InvoiceLine allowanceOrCharge(InvoiceDraft d, boolean charge, String reason, BigDecimal amount,
            BigDecimal rate) {
        String label = reason != null ? reason : charge ? Messages.Source_documentCharge : Messages.Source_documentAllowance;
        BigDecimal price = amount == null ? null : charge ? amount : amount.negate();
        return new InvoiceLine(label, BigDecimal.ONE, InvoiceLine.DEFAULT_UNIT, price, rate, d.at);
    }
}
