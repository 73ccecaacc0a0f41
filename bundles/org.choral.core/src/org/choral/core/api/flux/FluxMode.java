// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.flux;

/**
 * « Dépôt par lot » (one archive holding one file per invoice) or « Dépôt séquentiel » (one bare
 * file per invoice, deposited one by one, for any number of invoices).
 *
 * @since 0.1
 */
public enum FluxMode {
    LOT, SEQUENTIAL
}
