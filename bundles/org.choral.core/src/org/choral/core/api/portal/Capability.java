// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.portal;

/**
 * What a {@link PortalConnector} can do. Deposit, flux report and credentials check are mandatory;
 * the others are optional (an outbox folder cannot look up a structure).
 *
 * @since 0.1
 */
public enum Capability {
    DEPOSIT, FLUX_REPORT, CREDENTIALS_CHECK, INVOICE_SEARCH, INVOICE_HISTORY, STRUCTURE_LOOKUP, DIRECTORY_DOWNLOAD,
    SUPPLIER_STRUCTURES,
    /** The portal's own report of a flux as a PDF document (Chorus Pro's {@code fichierCR}). */
    FLUX_REPORT_PDF
}
