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

    /** The service's row as the table shows it (an unknown file or report reads as empty, not « null »). */
    public static DepositRow of(org.choral.core.api.deposit.DepositRow row) {
        return new DepositRow(row.invoiceNumber(), row.fileName() == null ? "" : row.fileName(), //$NON-NLS-1$
                row.report() == null ? "" : row.report()); //$NON-NLS-1$
    }
}
