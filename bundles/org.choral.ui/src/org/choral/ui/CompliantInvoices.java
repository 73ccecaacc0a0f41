// SPDX-License-Identifier: EPL-2.0
package org.choral.ui;

import java.util.List;

import org.choral.core.api.control.InvoiceResult;

/**
 * The compliant invoices of the last control run and those the user selected among them, kept in
 * the application context under {@link #KEY} by the control view. A flux or deposit command reads
 * them there whichever part is active, without depending on the control bundle.
 *
 * @param compliant every compliant invoice of the last run, in the report's order
 * @param selected those selected with « Sélectionner » or by a click (possibly none)
 * @since 0.1
 */
public record CompliantInvoices(List<InvoiceResult> compliant, List<InvoiceResult> selected) {

    /** Application context key; the value is a {@code CompliantInvoices}, absent before the first run. */
    public static final String KEY = "org.choral.ui.compliantInvoices"; //$NON-NLS-1$

    public CompliantInvoices {
        compliant = List.copyOf(compliant);
        selected = List.copyOf(selected);
    }

    /** What a command acts on: the selection, or every compliant invoice when nothing is selected. */
    public List<InvoiceResult> chosen() {
        return selected.isEmpty() ? compliant : selected;
    }
}
