// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.choral.core.api.invoice.InputProblem;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceLine;
import org.choral.core.api.invoice.SourcePosition;
import org.choral.sources.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Adds the optional lines file to the invoices read: {@code numero_facture; libelle; quantite;
 * unite; prix_unitaire_ht; taux_tva}. A line's problem is attached to its invoice; a line for an
 * invoice the export does not have is a problem of the batch.
 */
final class LinesReader {

    private LinesReader() {
    }

    /**
     * @param invoices the invoices by number, replaced in place with their lines
     * @param negated numbers of credit notes read from negative amounts (their lines are negated too)
     * @param orphans receives the problems that belong to no invoice
     */
    static void addLines(CsvTable table, Columns columns, Map<String, Invoice> invoices, Set<String> negated,
            List<InputProblem> orphans) {
        Map<String, List<InvoiceLine>> lines = new LinkedHashMap<>();
        Map<String, List<InputProblem>> problems = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            SourcePosition at = new SourcePosition(table.file(), row.line());
            String number = columns.get(row, "numero_facture"); //$NON-NLS-1$
            if (number == null || !invoices.containsKey(number)) {
                orphans.add(new InputProblem(at, "numero_facture", //$NON-NLS-1$
                        NLS.bind(Messages.Source_lineUnknownInvoice, number == null ? "" : number))); //$NON-NLS-1$
                continue;
            }
            List<InputProblem> rowProblems = problems.computeIfAbsent(number, k -> new ArrayList<>());
            String qtyText = columns.get(row, "quantite"); //$NON-NLS-1$
            BigDecimal quantity = qtyText == null ? BigDecimal.ONE : number(qtyText, "quantite", at, rowProblems); //$NON-NLS-1$
            BigDecimal price = number(columns.get(row, "prix_unitaire_ht"), "prix_unitaire_ht", at, rowProblems); //$NON-NLS-1$ //$NON-NLS-2$
            BigDecimal rate = number(columns.get(row, "taux_tva"), "taux_tva", at, rowProblems); //$NON-NLS-1$ //$NON-NLS-2$
            if (negated.contains(number) && quantity != null && price != null
                    && quantity.multiply(price).signum() < 0) {
                quantity = quantity.negate();
            }
            String unit = columns.get(row, "unite"); //$NON-NLS-1$
            lines.computeIfAbsent(number, k -> new ArrayList<>()).add(new InvoiceLine(columns.get(row, "libelle"), //$NON-NLS-1$
                    quantity, unit == null ? InvoiceLine.DEFAULT_UNIT : unit, price, rate, at));
        }
        lines.forEach((number, l) -> invoices.put(number, invoices.get(number).withLines(l)));
        problems.forEach((number, p) -> {
            if (!p.isEmpty()) {
                invoices.put(number, invoices.get(number).withProblems(p));
            }
        });
    }

    private static BigDecimal number(String text, String field, SourcePosition at, List<InputProblem> problems) {
        if (text == null) {
            return null;
        }
        BigDecimal v = Values.amount(text);
        if (v == null) {
            problems.add(new InputProblem(at, field, NLS.bind(Messages.Source_numberInvalid, text)));
        }
        return v;
    }
}
