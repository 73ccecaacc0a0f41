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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.choral.core.api.directory.DirectoryStatus;
import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;
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
    private static final int VERSION = 1;
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
            o.writeVarInt(index.size());
            for (Structure s : index.structures()) {
                o.writeLong(Long.parseLong(s.siret()));
                o.writeString(s.name());
                o.writeByte(bits(s.active(), s.engagementRequired(), s.serviceRequired(),
                        s.serviceOrEngagementRequired(), s.paymentStatusManaged()));
                o.writeString(s.address());
                o.writeString(s.postalCode());
                o.writeString(s.town());
                o.writeString(s.countryCode());
                o.writeVarInt(s.services().size());
                for (Service v : s.services()) {
                    o.writeString(v.code());
                    o.writeString(v.name());
                    o.writeByte(bits(v.active(), v.engagementRequired(), false, false, false));
                }
            }
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
        int count = in.readVarInt();
        if (count < 0 || count > status.structures()) {
            throw new IOException("structure count " + count); //$NON-NLS-1$
        }
        Map<String, Structure> bySiret = new HashMap<>(Math.max(16, count * 4 / 3 + 1));
        Map<String, String> shared = new HashMap<>(1 << 14);
        int services = 0;
        for (int i = 0; i < count; i++) {
            String siret = siret(in.readLong());
            String name = in.readString();
            int flags = in.readByte();
            String address = in.readString();
            String postalCode = share(shared, in.readString());
            String town = share(shared, in.readString());
            String country = share(shared, in.readString());
            int n = in.readVarInt();
            services += n;
            if (n < 0 || services > status.services()) {
                throw new IOException("service count " + n); //$NON-NLS-1$
            }
            List<Service> own = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                String code = in.readString();
                String serviceName = in.readString();
                int f = in.readByte();
                own.add(new Service(siret, code, serviceName, (f & 1) != 0, (f & 2) != 0));
            }
            bySiret.put(siret, new Structure(siret, name, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0,
                    (flags & 8) != 0, (flags & 16) != 0, address, postalCode, town, country, own));
        }
        in.verifyEnd();
        return new Snapshot(id, status, new DirectoryIndex(bySiret));
    }

    private static int bits(boolean a, boolean b, boolean c, boolean d, boolean e) {
        return (a ? 1 : 0) | (b ? 2 : 0) | (c ? 4 : 0) | (d ? 8 : 0) | (e ? 16 : 0);
    }

    /** The 14-digit SIRET of {@code value}, leading zeros restored. */
    static String siret(long value) {
        if (value < 0 || value > 99_999_999_999_999L) {
            throw new IllegalArgumentException("SIRET " + value); //$NON-NLS-1$
        }
        char[] digits = new char[14];
        long v = value;
        for (int i = 13; i >= 0; i--) {
            digits[i] = (char) ('0' + (int) (v % 10));
            v /= 10;
        }
        return new String(digits);
    }

    private static String share(Map<String, String> shared, String s) {
        String known = shared.putIfAbsent(s, s);
        return known == null ? s : known;
    }
}
