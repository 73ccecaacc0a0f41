// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;
import org.choral.directory.internal.index.DirectoryIndex;

/**
 * Loads the index of the current import: from its {@link SnapshotFile} when that copies it, else
 * from the current table set (in one consistent snapshot), rewriting the snapshot file for next
 * time.
 */
final class IndexLoader {

    private IndexLoader() {
    }

    /** The index of {@code latest}, the import {@code c} last saw committed. */
    static Snapshot load(DirectoryStore store, Connection c, ImportRun latest) throws SQLException {
        Snapshot fromFile = SnapshotFile.read(store.folder(), latest);
        if (fromFile != null) {
            return fromFile;
        }
        Snapshot loaded = load(c);
        if (loaded != null) {
            try {
                SnapshotFile.write(store.folder(), loaded);
            } catch (IOException e) {
                // only a cache: the next process reads the database again
            }
        }
        return loaded;
    }

    /** The current import and its index, or {@code null} when nothing was imported. */
    static Snapshot load(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        c.setAutoCommit(false);
        // one snapshot for the three queries, even if another process commits an import meanwhile
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            ImportRun run = DirectoryStore.latest(c);
            if (run == null) {
                return null;
            }
            Map<Long, List<Service>> services = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT siret, code, name, active, ge FROM service_" + run.tableSet())) { //$NON-NLS-1$
                rs.setFetchSize(4096);
                while (rs.next()) {
                    long siret = rs.getLong(1);
                    services.computeIfAbsent(Long.valueOf(siret), k -> new ArrayList<>(4)).add(new Service(
                            format(siret), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getBoolean(5)));
                }
            }
            Map<String, Structure> bySiret = new HashMap<>(Math.max(16, run.structures() * 4 / 3 + 1));
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT siret, name, active, ge, gs, gse, payment, address, postal_code, town, country" //$NON-NLS-1$
                            + " FROM structure_" + run.tableSet())) { //$NON-NLS-1$
                rs.setFetchSize(4096);
                while (rs.next()) {
                    long siret = rs.getLong(1);
                    List<Service> own = services.get(Long.valueOf(siret));
                    if (own == null) {
                        own = List.of();
                    } else {
                        own.sort((a, b) -> a.code().compareTo(b.code()));
                    }
                    String key = own.isEmpty() ? format(siret) : own.get(0).siret();
                    bySiret.put(key, new Structure(key, rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
                            rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11), own));
                }
            }
            return new Snapshot(run.id(), run.status(), new DirectoryIndex(bySiret));
        } finally {
            c.commit();
            c.setTransactionIsolation(isolation);
            c.setAutoCommit(autoCommit);
        }
    }

    private static String format(long siret) {
        return SnapshotFile.siret(siret);
    }
}
