// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.deposit;

import java.util.Objects;

/**
 * One row of the live report: « N° Pièce », « Fichier », « Rapport ».
 *
 * @param invoiceNumber the invoice number (N° Pièce)
 * @param fileName the file deposited (Fichier)
 * @param outcome what happened
 * @param fluxNumber the flux number when deposited, else {@code null}
 * @param report the flux number, or the error / reason in plain words of the user's language (Rapport)
 * @since 0.1
 */
public record DepositRow(String invoiceNumber, String fileName, DepositOutcome outcome, String fluxNumber,
        String report) {

    public DepositRow {
        Objects.requireNonNull(invoiceNumber);
        Objects.requireNonNull(outcome);
    }
}
