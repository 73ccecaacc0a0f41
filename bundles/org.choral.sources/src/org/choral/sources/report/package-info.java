// SPDX-License-Identifier: EPL-2.0
/**
 * The control's result as the reference tool lays it out — one row per compliant invoice, one row
 * per anomaly to fix, the columns N° Facture … Pièce jointe — and its exports: a CSV for French
 * Excel and a printable PDF report. Headless, shared by the control view and the command line.
 *
 * @since 0.1
 */
package org.choral.sources.report;
