// SPDX-License-Identifier: EPL-2.0
/**
 * Invoices as the product reads them out of an ERP export, a Factur-X PDF or a UBL/CII file, and
 * the {@code InvoiceSource} services that read them.
 *
 * @since 0.1
 */
package org.choral.core.api.invoice;
