// SPDX-License-Identifier: EPL-2.0
/**
 * The control of invoices before deposit: rules (small classes behind one interface, so that a
 * portal plugin can add its own), anomalies with a stable code, a severity and a French message,
 * and the report that keeps, per invoice, the six directory flags.
 *
 * @since 0.1
 */
package org.choral.core.api.control;
