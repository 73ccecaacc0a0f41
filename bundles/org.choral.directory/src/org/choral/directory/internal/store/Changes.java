// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.choral.core.api.directory.ChangeSummary;
import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;
import org.choral.directory.internal.index.DirectoryIndex;

/**
 * Compares the directory being read with the previous one, in memory, entry by entry as the rows
 * arrive: one hash look-up per structure and per service (where joins over the two table sets
 * took seconds), done while the file is still being parsed. Each side is keyed (SIRET, or SIRET
 * and code), so the added and changed entries come from the new side, and the removed ones from
 * the counts: removed = previous - matched.
 */
final class Changes {

    /** Past this many services, a structure's previous services are looked up through a map. */
    private static final int LINEAR_SCAN_LIMIT = 8;

    private final DirectoryIndex previous;
    private int structuresAdded;
    private int structuresMatched;
    private int deactivated;
    private int reactivated;
    private int flagsChanged;
    private int servicesAdded;
    private int servicesMatched;
    private int serviceFlagsChanged;
    /** The previous services of the structure whose services arrive, when it has many. */
    private Structure mapped;
    private Map<String, Service> mappedByCode;

    Changes(DirectoryIndex previous) {
        this.previous = previous;
    }

    static ChangeSummary between(DirectoryIndex previous, DirectoryIndex next) {
        Changes c = new Changes(previous);
        for (Structure n : next.structures()) {
            c.structure(n);
            for (Service v : n.services()) {
                c.service(v);
            }
        }
        return c.summary();
    }

    /** A structure of the new directory (each SIRET once). */
    void structure(Structure n) {
        Structure o = previous.get(n.siret());
        if (o == null) {
            structuresAdded++;
            return;
        }
        structuresMatched++;
        if (o.active() && !n.active()) {
            deactivated++;
        } else if (!o.active() && n.active()) {
            reactivated++;
        }
        if (o.engagementRequired() != n.engagementRequired() || o.serviceRequired() != n.serviceRequired()
                || o.serviceOrEngagementRequired() != n.serviceOrEngagementRequired()) {
            flagsChanged++;
        }
    }

    /** A service of the new directory (each SIRET and code once). */
    void service(Service n) {
        Structure o = previous.get(n.siret());
        Service before = o == null ? null : find(o, n.code());
        if (before == null) {
            servicesAdded++;
            return;
        }
        servicesMatched++;
        if (before.active() != n.active() || before.engagementRequired() != n.engagementRequired()) {
            serviceFlagsChanged++;
        }
    }

    ChangeSummary summary() {
        return new ChangeSummary(false, structuresAdded, previous.size() - structuresMatched, deactivated,
                reactivated, flagsChanged, servicesAdded, previous.serviceCount() - servicesMatched,
                serviceFlagsChanged);
    }

    private Service find(Structure o, String code) {
        List<Service> services = o.services();
        if (services.size() <= LINEAR_SCAN_LIMIT) {
            return o.service(code);
        }
        // a structure's services usually arrive one after the other: map its previous ones once
        if (mapped != o) {
            mappedByCode = new HashMap<>(services.size() * 4 / 3 + 1);
            for (Service s : services) {
                mappedByCode.put(s.code(), s);
            }
            mapped = o;
        }
        return mappedByCode.get(code);
    }
}
