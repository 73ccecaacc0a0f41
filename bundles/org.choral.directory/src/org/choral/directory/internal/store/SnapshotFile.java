// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.choral.core.api.directory.DirectoryStatus;
import org.choral.directory.internal.index.DirectoryIndex;

/**
 * A compact binary copy of one committed import's index, beside the H2 store, so that a new
 * process (a {@code choral directory show}, the workbench starting) loads the index in a fraction
 * of what reading the tables takes.
 * <p>
 * It is only ever a cache of the database, never the truth: its header names the import it copies
 * (id, file, date, counts) and is compared with the latest {@code import_run}; a CRC-32 closes the
 * file. Missing, stale, truncated or damaged, it is ignored and the index is read from the
 * database (which then rewrites it). It is written to a temporary file and moved into place
 * atomically, after the import committed, so a reader never sees half a file.
 */
final class SnapshotFile {

    static final String NAME = "index.snapshot"; //$NON-NLS-1$
    private static final String TEMP_PREFIX = "index-"; //$NON-NLS-1$
    private static final String TEMP_SUFFIX = ".tmp"; //$NON-NLS-1$
    private static final long MAGIC = 0x43484f52414c4958L; // "CHORALIX"
    private static final int VERSION = 2;
    /** Temporary files older than this are leftovers of a process that died while writing. */
    private static final long STALE_TEMP_MILLIS = 3_600_000L;

    private SnapshotFile() {
    }

    static Path file(Path folder) {
        return folder.resolve(NAME);
    }

    /**
     * Writes {@code snapshot} to a temporary file in {@code folder}; {@link #publish} moves it into
     * place once the import it copies is committed.
     */
    static Path prepare(Path folder, Snapshot snapshot) throws IOException {
        Path temp = Files.createTempFile(folder, TEMP_PREFIX, TEMP_SUFFIX);
        boolean done = false;
        try (OutputStream out = Files.newOutputStream(temp)) {
            SnapshotOutput o = new SnapshotOutput(out);
            DirectoryIndex index = snapshot.index();
            DirectoryStatus status = snapshot.status();
            o.writeLong(MAGIC);
            o.writeVarInt(VERSION);
            o.writeVarInt(snapshot.importId());
            o.writeString(status.fileName());
            o.writeLong(status.importedAt().getEpochSecond());
            o.writeVarInt(status.importedAt().getNano());
            o.writeVarInt(status.structures());
            o.writeVarInt(status.services());
            writeParts(o, index.parts());
            o.finish();
            done = true;
            return temp;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Moves a prepared file into place, replacing the previous snapshot in one step. */
    static void publish(Path temp, Path folder) throws IOException {
        try {
            Files.move(temp, file(folder), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // same folder: only an exotic file system gets here; a reader then may see a partial
            // file, which its CRC refuses
            Files.move(temp, file(folder), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Writes and publishes in one go, for a snapshot read from the database. */
    static void write(Path folder, Snapshot snapshot) throws IOException {
        Path temp = prepare(folder, snapshot);
        try {
            publish(temp, folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Deletes temporary files that a process which died while writing left behind. */
    static void deleteLeftovers(Path folder) {
        long limit = System.currentTimeMillis() - STALE_TEMP_MILLIS;
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, TEMP_PREFIX + "*" + TEMP_SUFFIX)) { //$NON-NLS-1$
            for (Path p : temps) {
                if (Files.getLastModifiedTime(p).compareTo(FileTime.fromMillis(limit)) < 0) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // leftovers only cost disk space; the next import tries again
        }
    }

    /**
     * The snapshot of {@code run} from {@code folder}, or {@code null} when the file is missing,
     * copies another import, or is damaged: the caller then reads the database.
     */
    static Snapshot read(Path folder, ImportRun run) {
        try (InputStream in = Files.newInputStream(file(folder))) {
            return read(new SnapshotInput(in, Files.size(file(folder))), run);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            // damaged (truncated, bad CRC, nonsense lengths): the database has the truth
            return null;
        }
    }

    private static Snapshot read(SnapshotInput in, ImportRun run) throws IOException {
        if (in.readLong() != MAGIC || in.readVarInt() != VERSION) {
            return null;
        }
        int id = in.readVarInt();
        String fileName = in.readString();
        Instant importedAt = Instant.ofEpochSecond(in.readLong(), in.readVarInt());
        DirectoryStatus status = new DirectoryStatus(fileName, importedAt, in.readVarInt(), in.readVarInt());
        if (id != run.id() || !status.equals(run.status())) {
            return null;
        }
        DirectoryIndex index = DirectoryIndex.of(readParts(in, status));
        in.verifyEnd();
        if (index.size() != status.structures() || index.serviceCount() != status.services()) {
            throw new IOException("counts"); //$NON-NLS-1$
        }
        return new Snapshot(id, status, index);
    }

    /** The index's arrays as they are: written and read back in a fraction of what its records would take. */
    private static void writeParts(SnapshotOutput o, DirectoryIndex.Parts p) throws IOException {
        int n = p.sirets().length;
        o.writeVarInt(n);
        for (int r = 0; r < n; r++) {
            o.writeLong(p.sirets()[r]);
            o.writeInt(p.structureAt()[r]);
            o.writeInt(p.serviceFrom()[r + 1]);
        }
        o.writeVarInt(p.dataLength());
        o.writeBytes(p.data(), p.dataLength());
        o.writeVarInt(p.shared().length);
        for (String shared : p.shared()) {
            o.writeString(shared);
        }
        o.writeVarInt(p.serviceAt().length);
        for (int at : p.serviceAt()) {
            o.writeInt(at);
        }
        o.writeVarInt(p.serviceDataLength());
        o.writeBytes(p.serviceData(), p.serviceDataLength());
    }

    private static DirectoryIndex.Parts readParts(SnapshotInput in, DirectoryStatus status) throws IOException {
        int n = in.readVarInt();
        if (n != status.structures()) {
            throw new IOException("structure count " + n); //$NON-NLS-1$
        }
        in.checkAvailable(n, 16);
        long[] sirets = new long[n];
        int[] structureAt = new int[n];
        int[] serviceFrom = new int[n + 1];
        for (int r = 0; r < n; r++) {
            sirets[r] = in.readLong();
            structureAt[r] = in.readInt();
            serviceFrom[r + 1] = in.readInt();
        }
        byte[] data = in.readBytes(in.readVarInt());
        int sharedCount = in.readVarInt();
        in.checkAvailable(sharedCount, 1);
        String[] shared = new String[sharedCount];
        for (int i = 0; i < sharedCount; i++) {
            shared[i] = in.readString();
        }
        int services = in.readVarInt();
        if (services != status.services()) {
            throw new IOException("service count " + services); //$NON-NLS-1$
        }
        in.checkAvailable(services, 4);
        int[] serviceAt = new int[services];
        for (int k = 0; k < services; k++) {
            serviceAt[k] = in.readInt();
        }
        byte[] serviceData = in.readBytes(in.readVarInt());
        return new DirectoryIndex.Parts(sirets, structureAt, data, data.length, shared, serviceFrom, serviceAt,
                serviceData, serviceData.length);
    }

}
