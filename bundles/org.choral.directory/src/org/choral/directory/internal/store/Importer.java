// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.choral.core.api.directory.ChangeSummary;
import org.choral.core.api.directory.DirectoryImportException;
import org.choral.core.api.directory.DirectoryStatus;
import org.choral.core.api.directory.ImportReport;
import org.choral.directory.internal.i18n.Messages;
import org.choral.directory.internal.index.DirectoryIndex;
import org.choral.directory.internal.read.DirectoryFiles;
import org.choral.directory.internal.read.ImportTally;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * One import, start to finish: takes the import lock (one import at a time per data folder, across
 * processes), empties the unused table set, streams the files into it (stage) while building the
 * new in-memory index and comparing it with the previous one, and makes the set current in one
 * transaction (swap). Three threads share the work: the caller parses the file, a second checks
 * the rows and builds the index ({@code RowPipe}), a third writes the database
 * ({@link StoreWriter}). On any failure or cancellation the swap never happens and the previous
 * directory stays current. The index's snapshot file is written before the swap and moved into
 * place after it, so it never names an import that was not committed.
 */
public final class Importer {

    private final DirectoryStore store;

    public Importer(DirectoryStore store) {
        this.store = store;
    }

    /** What a committed import gives: its report, and its index ready for look-ups. */
    record Imported(ImportReport report, Snapshot snapshot) {
    }

    /**
     * @param inMemory the index the caller already holds, or {@code null}: used as the previous
     *        directory for the change summary when it is the latest import's
     */
    Imported run(List<Path> files, IProgressMonitor monitor, Snapshot inMemory)
            throws DirectoryImportException {
        long start = System.nanoTime();
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Progress_import, 100);
        Path temp = null;
        Path snapshotFile = null;
        try (Connection lock = store.connect(); Connection c = store.connect()) {
            lock.setAutoCommit(false);
            try (Statement s = lock.createStatement()) {
                s.executeQuery("SELECT id FROM import_lock WHERE id = 1 FOR UPDATE").close(); //$NON-NLS-1$
            }
            ImportRun previous = DirectoryStore.latest(c);
            DirectoryIndex before = previous == null ? null : previousIndex(c, previous, inMemory);
            String set = previous == null ? "A" : ImportRun.other(previous.tableSet()); //$NON-NLS-1$
            DirectoryStore.emptySet(c, set);
            SnapshotFile.deleteLeftovers(store.folder());
            c.setAutoCommit(false);
            try {
                temp = Files.createTempDirectory("choral-directory-"); //$NON-NLS-1$
                ImportTally tally = new ImportTally();
                IndexBuilder builder = new IndexBuilder(before);
                String names = fill(c, set, files, temp, tally, builder, progress.split(85));
                progress.subTask(Messages.Progress_compare);
                DirectoryIndex index = builder.build();
                ChangeSummary changes = builder.changes();
                progress.worked(5);
                // H2 keeps microseconds: the report must say what a later status() reads
                Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
                int id = previous == null ? 1 : previous.id() + 1;
                DirectoryStatus status = new DirectoryStatus(names, now, tally.structures(), tally.services());
                Snapshot snapshot = new Snapshot(id, status, index);
                snapshotFile = prepareSnapshot(snapshot);
                progress.worked(5);
                record(c, id, set, names, now, tally, changes);
                c.commit();
                lock.commit();
                publishSnapshot(snapshotFile);
                progress.worked(5);
                return new Imported(new ImportReport(status, tally.skipped(), changes,
                        Duration.ofNanos(System.nanoTime() - start)), snapshot);
            } catch (SQLException | DirectoryImportException | RuntimeException | Error e) {
                rollback(c);
                throw e;
            }
        } catch (SQLException e) {
            throw store.failure(e);
        } catch (IOException e) {
            throw new DirectoryImportException(null, org.eclipse.osgi.util.NLS.bind(Messages.Store_failed,
                    store.folder(), e.getMessage()), e);
        } finally {
            delete(temp);
            deleteQuietly(snapshotFile);
        }
    }

    /** The previous import's index: the caller's when it is that one, else its snapshot file or tables. */
    private DirectoryIndex previousIndex(Connection c, ImportRun previous, Snapshot inMemory) throws SQLException {
        if (inMemory != null && inMemory.importId() == previous.id() && previous.status().equals(inMemory.status())) {
            return inMemory.index();
        }
        Snapshot loaded = IndexLoader.load(store, c, previous);
        if (loaded == null || loaded.importId() != previous.id()) {
            // cannot happen while the import lock is held: no other import can commit meanwhile
            throw new SQLException("import " + previous.id() + " changed while it was being read"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return loaded.index();
    }

    /** The snapshot file of the import, written before the commit and published after it. */
    private Path prepareSnapshot(Snapshot snapshot) {
        try {
            return SnapshotFile.prepare(store.folder(), snapshot);
        } catch (IOException e) {
            // only a cache: without it the next process reads the index from the database
            return null;
        }
    }

    private void publishSnapshot(Path prepared) {
        if (prepared == null) {
            return;
        }
        try {
            SnapshotFile.publish(prepared, store.folder());
        } catch (IOException e) {
            // the previous snapshot, if any, names the previous import and will be ignored
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary file is deleted by a later import
        }
    }

    private String fill(Connection c, String set, List<Path> files, Path temp, ImportTally tally,
            IndexBuilder builder, IProgressMonitor monitor) throws DirectoryImportException, SQLException {
        StoreWriter writer = new StoreWriter(c, set, store);
        boolean finished = false;
        try {
            String names = new DirectoryFiles(temp).read(files, new Tee(writer, builder), tally, monitor);
            writer.finish();
            finished = true;
            return names;
        } finally {
            if (!finished) {
                writer.abort();
            }
        }
    }

    private static void record(Connection c, int id, String set, String names, Instant now, ImportTally tally,
            ChangeSummary changes) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO import_run VALUES (?, ?, ?, ?, ?, ?, ?, ?," //$NON-NLS-1$
                + " ?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            s.setInt(1, id);
            s.setString(2, set);
            s.setString(3, names);
            s.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            s.setInt(5, tally.structures());
            s.setInt(6, tally.services());
            s.setInt(7, tally.skipped().total());
            s.setBoolean(8, changes.firstImport());
            s.setInt(9, changes.structuresAdded());
            s.setInt(10, changes.structuresRemoved());
            s.setInt(11, changes.structuresDeactivated());
            s.setInt(12, changes.structuresReactivated());
            s.setInt(13, changes.structureFlagsChanged());
            s.setInt(14, changes.servicesAdded());
            s.setInt(15, changes.servicesRemoved());
            s.setInt(16, changes.serviceFlagsChanged());
            s.executeUpdate();
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            // closing the connection rolls back as well
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless; the system cleans it
        }
    }
}
