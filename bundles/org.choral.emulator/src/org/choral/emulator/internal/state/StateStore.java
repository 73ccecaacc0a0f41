// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.state;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.choral.emulator.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads and writes {@code state.json}. A write goes to a temporary file, is forced to disk, then
 * replaces the old file in one atomic move, so a crash leaves either the old or the new state,
 * never half of one.
 */
public final class StateStore {

    static final String FILE = "state.json"; //$NON-NLS-1$

    private final Path folder;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public StateStore(Path folder) {
        this.folder = folder;
    }

    public Path file() {
        return folder.resolve(FILE);
    }

    /** The saved state, or {@code null} when none was ever saved. */
    public Snapshot load() throws IOException {
        Path file = file();
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return json.readValue(file.toFile(), Snapshot.class);
        } catch (IOException e) {
            throw new IOException(NLS.bind(Messages.State_unreadable, file, e.getMessage()), e);
        }
    }

    public void save(Snapshot snapshot) throws IOException {
        Files.createDirectories(folder);
        Path tmp = folder.resolve(FILE + ".tmp"); //$NON-NLS-1$
        Files.write(tmp, json.writeValueAsBytes(snapshot));
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        try {
            Files.move(tmp, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
