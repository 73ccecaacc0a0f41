// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.choral.core.api.directory.Structure;
import org.choral.emulator.internal.check.FluxJudge;
import org.choral.emulator.internal.directory.DirectoryLoader;
import org.choral.emulator.internal.directory.EmulatorDirectory;
import org.choral.emulator.internal.http.ApiRouter;
import org.choral.emulator.internal.http.Auth;
import org.choral.emulator.internal.http.EmulatorServer;
import org.choral.emulator.internal.http.FluxEndpoints;
import org.choral.emulator.internal.http.InvoiceEndpoints;
import org.choral.emulator.internal.http.StructureEndpoints;
import org.choral.emulator.internal.state.EmulatorState;
import org.choral.emulator.internal.state.Lifecycle;
import org.choral.emulator.internal.state.RunningLock;
import org.choral.emulator.internal.state.Snapshot;
import org.choral.emulator.internal.state.StateStore;

/**
 * A running Chorus Pro emulator on 127.0.0.1. Start it with {@link #start(EmulatorConfig)}, point
 * a client at {@link #baseUrl()} (API) and {@link #tokenUrl()} (OAuth2), and close it when done;
 * its state stays in the configured folder for the next start.
 *
 * <pre>
 * try (Emulator emulator = Emulator.start(EmulatorConfig.builder(dataFolder.resolve("emulator")).port(0).build())) {
 *     URI api = emulator.baseUrl(); // http://127.0.0.1:PORT
 * }
 * </pre>
 *
 * @since 0.1
 */
public final class Emulator implements AutoCloseable {

    /** The folder under the data folder where the emulator keeps its state. */
    public static final String DATA_SUBFOLDER = "emulator"; //$NON-NLS-1$

    private final EmulatorConfig config;
    private final EmulatorDirectory directory = new EmulatorDirectory();
    private final FaultPlan faults = new FaultPlan();
    private final VirtualClock clock;
    private final EmulatorState state;
    private final EmulatorServer server;
    private final URI baseUrl;
    private final RunningLock running;

    private Emulator(EmulatorConfig config) throws IOException {
        this.config = config;
        running = RunningLock.acquire(config.stateFolder());
        try {
            StateStore store = new StateStore(config.stateFolder());
            Snapshot saved = store.load();
            Instant realNow = config.realClock().instant();
            // Never let virtual time go back across a restart: states already reported must stay reached.
            Instant origin = saved != null && saved.virtualNow() > realNow.toEpochMilli()
                    ? Instant.ofEpochMilli(saved.virtualNow()) : realNow;
            clock = new VirtualClock(config.realClock(), config.speed(), origin);
            state = new EmulatorState(store, clock, saved);
            directory.putAll(DirectoryLoader.load(config.directoryFiles()));
            directory.putAll(config.structures());
            faults.addAll(config.faults());
            Lifecycle lifecycle = new Lifecycle(config.fluxStep(), config.invoiceStep());
            FluxJudge judge = new FluxJudge(directory, state::acceptedNumbers);
            FluxEndpoints flux = new FluxEndpoints(state, judge, lifecycle, config);
            ApiRouter router = new ApiRouter(
                    new Auth(state, config.clients(), config.accounts(), config.tokenLifetime(), config.realClock()),
                    faults, state, flux, new InvoiceEndpoints(state, lifecycle, config.pageSize()),
                    new StructureEndpoints(state, directory, config.suppliers(), config.pageSize()),
                    config.maxFluxBytes());
            server = new EmulatorServer(config.port(), router);
            server.start();
            baseUrl = URI.create("http://127.0.0.1:" + server.port()); //$NON-NLS-1$
            state.save();
        } catch (IOException | RuntimeException e) {
            running.close();
            throw e;
        }
    }

    /**
     * Loads the directory files and the saved state, and starts serving.
     *
     * @throws IOException when the port is taken, a directory file is malformed (the message names
     *             the file, line and column) or the saved state cannot be read
     */
    public static Emulator start(EmulatorConfig config) throws IOException {
        return new Emulator(config);
    }

    /** The API base: paths start {@code /cpro/}. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The OAuth2 token endpoint. */
    public URI tokenUrl() {
        return baseUrl.resolve(ApiRouter.TOKEN_PATH);
    }

    public int port() {
        return server.port();
    }

    public Path stateFolder() {
        return config.stateFolder();
    }

    /** The faults injected from now on; tests add and clear them while it runs. */
    public FaultPlan faults() {
        return faults;
    }

    public VirtualClock clock() {
        return clock;
    }

    /**
     * The TCP connections the emulator accepted since it started: a client that keeps its
     * connections alive opens a handful whatever the number of calls.
     */
    public long connectionsAccepted() {
        return server.connectionsAccepted();
    }

    /** Adds or replaces structures of the directory it judges against and serves. */
    public void putStructures(Collection<Structure> structures) {
        directory.putAll(structures);
    }

    /** The structures it holds. */
    public List<Structure> structures() {
        return directory.all();
    }

    /**
     * Whether an emulator, of this process or another, runs on {@code stateFolder} now: its state must
     * not be erased then, it would write it again when it stops.
     */
    public static boolean isRunning(Path stateFolder) throws IOException {
        return RunningLock.isHeld(stateFolder);
    }

    /** Stops serving and saves the state (with the virtual clock's time). */
    @Override
    public void close() {
        server.close();
        state.save();
        running.close();
    }
}
