// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.emulator.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

import org.choral.core.api.directory.DirectoryServices;
import org.choral.core.api.directory.Structure;

import org.choral.emulator.Emulator;
import org.choral.emulator.EmulatorConfig;
import org.choral.emulator.EmulatorProfile;
import org.choral.settings.api.ChorusEnvironment;

/**
 * The workbench's one in-process emulator: started when wanted and not running, stopped when no
 * longer wanted; its state in {@code DATA/emulator}, like {@code choral emulator}. It holds the
 * directory the user imported into the same data folder, so that a deposit to it is judged against
 * the structures and services the control used.
 */
final class LocalEmulator {


    private final Path dataFolder;
    private final int port;
    private final DirectoryServices directories;
    private Emulator running;

    /** @param directories the local directory's factory; {@code null} when the directory bundle is absent */
    LocalEmulator(Path dataFolder, int port, DirectoryServices directories) {
        this.dataFolder = dataFolder;
        this.port = port;
        this.directories = directories;
    }

    /**
     * The port of the settings' local URL ({@code http://localhost:8787}, or the port
     * {@link ChorusEnvironment#EMULATOR_PORT_PROPERTY} names): the connector goes where it listens.
     */
    static int configuredPort() {
        return ChorusEnvironment.emulatorPort();
    }

    int port() {
        return port;
    }

    /**
     * Starts or stops it; returns the running emulator, if any.
     *
     * @throws IOException when it cannot start (port taken, saved state unreadable); nothing runs then
     */
    synchronized Optional<Emulator> ensure(boolean wanted) throws IOException {
        if (wanted && running == null) {
            // the data folder's profile (the demo's speed, outcomes and supplier) when there is one; the
            // directory it judges against is the one imported in the data folder, loaded below
            running = Emulator.start(EmulatorProfile.apply(dataFolder,
                    EmulatorConfig.builder(dataFolder.resolve(Emulator.DATA_SUBFOLDER)).port(port), false).build());
            try {
                loadDirectory();
            } catch (IOException | RuntimeException e) {
                stop(); // a running emulator that judges against another directory would mislead
                throw e;
            }
        } else if (!wanted && running != null) {
            stop();
        }
        return Optional.ofNullable(running);
    }

    /**
     * Gives the running emulator every structure and service of the local directory (added or
     * replaced: the emulator keeps those it had and the local directory no longer has).
     *
     * @return how many structures it was given; 0 when it does not run or no directory is installed
     * @throws IOException when the local directory cannot be opened (in use, damaged)
     */
    synchronized int loadDirectory() throws IOException {
        if (running == null || directories == null) {
            return 0;
        }
        Collection<Structure> all = directories.open(dataFolder).structures();
        running.putStructures(all);
        return all.size();
    }

    /** The running emulator, if any (tests). */
    synchronized Optional<Emulator> running() {
        return Optional.ofNullable(running);
    }

    /** Stops it and saves its state; nothing when it does not run. */
    synchronized void stop() {
        if (running != null) {
            try {
                running.close();
            } finally {
                running = null;
            }
        }
    }
}
