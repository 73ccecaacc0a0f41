// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.flux;

/**
 * An invoice left out of the flux, with the reason and what to do.
 *
 * @since 0.1
 */
public record FluxFailure(String invoiceNumber, String reason) {
}
