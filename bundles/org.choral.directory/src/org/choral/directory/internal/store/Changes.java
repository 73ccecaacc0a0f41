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
 * Compares the directory just read with the previous one, both in memory: one hash look-up per
 * structure (a few tens of milliseconds for 200,000, where joins over the two table sets took
 * seconds). Each side is keyed (SIRET, or SIRET and code), so the added and changed entries come
 * from walking the new side, and the removed ones from the counts: removed = previous - matched.
 */
final class Changes {

    /** Past this many services, a structure's previous services are looked up through a map. */
    private static final int LINEAR_SCAN_LIMIT = 8;

    private int structuresAdded;
    private int structuresMatched;
    private int deactivated;
    private int reactivated;
    private int flagsChanged;
    private int servicesAdded;
    private int servicesMatched;
    private int serviceFlagsChanged;

    private Changes() {
    }

    static ChangeSummary between(DirectoryIndex previous, DirectoryIndex next) {
        Changes c = new Changes();
        for (Structure n : next.structures()) {
            c.compare(previous.get(n.siret()), n);
        }
        return new ChangeSummary(false, c.structuresAdded, previous.size() - c.structuresMatched, c.deactivated,
                c.reactivated, c.flagsChanged, c.servicesAdded, previous.serviceCount() - c.servicesMatched,
                c.serviceFlagsChanged);
    }

    private void compare(Structure o, Structure n) {
        if (o == null) {
            structuresAdded++;
            servicesAdded += n.services().size();
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
        compareServices(o.services(), n.services());
    }

    private void compareServices(List<Service> before, List<Service> after) {
        Map<String, Service> byCode = null;
        if (before.size() > LINEAR_SCAN_LIMIT) {
            byCode = new HashMap<>(before.size() * 4 / 3 + 1);
            for (Service s : before) {
                byCode.put(s.code(), s);
            }
        }
        for (Service n : after) {
            Service o = byCode != null ? byCode.get(n.code()) : find(before, n.code());
            if (o == null) {
                servicesAdded++;
            } else {
                servicesMatched++;
                if (o.active() != n.active() || o.engagementRequired() != n.engagementRequired()) {
                    serviceFlagsChanged++;
                }
            }
        }
    }

    private static Service find(List<Service> services, String code) {
        for (Service s : services) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        return null;
    }
}
