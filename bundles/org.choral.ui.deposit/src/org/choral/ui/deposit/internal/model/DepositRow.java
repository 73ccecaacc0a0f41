// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.internal.model;

/**
 * One line of the deposit report: « N° Pièce », « Fichier », « Rapport ».
 *
 * @param invoiceNumber the invoice
 * @param file the file deposited (its name)
 * @param report what the portal answered (flux number, refusal…)
 */
public record DepositRow(String invoiceNumber, String file, String report) {
}
