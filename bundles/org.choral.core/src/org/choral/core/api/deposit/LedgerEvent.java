// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.deposit;

import java.time.Instant;

/**
 * One line of an invoice's history: an attempt, an answer, a status seen on the portal.
 *
 * @param at when
 * @param invoiceNumber the invoice
 * @param kind {@code SENDING}, {@code DEPOSITED}, {@code FAILED}, {@code UNCERTAIN}, {@code FOUND},
 *            {@code FLUX_STATE}, {@code PORTAL_STATUS}, {@code FLAG}
 * @param fluxNumber the flux concerned, or {@code null}
 * @param detail what happened (a message, a state), or {@code null}
 * @since 0.1
 */
public record LedgerEvent(Instant at, String invoiceNumber, String kind, String fluxNumber, String detail) {
}
