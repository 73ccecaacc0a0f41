// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.state;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.choral.core.api.LockFiles;

/**
 * Held by a running emulator on its state folder ({@code running.lock}), so that nothing erases the
 * state under it: a running emulator writes its state again when it stops. Emulators of this process
 * are counted in memory, because on some systems closing any channel on a file drops every lock the
 * process holds on it: the file lock is only ever probed for other processes.
 */
public final class RunningLock implements AutoCloseable {

    static final String FILE = "running.lock"; //$NON-NLS-1$
    private static final Map<Path, Integer> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RunningLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of {@code folder} (created if needed) for as long as the emulator runs. */
    public static RunningLock acquire(Path folder) throws IOException {
        Path key = key(folder);
        Files.createDirectories(key);
        FileChannel channel = FileChannel.open(key.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = null;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // another emulator of this process runs on the same folder: counted below
        }
        IN_PROCESS.merge(key, 1, Integer::sum);
        return new RunningLock(key, channel, lock);
    }

    /** Whether an emulator, of this process or another, runs on {@code folder} now. */
    public static boolean isHeld(Path folder) throws IOException {
        Path key = key(folder);
        if (IN_PROCESS.containsKey(key)) {
            return true;
        }
        return LockFiles.isLocked(key.resolve(FILE));
    }

    private static Path key(Path folder) {
        return folder.toAbsolutePath().normalize();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        IN_PROCESS.computeIfPresent(key, (k, n) -> n > 1 ? n - 1 : null);
        try {
            if (lock != null) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            // the process lets go of the lock when it ends anyway
        }
    }
}
