// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.invoice;

import java.util.ArrayList;
import java.util.List;

/**
 * What a source read: every invoice it could name (rows with problems included, their problems
 * attached), and the problems that belong to no invoice (a line for an unknown invoice number, a
 * file of a folder that is not an invoice…).
 *
 * @since 0.1
 */
public record SourceResult(List<Invoice> invoices, List<InputProblem> problems) {

    public SourceResult {
        invoices = List.copyOf(invoices);
        problems = List.copyOf(problems);
    }

    /** Both results in order. */
    public SourceResult plus(SourceResult other) {
        List<Invoice> i = new ArrayList<>(invoices);
        i.addAll(other.invoices);
        List<InputProblem> p = new ArrayList<>(problems);
        p.addAll(other.problems);
        return new SourceResult(i, p);
    }
}
