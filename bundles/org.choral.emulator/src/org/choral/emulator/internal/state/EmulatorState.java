// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.choral.emulator.VirtualClock;

/**
 * The emulator's mutable state: deposits, ids and tokens. Every change is saved before the call
 * that made it answers, so what a client was told survives a restart.
 */
public final class EmulatorState {

    private final StateStore store;
    private final VirtualClock clock;
    private final List<StoredFlux> fluxes = new ArrayList<>();
    private final Map<String, Long> structureIds = new LinkedHashMap<>();
    private final Map<String, Long> serviceIds = new LinkedHashMap<>();
    private final Map<String, Long> tokens = new LinkedHashMap<>();
    private long nextFlux = 1;
    private long nextId = 1000;

    public EmulatorState(StateStore store, VirtualClock clock, Snapshot saved) {
        this.store = store;
        this.clock = clock;
        if (saved != null) {
            fluxes.addAll(saved.fluxes());
            structureIds.putAll(saved.structureIds());
            serviceIds.putAll(saved.serviceIds());
            tokens.putAll(saved.tokens());
            nextFlux = saved.nextFlux();
            nextId = saved.nextId();
        }
    }

    public VirtualClock clock() {
        return clock;
    }

    /** Records a deposit built by {@code build} from the flux number it is given, and saves. */
    public synchronized StoredFlux deposit(Function<String, StoredFlux> build) {
        String number = String.format("CPP%010d", nextFlux++); //$NON-NLS-1$
        StoredFlux flux = build.apply(number);
        fluxes.add(flux);
        save();
        return flux;
    }

    /** A new CPP id (invoices). The caller saves through {@link #deposit}. */
    public synchronized long newId() {
        return nextId++;
    }

    public synchronized Optional<StoredFlux> flux(String number) {
        return fluxes.stream().filter(f -> f.number().equals(number)).findFirst();
    }

    public synchronized List<StoredFlux> fluxes() {
        return List.copyOf(fluxes);
    }

    /** Invoice numbers already accepted from {@code supplier} (a duplicate is rejected). */
    public synchronized Set<String> acceptedNumbers(String supplier) {
        Set<String> out = new HashSet<>();
        for (StoredFlux f : fluxes) {
            if (!f.technicalErrors().isEmpty() || f.incident()) {
                continue;
            }
            for (StoredInvoice i : f.invoices()) {
                if (i.accepted() && java.util.Objects.equals(supplier, i.supplier())) {
                    out.add(i.number());
                }
            }
        }
        return out;
    }

    public synchronized long structureId(String siret) {
        Long id = structureIds.get(siret);
        if (id == null) {
            id = nextId++;
            structureIds.put(siret, id);
            save();
        }
        return id;
    }

    public synchronized Optional<String> siretOf(long structureId) {
        return structureIds.entrySet().stream().filter(e -> e.getValue() == structureId).map(Map.Entry::getKey)
                .findFirst();
    }

    public synchronized long serviceId(String siret, String code) {
        String key = siret + '/' + code;
        Long id = serviceIds.get(key);
        if (id == null) {
            id = nextId++;
            serviceIds.put(key, id);
            save();
        }
        return id;
    }

    /** The {@code SIRET/code} key of a service id. */
    public synchronized Optional<String> serviceKey(long serviceId) {
        return serviceIds.entrySet().stream().filter(e -> e.getValue() == serviceId).map(Map.Entry::getKey)
                .findFirst();
    }

    public synchronized void addToken(String token, Instant expires) {
        tokens.put(token, expires.toEpochMilli());
        save();
    }

    /** Whether {@code token} was issued and is not expired at {@code realNow}. */
    public synchronized boolean tokenValid(String token, Instant realNow) {
        Long expires = tokens.get(token);
        return expires != null && realNow.toEpochMilli() < expires;
    }

    /** Forgets every token (fault injection: expiry in the middle of a run). */
    public synchronized void expireTokens() {
        tokens.clear();
        save();
    }

    /** Writes the state now (also called on close, to keep the virtual clock). */
    public synchronized void save() {
        try {
            store.save(new Snapshot(1, clock.now().toEpochMilli(), nextFlux, nextId, structureIds, serviceIds, tokens,
                    fluxes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
