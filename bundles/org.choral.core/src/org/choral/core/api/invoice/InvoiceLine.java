// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One invoice line.
 *
 * @param label the line's description
 * @param quantity the quantity, {@code null} when it could not be read
 * @param unit UN/ECE Recommendation 20 unit code ({@code C62} = one, the default)
 * @param unitPrice the unit price without VAT, {@code null} when it could not be read
 * @param vatRate the VAT rate in percent, {@code null} when not given
 * @param position where the line was read
 * @since 0.1
 */
public record InvoiceLine(String label, BigDecimal quantity, String unit, BigDecimal unitPrice,
        BigDecimal vatRate, SourcePosition position) {

    /** The default unit: « one » (C62). */
    public static final String DEFAULT_UNIT = "C62"; //$NON-NLS-1$

    /** Quantity × unit price rounded to the cent, or {@code null} when either is missing. */
    public BigDecimal netAmount() {
        if (quantity == null || unitPrice == null) {
            return null;
        }
        return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
    }
}
