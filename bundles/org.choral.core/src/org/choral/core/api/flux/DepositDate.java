// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.flux;

/**
 * « Date de dépôt »: the date that names a flux and is recorded as its intended deposit date. It
 * never changes the invoice date (BT-2).
 *
 * @since 0.1
 */
public enum DepositDate {
    /** « À la date du jour ». */
    TODAY,
    /** « À la date de la facture »: a lot then holds the invoices of one date. */
    INVOICE
}
