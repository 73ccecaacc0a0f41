// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether a lock file is held, by probing it: the data folder's workbench lock, the emulator's
 * {@code running.lock}.
 *
 * @since 0.1
 */
public final class LockFiles {

    private LockFiles() {
    }

    /**
     * Whether {@code file} is locked now, by another process or by a channel of this one; a missing
     * file is not locked. The probe takes the lock for an instant and lets it go at once.
     */
    public static boolean isLocked(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }
}
