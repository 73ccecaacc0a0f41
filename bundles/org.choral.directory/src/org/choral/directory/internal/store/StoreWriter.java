// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.choral.core.api.directory.DirectoryImportException;
import org.choral.directory.internal.read.DirectorySink;
import org.choral.directory.internal.read.ServiceRow;
import org.choral.directory.internal.read.StructureRow;

/**
 * Inserts the rows read into one table set, on a thread of its own: parsing the XML and writing
 * the database each take about half of an import, so on two cores they overlap. Rows travel in
 * batches through a short queue, which bounds the memory held between the two.
 */
final class StoreWriter implements DirectorySink {

    private static final int BATCH = 2000;
    private static final List<Object> END = List.of();

    private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(8);
    private final Thread thread;
    private final Connection connection;
    private final String set;
    private final DirectoryStore store;
    private List<Object> batch = new ArrayList<>(BATCH);
    private volatile SQLException failure;

    StoreWriter(Connection connection, String set, DirectoryStore store) {
        this.connection = connection;
        this.set = set;
        this.store = store;
        this.thread = new Thread(this::drain, "choral-directory-writer"); //$NON-NLS-1$
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void structure(StructureRow row) throws DirectoryImportException {
        add(row);
    }

    @Override
    public void service(ServiceRow row) throws DirectoryImportException {
        add(row);
    }

    private void add(Object row) throws DirectoryImportException {
        batch.add(row);
        if (batch.size() == BATCH) {
            hand(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    private void hand(List<Object> rows) throws DirectoryImportException {
        try {
            while (!queue.offer(rows, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (failure != null) {
                    throw store.failure(failure);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new org.eclipse.core.runtime.OperationCanceledException();
        }
    }

    /** Writes what is left and waits for the writer. */
    void finish() throws DirectoryImportException {
        hand(batch);
        hand(END);
        join();
        if (failure != null) {
            throw store.failure(failure);
        }
    }

    /** Stops the writer after a failure of the reading side; the caller rolls back. */
    void abort() {
        thread.interrupt();
        join();
    }

    private void join() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain() {
        try (PreparedStatement structures = connection.prepareStatement("INSERT INTO structure_" + set //$NON-NLS-1$
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"); //$NON-NLS-1$
                PreparedStatement services = connection.prepareStatement("INSERT INTO service_" + set //$NON-NLS-1$
                        + " VALUES (?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            while (true) {
                List<Object> rows = queue.take();
                if (rows == END) {
                    return;
                }
                write(rows, structures, services);
                // the staged set is never read before the swap: committing it batch by batch
                // spares H2 one huge transaction (whose commit alone costs seconds)
                connection.commit();
            }
        } catch (SQLException e) {
            failure = e;
        } catch (InterruptedException e) {
            // aborted: the caller rolls back
        }
    }

    private static void write(List<Object> rows, PreparedStatement structures, PreparedStatement services)
            throws SQLException {
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
    }
}
