// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.choral.core.api.directory.DirectoryImportException;
import org.choral.directory.internal.read.BatchPipe;
import org.choral.directory.internal.read.DirectorySink;
import org.choral.directory.internal.read.ServiceRow;
import org.choral.directory.internal.read.StructureRow;

/**
 * Inserts the rows read into one table set, on a thread of its own, so that the database work
 * overlaps the reading of the file.
 */
final class StoreWriter implements DirectorySink {

    private static final int BATCH = 500;

    private final Connection connection;
    private final PreparedStatement structures;
    private final PreparedStatement services;
    private final BatchPipe<Object> pipe;

    StoreWriter(Connection connection, String set, DirectoryStore store) throws SQLException {
        this.connection = connection;
        this.structures = connection.prepareStatement("INSERT INTO structure_" + set //$NON-NLS-1$
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"); //$NON-NLS-1$
        this.services = connection.prepareStatement("INSERT INTO service_" + set //$NON-NLS-1$
                + " VALUES (?, ?, ?, ?, ?)"); //$NON-NLS-1$
        this.pipe = new BatchPipe<>("choral-directory-writer", BATCH, this::write, //$NON-NLS-1$
                e -> store.failure(e instanceof SQLException s ? s : new SQLException(e)));
    }

    @Override
    public void structure(StructureRow row) throws DirectoryImportException {
        pipe.add(row);
    }

    @Override
    public void service(ServiceRow row) throws DirectoryImportException {
        pipe.add(row);
    }

    /** Writes what is left and waits for the writer. */
    void finish() throws DirectoryImportException {
        try {
            pipe.finish();
        } finally {
            close();
        }
    }

    /** Stops the writer after a failure of the reading side; the caller rolls back. */
    void abort() {
        pipe.abort();
        close();
    }

    private void close() {
        try {
            structures.close();
            services.close();
        } catch (SQLException e) {
            // closing the connection closes them as well
        }
    }

    private void write(List<Object> rows) throws SQLException {
        boolean anyStructure = false;
        boolean anyService = false;
        for (Object row : rows) {
            if (row instanceof StructureRow s) {
                structures.setLong(1, Long.parseLong(s.siret()));
                structures.setString(2, s.name());
                structures.setBoolean(3, s.active());
                structures.setBoolean(4, s.engagementRequired());
                structures.setBoolean(5, s.serviceRequired());
                structures.setBoolean(6, s.serviceOrEngagementRequired());
                structures.setBoolean(7, s.paymentStatusManaged());
                structures.setString(8, s.address());
                structures.setString(9, s.postalCode());
                structures.setString(10, s.town());
                structures.setString(11, s.countryCode());
                structures.addBatch();
                anyStructure = true;
            } else if (row instanceof ServiceRow v) {
                services.setLong(1, Long.parseLong(v.siret()));
                services.setString(2, v.code());
                services.setString(3, v.name());
                services.setBoolean(4, v.active());
                services.setBoolean(5, v.engagementRequired());
                services.addBatch();
                anyService = true;
            }
        }
        if (anyStructure) {
            structures.executeBatch();
        }
        if (anyService) {
            services.executeBatch();
        }
        // the staged set is never read before the swap: committing it batch by batch spares H2
        // one huge undo log (whose commit alone costs seconds)
        connection.commit();
    }
}
