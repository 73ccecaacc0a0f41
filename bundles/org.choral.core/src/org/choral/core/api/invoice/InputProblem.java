// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.invoice;

/**
 * Something a source could not read in one row or element: the row is still turned into an
 * invoice when its number is known (the field is left empty), and the control reports the problem
 * as {@code INPUT_INVALID} for that invoice.
 *
 * @param position file and line
 * @param field the canonical field name ({@code date_facture}, {@code montant_ttc}…), or {@code null}
 * @param message French text naming the value and what is expected
 * @since 0.1
 */
public record InputProblem(SourcePosition position, String field, String message) {

    /** The message prefixed with the file, line and field, for lists printed outside a table. */
    public String describe() {
        StringBuilder b = new StringBuilder(position.toString());
        if (field != null) {
            b.append(" [").append(field).append(']'); //$NON-NLS-1$
        }
        return b.append(" : ").append(message).toString(); //$NON-NLS-1$
    }
}
