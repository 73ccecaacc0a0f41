// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.tracking.internal.model;

import java.util.List;

/**
 * What the user chose to see.
 *
 * @param category one category, or {@code null} for every invoice
 * @param text typed text, matched in every column
 */
public record RowFilter(Category category, String text) {

    public static final RowFilter ALL = new RowFilter(null, ""); //$NON-NLS-1$

    public boolean accepts(TrackingRow row) {
        return (category == null || row.category() == category) && row.matches(text);
    }

    public List<TrackingRow> apply(List<TrackingRow> rows) {
        return rows.stream().filter(this::accepts).toList();
    }
}
