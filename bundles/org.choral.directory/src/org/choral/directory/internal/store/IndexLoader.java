// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.choral.directory.internal.index.DirectoryIndex;
import org.choral.directory.internal.index.DirectoryIndexBuilder;

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
            DirectoryIndexBuilder builder = new DirectoryIndexBuilder(run.structures());
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT siret, active, ge, gs, gse, payment, name, address, postal_code, town, country" //$NON-NLS-1$
                            + " FROM structure_" + run.tableSet())) { //$NON-NLS-1$
                rs.setFetchSize(4096);
                while (rs.next()) {
                    builder.structure(rs.getLong(1), DirectoryIndex.structureFlags(rs.getBoolean(2), rs.getBoolean(3),
                            rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6)), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11));
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT siret, active, ge, code, name FROM service_" + run.tableSet())) { //$NON-NLS-1$
                rs.setFetchSize(4096);
                while (rs.next()) {
                    if (!builder.service(rs.getLong(1), DirectoryIndex.serviceFlags(rs.getBoolean(2), rs.getBoolean(3)),
                            rs.getString(4), rs.getString(5))) {
                        throw new SQLException("service of an unknown structure: " + rs.getLong(1)); //$NON-NLS-1$
                    }
                }
            }
            return new Snapshot(run.id(), run.status(), builder.build());
        } catch (IllegalArgumentException e) {
            // a SIRET twice: tables no import of this program wrote
            throw new SQLException(e.getMessage(), e);
        } finally {
            c.commit();
            c.setTransactionIsolation(isolation);
            c.setAutoCommit(autoCommit);
        }
    }
}
