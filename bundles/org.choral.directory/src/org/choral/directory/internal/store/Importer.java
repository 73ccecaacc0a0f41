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
import org.choral.directory.internal.read.DirectoryFiles;
import org.choral.directory.internal.read.ImportTally;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * One import, start to finish: takes the import lock (one import at a time per data folder, across
 * processes), empties the unused table set, streams the files into it (stage), compares it with
 * the current set, and makes it current in one transaction (swap). On any failure or cancellation
 * the swap never happens and the previous directory stays current.
 */
public final class Importer {

    private final DirectoryStore store;

    public Importer(DirectoryStore store) {
        this.store = store;
    }

    public ImportReport run(List<Path> files, IProgressMonitor monitor) throws DirectoryImportException {
        long start = System.nanoTime();
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Progress_import, 100);
        Path temp = null;
        try (Connection lock = store.connect(); Connection c = store.connect()) {
            lock.setAutoCommit(false);
            try (Statement s = lock.createStatement()) {
                s.executeQuery("SELECT id FROM import_lock WHERE id = 1 FOR UPDATE").close(); //$NON-NLS-1$
            }
            ImportRun previous = DirectoryStore.latest(c);
            String set = previous == null ? "A" : ImportRun.other(previous.tableSet()); //$NON-NLS-1$
            try (Statement s = c.createStatement()) {
                s.execute("TRUNCATE TABLE structure_" + set); //$NON-NLS-1$
                s.execute("TRUNCATE TABLE service_" + set); //$NON-NLS-1$
            }
            c.setAutoCommit(false);
            try {
                temp = Files.createTempDirectory("choral-directory-"); //$NON-NLS-1$
                ImportTally tally = new ImportTally();
                String names = fill(c, set, files, temp, tally, progress.split(85));
                progress.subTask(Messages.Progress_compare);
                ChangeSummary changes = previous == null ? ChangeSummary.first()
                        : Changes.between(c, previous.tableSet(), set);
                progress.worked(10);
                // H2 keeps microseconds: the report must say what a later status() reads
                Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
                record(c, previous == null ? 1 : previous.id() + 1, set, names, now, tally, changes);
                c.commit();
                lock.commit();
                progress.worked(5);
                DirectoryStatus status = new DirectoryStatus(names, now, tally.structures(), tally.services());
                return new ImportReport(status, tally.skipped(), changes,
                        Duration.ofNanos(System.nanoTime() - start));
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
        }
    }

    private String fill(Connection c, String set, List<Path> files, Path temp, ImportTally tally,
            IProgressMonitor monitor) throws DirectoryImportException {
        StoreWriter writer = new StoreWriter(c, set, store);
        boolean finished = false;
        try {
            String names = new DirectoryFiles(temp).read(files, writer, tally, monitor);
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
