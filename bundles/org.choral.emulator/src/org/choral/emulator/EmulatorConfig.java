// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.choral.core.api.directory.Structure;

/**
 * How an emulator runs. Build it with {@link #builder(Path)}; every setting has a default that suits
 * the demo (any non-empty credentials accepted, tokens of one hour, real-time clock, every accepted
 * invoice paid).
 *
 * @param port TCP port on 127.0.0.1 (0 = any free port; the command line's default is 8787)
 * @param stateFolder where the state is kept ({@code DATA/emulator})
 * @param directoryFiles directory files to load at start (Structures/Services CSV, their ZIP, XLSX)
 * @param structures structures given directly (added after the files)
 * @param faults faults injected from the start
 * @param clients strict mode for the token endpoint: client_id → client_secret (empty: any non-empty)
 * @param accounts strict mode for {@code cpro-account}: login → password (empty: any non-empty)
 * @param tokenLifetime {@code expires_in} of issued tokens, on the real clock
 * @param realClock the real clock (tokens, and the base of the virtual clock)
 * @param speed virtual seconds per real second (0 = frozen, moved only by tests)
 * @param fluxStep virtual time between two flux states ({@code IN_RECU} → … → final)
 * @param invoiceStep virtual time between two invoice statuses ({@code DEPOSEE} → …)
 * @param seed seed of the deterministic draw of invoice outcomes
 * @param shareSuspended share of accepted invoices that end {@code SUSPENDUE}
 * @param shareRejected share that end {@code REJETEE}
 * @param shareRecycled share that end {@code A_RECYCLER}
 * @param pageSize default page size of the searches
 * @param maxFluxBytes largest base64 {@code fichierFlux} accepted (larger: 413, code 20003)
 * @param suppliers SIRETs of the supplier structures the technical account may invoice from
 * @since 0.1
 */
public record EmulatorConfig(int port, Path stateFolder, List<Path> directoryFiles, List<Structure> structures,
        List<Fault> faults, Map<String, String> clients, Map<String, String> accounts, Duration tokenLifetime,
        Clock realClock, double speed, Duration fluxStep, Duration invoiceStep, long seed, double shareSuspended,
        double shareRejected, double shareRecycled, int pageSize, long maxFluxBytes, List<String> suppliers) {

    /** The command line's default port. */
    public static final int DEFAULT_PORT = 8787;

    public EmulatorConfig {
        Objects.requireNonNull(stateFolder);
        directoryFiles = List.copyOf(directoryFiles);
        structures = List.copyOf(structures);
        faults = List.copyOf(faults);
        clients = Map.copyOf(clients);
        accounts = Map.copyOf(accounts);
        suppliers = List.copyOf(suppliers);
        if (shareSuspended < 0 || shareRejected < 0 || shareRecycled < 0
                || shareSuspended + shareRejected + shareRecycled > 1) {
            throw new IllegalArgumentException("shares"); //$NON-NLS-1$
        }
        if (pageSize < 1 || port < 0 || port > 65535) {
            throw new IllegalArgumentException("pageSize/port"); //$NON-NLS-1$
        }
    }

    public static Builder builder(Path stateFolder) {
        return new Builder(stateFolder);
    }

    /** A builder; each setter returns it. */
    public static final class Builder {
        private int port;
        private final Path stateFolder;
        private final List<Path> directoryFiles = new ArrayList<>();
        private final List<Structure> structures = new ArrayList<>();
        private final List<Fault> faults = new ArrayList<>();
        private final Map<String, String> clients = new LinkedHashMap<>();
        private final Map<String, String> accounts = new LinkedHashMap<>();
        private Duration tokenLifetime = Duration.ofHours(1);
        private Clock realClock = Clock.systemUTC();
        private double speed = 1;
        private Duration fluxStep = Duration.ofSeconds(30);
        private Duration invoiceStep = Duration.ofHours(1);
        private long seed;
        private double shareSuspended;
        private double shareRejected;
        private double shareRecycled;
        private int pageSize = 10;
        private long maxFluxBytes = 200L * 1024 * 1024;
        private final List<String> suppliers = new ArrayList<>();

        private Builder(Path stateFolder) {
            this.stateFolder = stateFolder;
        }

        public Builder port(int value) { port = value; return this; }
        public Builder directoryFile(Path file) { directoryFiles.add(file); return this; }
        public Builder structures(List<Structure> list) { structures.addAll(list); return this; }
        public Builder fault(Fault fault) { faults.add(fault); return this; }
        public Builder faults(List<Fault> list) { faults.addAll(list); return this; }
        public Builder client(String id, String secret) { clients.put(id, secret); return this; }
        public Builder account(String login, String password) { accounts.put(login, password); return this; }
        public Builder tokenLifetime(Duration value) { tokenLifetime = value; return this; }
        public Builder realClock(Clock value) { realClock = value; return this; }
        public Builder speed(double value) { speed = value; return this; }
        public Builder fluxStep(Duration value) { fluxStep = value; return this; }
        public Builder invoiceStep(Duration value) { invoiceStep = value; return this; }
        public Builder seed(long value) { seed = value; return this; }
        public Builder pageSize(int value) { pageSize = value; return this; }
        public Builder maxFluxBytes(long value) { maxFluxBytes = value; return this; }
        public Builder supplier(String siret) { suppliers.add(siret); return this; }

        /** Shares of accepted invoices ending SUSPENDUE, REJETEE and A_RECYCLER (sum ≤ 1). */
        public Builder outcomes(double suspended, double rejected, double recycled) {
            shareSuspended = suspended;
            shareRejected = rejected;
            shareRecycled = recycled;
            return this;
        }

        public EmulatorConfig build() {
            return new EmulatorConfig(port, stateFolder, directoryFiles, structures, faults, clients, accounts,
                    tokenLifetime, realClock, speed, fluxStep, invoiceStep, seed, shareSuspended, shareRejected,
                    shareRecycled, pageSize, maxFluxBytes, suppliers);
        }
    }
}
