// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.check;

/**
 * What the emulator reads from one invoice to route and judge it.
 *
 * @param number invoice number (BT-1)
 * @param type {@code FACTURE} or {@code AVOIR}
 * @param supplier seller identifier as written (SIRET expected)
 * @param recipient buyer identifier as written (SIRET expected)
 * @param service service code (BT-10 BuyerReference)
 * @param engagement engagement number (BT-13 order reference)
 * @param amount amount due / grand total as written
 * @param embeddedPdf whether the XML carries a PDF attachment
 */
public record InvoiceFacts(String number, String type, String supplier, String recipient, String service,
        String engagement, String amount, boolean embeddedPdf) {
}
