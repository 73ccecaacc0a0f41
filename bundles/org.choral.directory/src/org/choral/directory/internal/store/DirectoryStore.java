// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.choral.core.api.directory.DirectoryImportException;
import org.choral.directory.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The H2 database of one data folder, in {@code <dataFolder>/directory/}.
 * <p>
 * It holds two sets of tables, {@code A} and {@code B}: an import stages the rows into the set not
 * in use, then swaps in one transaction: the row added to {@code import_run} that makes its set
 * current. Readers only ever read the set named by the latest {@code import_run}. So a failed or
 * cancelled import leaves the previous directory untouched and in use (its staged rows are never
 * read, and the next import truncates them), and nothing has to delete the previous rows one by
 * one.
 * <p>
 * {@code AUTO_SERVER} lets the workbench and a command-line run open the same folder at once: the
 * first process serves the database to the others.
 */
public final class DirectoryStore {

    static final String DB_NAME = "directory"; //$NON-NLS-1$
    /** H2's error code for "Database may be already in use". */
    private static final int DATABASE_ALREADY_OPEN = 90020;
    /** H2's error codes for a lock wait that timed out. */
    private static final int LOCK_TIMEOUT = 50200;
    private static final int CONCURRENT_UPDATE = 90131;

    private final Path folder;
    private final String url;
    private volatile boolean schemaReady;

    public DirectoryStore(Path dataFolder) {
        this.folder = dataFolder.toAbsolutePath().resolve("directory"); //$NON-NLS-1$
        this.url = "jdbc:h2:file:" + folder.resolve(DB_NAME) //$NON-NLS-1$
                + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=3000;CACHE_SIZE=65536"; //$NON-NLS-1$
    }

    /** The folder holding the database files. */
    public Path folder() {
        return folder;
    }

    /** The database file, to tell whether anything was ever imported without creating it. */
    public Path databaseFile() {
        return folder.resolve(DB_NAME + ".mv.db"); //$NON-NLS-1$
    }

    public boolean exists() {
        return Files.isRegularFile(databaseFile());
    }

    /** A new connection, the schema created if needed. */
    public Connection connect() throws SQLException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new SQLException(e.getMessage(), e);
        }
        // The driver class directly, not DriverManager: under OSGi the latter does not see H2.
        Connection c = new org.h2.Driver().connect(url, new Properties());
        if (!schemaReady) {
            createSchema(c);
            schemaReady = true;
        }
        return c;
    }

    private static void createSchema(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String set : new String[] { "A", "B" }) { //$NON-NLS-1$ //$NON-NLS-2$
                createSet(s, set);
            }
            s.execute("CREATE TABLE IF NOT EXISTS import_run (id INT PRIMARY KEY, table_set CHAR(1) NOT NULL," //$NON-NLS-1$
                    + " file_name VARCHAR NOT NULL, imported_at TIMESTAMP WITH TIME ZONE NOT NULL," //$NON-NLS-1$
                    + " structures INT NOT NULL, services INT NOT NULL, skipped INT NOT NULL," //$NON-NLS-1$
                    + " first_import BOOLEAN NOT NULL, structures_added INT NOT NULL, structures_removed INT NOT NULL," //$NON-NLS-1$
                    + " structures_deactivated INT NOT NULL, structures_reactivated INT NOT NULL," //$NON-NLS-1$
                    + " structure_flags_changed INT NOT NULL, services_added INT NOT NULL," //$NON-NLS-1$
                    + " services_removed INT NOT NULL, service_flags_changed INT NOT NULL)"); //$NON-NLS-1$
            s.execute("CREATE TABLE IF NOT EXISTS import_lock (id INT PRIMARY KEY)"); //$NON-NLS-1$
            s.execute("MERGE INTO import_lock KEY (id) VALUES (1)"); //$NON-NLS-1$
        }
    }

    /**
     * The tables of one set have no key: rows are appended in file order, which costs H2 a fraction
     * of inserting 300,000 random SIRETs into a B-tree (the import's main cost before). Nothing
     * queries them by key: they are only ever read whole into the in-memory index, and the import
     * has already refused duplicate SIRETs and services.
     */
    private static void createSet(Statement s, String set) throws SQLException {
        s.execute("CREATE TABLE IF NOT EXISTS structure_" + set + " (siret BIGINT NOT NULL," //$NON-NLS-1$ //$NON-NLS-2$
                + " name VARCHAR NOT NULL, active BOOLEAN NOT NULL, ge BOOLEAN NOT NULL," //$NON-NLS-1$
                + " gs BOOLEAN NOT NULL, gse BOOLEAN NOT NULL, payment BOOLEAN NOT NULL," //$NON-NLS-1$
                + " address VARCHAR NOT NULL, postal_code VARCHAR NOT NULL, town VARCHAR NOT NULL," //$NON-NLS-1$
                + " country VARCHAR NOT NULL)"); //$NON-NLS-1$
        s.execute("CREATE TABLE IF NOT EXISTS service_" + set + " (siret BIGINT NOT NULL," //$NON-NLS-1$ //$NON-NLS-2$
                + " code VARCHAR NOT NULL, name VARCHAR NOT NULL, active BOOLEAN NOT NULL, ge BOOLEAN NOT NULL)"); //$NON-NLS-1$
    }

    /**
     * Empties the set an import is about to fill. A set made by an earlier version, with primary
     * keys, is made again without them (the set being filled is never the current one).
     */
    static void emptySet(Connection c, String set) throws SQLException {
        try (Statement s = c.createStatement()) {
            boolean keyed;
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.table_constraints" //$NON-NLS-1$
                    + " WHERE constraint_type = 'PRIMARY KEY' AND table_schema = SCHEMA()" //$NON-NLS-1$
                    + " AND table_name IN ('STRUCTURE_" + set + "', 'SERVICE_" + set + "')")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                rs.next();
                keyed = rs.getInt(1) > 0;
            }
            if (keyed) {
                s.execute("DROP TABLE structure_" + set); //$NON-NLS-1$
                s.execute("DROP TABLE service_" + set); //$NON-NLS-1$
                createSet(s, set);
            } else {
                s.execute("TRUNCATE TABLE structure_" + set); //$NON-NLS-1$
                s.execute("TRUNCATE TABLE service_" + set); //$NON-NLS-1$
            }
        }
    }

    /** The latest import, or {@code null} when there is none. */
    static ImportRun latest(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id, table_set, file_name, imported_at, structures, services FROM import_run" //$NON-NLS-1$
                        + " ORDER BY id DESC LIMIT 1")) { //$NON-NLS-1$
            if (!rs.next()) {
                return null;
            }
            return new ImportRun(rs.getInt(1), rs.getString(2),
                    rs.getString(3), rs.getObject(4, java.time.OffsetDateTime.class).toInstant(), rs.getInt(5),
                    rs.getInt(6));
        }
    }

    /** The error shown when the database cannot be used, named for what the user can do about it. */
    public DirectoryImportException failure(SQLException e) {
        int code = e.getErrorCode();
        if (code == DATABASE_ALREADY_OPEN) {
            return new DirectoryImportException(null, NLS.bind(Messages.Store_inUse, folder), e);
        }
        if (code == LOCK_TIMEOUT || code == CONCURRENT_UPDATE) {
            return new DirectoryImportException(null, NLS.bind(Messages.Store_importRunning, folder), e);
        }
        return new DirectoryImportException(null, NLS.bind(Messages.Store_failed, folder, e.getMessage()), e);
    }
}
