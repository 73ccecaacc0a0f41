// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.choral.core.api.directory.ChangeSummary;

/**
 * Compares the table set just filled with the previous one. Each side is keyed (SIRET, or SIRET and
 * code), so one outer join per table gives the added and changed rows, and the removed ones follow
 * from the counts: removed = previous - (current - added).
 */
final class Changes {

    private Changes() {
    }

    static ChangeSummary between(Connection c, String previousSet, String newSet) throws SQLException {
        String prev = previousSet;
        String next = newSet;
        try (Statement s = c.createStatement()) {
            int[] st = ints(s, "SELECT COUNT(*), SUM(CASE WHEN o.siret IS NULL THEN 1 ELSE 0 END)," //$NON-NLS-1$
                    + " SUM(CASE WHEN o.active AND NOT n.active THEN 1 ELSE 0 END)," //$NON-NLS-1$
                    + " SUM(CASE WHEN NOT o.active AND n.active THEN 1 ELSE 0 END)," //$NON-NLS-1$
                    + " SUM(CASE WHEN o.ge <> n.ge OR o.gs <> n.gs OR o.gse <> n.gse THEN 1 ELSE 0 END)" //$NON-NLS-1$
                    + " FROM structure_" + next + " n LEFT JOIN structure_" + prev + " o ON o.siret = n.siret", 5); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            int previousStructures = ints(s, "SELECT COUNT(*) FROM structure_" + prev, 1)[0]; //$NON-NLS-1$
            int[] sv = ints(s, "SELECT COUNT(*), SUM(CASE WHEN o.siret IS NULL THEN 1 ELSE 0 END)," //$NON-NLS-1$
                    + " SUM(CASE WHEN o.active <> n.active OR o.ge <> n.ge THEN 1 ELSE 0 END)" //$NON-NLS-1$
                    + " FROM service_" + next + " n LEFT JOIN service_" + prev //$NON-NLS-1$ //$NON-NLS-2$
                    + " o ON o.siret = n.siret AND o.code = n.code", 3); //$NON-NLS-1$
            int previousServices = ints(s, "SELECT COUNT(*) FROM service_" + prev, 1)[0]; //$NON-NLS-1$
            return new ChangeSummary(false, st[1], previousStructures - (st[0] - st[1]), st[2], st[3], st[4], sv[1],
                    previousServices - (sv[0] - sv[1]), sv[2]);
        }
    }

    private static int[] ints(Statement s, String sql, int n) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            int[] values = new int[n];
            for (int i = 0; i < n; i++) {
                values[i] = rs.getInt(i + 1);
            }
            return values;
        }
    }
}
