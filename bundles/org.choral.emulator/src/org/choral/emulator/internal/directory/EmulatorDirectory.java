// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.choral.core.api.Siret;
import org.choral.core.api.directory.Structure;

/**
 * The directory the emulator judges against and serves: its own copy, loaded from the files it was
 * given or set by a test, independent of the product's directory store.
 */
public final class EmulatorDirectory {

    private final TreeMap<String, Structure> bySiret = new TreeMap<>();

    /** Adds or replaces structures (by SIRET). */
    public synchronized void putAll(Collection<Structure> structures) {
        for (Structure s : structures) {
            bySiret.put(s.siret(), s);
        }
    }

    /** The structure with this SIRET (normalised: separators removed, zeros restored). */
    public synchronized Optional<Structure> get(String siret) {
        String normalized = Siret.normalize(siret);
        return normalized == null ? Optional.empty() : Optional.ofNullable(bySiret.get(normalized));
    }

    /** Every structure, by SIRET. */
    public synchronized List<Structure> all() {
        return new ArrayList<>(bySiret.values());
    }

    public synchronized int size() {
        return bySiret.size();
    }
}
