// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.invoice;

/**
 * The kind of document an invoice was read from. The flux step needs it: an invoice read from a
 * Factur-X PDF already is its own deposit file and is sent as it is, never rebuilt from the fields.
 *
 * @since 0.1
 */
public enum SourceFormat {
    /** A row of an ERP export (CSV), its PDF found beside it. */
    CSV,
    /** A Factur-X (or ZUGFeRD) PDF/A-3 with its CII embedded: {@link Invoice#pdf()} is that file. */
    FACTURX,
    /** A UBL 2.1 Invoice or CreditNote XML file. */
    UBL,
    /** A UN/CEFACT CII D16B CrossIndustryInvoice XML file. */
    CII
}
