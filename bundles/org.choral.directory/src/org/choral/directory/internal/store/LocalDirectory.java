// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.choral.core.api.Siret;
import org.choral.core.api.directory.DirectoryImportException;
import org.choral.core.api.directory.DirectoryService;
import org.choral.core.api.directory.DirectoryStatus;
import org.choral.core.api.directory.ImportReport;
import org.choral.core.api.directory.Structure;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The directory of one data folder: look-ups and searches from an in-memory index of the current
 * import, loaded on first use and reloaded when an import (of this process or another) commits a
 * newer one. That check costs one small query at most every {@link #CHECK_INTERVAL_NANOS}, so
 * look-ups stay in memory.
 */
public final class LocalDirectory implements DirectoryService, AutoCloseable {

    /** How stale the in-memory index may be before the database is asked for a newer import. */
    static final long CHECK_INTERVAL_NANOS = 2_000_000_000L;

    private final Path dataFolder;
    private final DirectoryStore store;
    private final Object lock = new Object();
    private final Object importLock = new Object();
    private volatile Snapshot snapshot;
    private volatile long checkedAt;
    private Connection reader;

    public LocalDirectory(Path dataFolder) {
        this.dataFolder = dataFolder;
        this.store = new DirectoryStore(dataFolder);
    }

    public Path dataFolder() {
        return dataFolder;
    }

    @Override
    public Optional<Structure> lookup(String siret) {
        String normalized = Siret.normalize(siret);
        if (normalized == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(current().index().get(normalized));
    }

    @Override
    public List<Structure> search(String text, int limit) {
        return current().index().search(text == null ? "" : text, limit); //$NON-NLS-1$
    }

    @Override
    public java.util.Collection<Structure> structures() {
        return current().index().structures();
    }

    @Override
    public Optional<DirectoryStatus> status() {
        synchronized (lock) {
            if (!store.exists()) {
                return Optional.empty();
            }
            try {
                ImportRun run = DirectoryStore.latest(reader());
                return run == null ? Optional.empty() : Optional.of(run.status());
            } catch (SQLException e) {
                closeReader();
                throw unavailable(e);
            }
        }
    }

    @Override
    public ImportReport importFiles(List<Path> files, IProgressMonitor monitor) throws DirectoryImportException {
        synchronized (importLock) {
            Importer.Imported done = new Importer(store).run(files, monitor, snapshot);
            synchronized (lock) {
                // the index was built by the import itself: the first look-up after it is instant
                snapshot = done.snapshot();
                checkedAt = System.nanoTime();
            }
            return done.report();
        }
    }

    /**
     * Checks that the store, when there is one, can be read.
     *
     * @throws IOException naming the folder and what is wrong (in use, damaged)
     */
    public void verify() throws IOException {
        try {
            status();
        } catch (IllegalStateException e) {
            throw new IOException(e.getMessage(), e.getCause());
        }
    }

    /** The index of the latest import, reloaded when a newer import was committed. */
    private Snapshot current() {
        Snapshot s = snapshot;
        if (s != null && System.nanoTime() - checkedAt < CHECK_INTERVAL_NANOS) {
            return s;
        }
        synchronized (lock) {
            s = snapshot;
            if (s != null && System.nanoTime() - checkedAt < CHECK_INTERVAL_NANOS) {
                return s;
            }
            try {
                if (!store.exists()) {
                    s = Snapshot.NONE;
                } else {
                    Connection c = reader();
                    ImportRun latest = DirectoryStore.latest(c);
                    if (latest == null) {
                        s = Snapshot.NONE;
                    } else if (s == null || s.importId() != latest.id()) {
                        Snapshot loaded = IndexLoader.load(store, c, latest);
                        s = loaded == null ? Snapshot.NONE : loaded;
                    }
                }
                snapshot = s;
                checkedAt = System.nanoTime();
                return s;
            } catch (SQLException e) {
                closeReader();
                if (s != null) {
                    // keep answering from what is in memory; the next check retries
                    checkedAt = System.nanoTime();
                    return s;
                }
                throw unavailable(e);
            }
        }
    }

    private IllegalStateException unavailable(SQLException e) {
        return new IllegalStateException(store.failure(e).getMessage(), e);
    }

    private Connection reader() throws SQLException {
        if (reader == null || reader.isClosed()) {
            reader = store.connect();
        }
        return reader;
    }

    private void closeReader() {
        if (reader != null) {
            try {
                reader.close();
            } catch (SQLException e) {
                // a broken connection is dropped either way
            }
            reader = null;
        }
    }

    /** Releases the database (the index stays usable until the next check). */
    @Override
    public void close() {
        synchronized (lock) {
            closeReader();
        }
    }
}
