// SPDX-License-Identifier: EPL-2.0
/**
 * How a front end (the command line, the control view) reads what the user named: an export file
 * or a folder of invoices with the registered {@code InvoiceSource} services, and a saved column
 * mapping.
 *
 * @since 0.1
 */
package org.choral.sources.api;
