// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.control.internal.model;

import java.util.Locale;

import org.choral.sources.report.ReportColumn;
import org.choral.sources.report.ReportRow;

/**
 * What the user filters on: a client (as {@link ReportRow#client()} names it), an anomaly code,
 * and a text looked for, case ignored, in every text cell and the client's name.
 *
 * @param client the client, or {@code null} for all
 * @param code the anomaly code, or {@code null} for all (a compliant row matches when one of its
 *            warnings has it)
 * @param text the text, or {@code null}/blank for any
 */
public record RowFilter(String client, String code, String text) {

    public static final RowFilter NONE = new RowFilter(null, null, null);

    public boolean matches(ReportRow row) {
        if (client != null && !client.equals(row.client())) {
            return false;
        }
        if (code != null && !hasCode(row)) {
            return false;
        }
        return text == null || text.isBlank() || containsText(row, text.strip().toLowerCase(Locale.ROOT));
    }

    private boolean hasCode(ReportRow row) {
        if (row.anomaly() != null) {
            return code.equals(row.anomaly().code());
        }
        return row.result().anomalies().stream().anyMatch(a -> code.equals(a.code()));
    }

    private static boolean containsText(ReportRow row, String wanted) {
        if (row.client().toLowerCase(Locale.ROOT).contains(wanted)) {
            return true;
        }
        for (ReportColumn c : ReportColumn.values()) {
            if (!c.isFlag() && c.text(row, null).toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }
}
