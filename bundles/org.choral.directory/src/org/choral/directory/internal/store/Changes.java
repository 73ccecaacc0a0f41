// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.store;

import org.choral.core.api.directory.ChangeSummary;
import org.choral.directory.internal.index.DirectoryIndex;

/**
 * Compares the directory being read with the previous one, in memory, entry by entry as the rows
 * arrive: one hash look-up per structure and per service (where joins over the two table sets
 * took seconds), done while the file is still being parsed. Each side is keyed (SIRET, or SIRET
 * and code), so the added and changed entries come from the new side, and the removed ones from
 * the counts: removed = previous - matched.
 */
final class Changes {

    private final DirectoryIndex previous;
    private int structuresAdded;
    private int structuresMatched;
    private int deactivated;
    private int reactivated;
    private int flagsChanged;
    private int servicesAdded;
    private int servicesMatched;
    private int serviceFlagsChanged;

    Changes(DirectoryIndex previous) {
        this.previous = previous;
    }

    static ChangeSummary between(DirectoryIndex previous, DirectoryIndex next) {
        Changes c = new Changes(previous);
        for (int r = 0; r < next.size(); r++) {
            long siret = next.siret(r);
            c.structure(siret, next.flags(r));
            for (int k = 0; k < next.services(r); k++) {
                c.service(siret, next.serviceCode(r, k), next.serviceFlags(r, k));
            }
        }
        return c.summary();
    }

    /** A structure of the new directory (each SIRET once), with its {@link DirectoryIndex} flags. */
    void structure(long siret, int flags) {
        int o = previous.record(siret);
        if (o < 0) {
            structuresAdded++;
            return;
        }
        structuresMatched++;
        int before = previous.flags(o);
        boolean wasActive = (before & DirectoryIndex.ACTIVE) != 0;
        boolean isActive = (flags & DirectoryIndex.ACTIVE) != 0;
        if (wasActive && !isActive) {
            deactivated++;
        } else if (!wasActive && isActive) {
            reactivated++;
        }
        if (((before ^ flags) & DirectoryIndex.REQUIREMENTS) != 0) {
            flagsChanged++;
        }
    }

    /** A service of the new directory (each SIRET and code once). */
    void service(long siret, String code, int flags) {
        int o = previous.record(siret);
        int before = o < 0 ? -1 : previous.serviceFlags(o, code);
        if (before < 0) {
            servicesAdded++;
            return;
        }
        servicesMatched++;
        if (before != flags) {
            serviceFlagsChanged++;
        }
    }

    ChangeSummary summary() {
        return new ChangeSummary(false, structuresAdded, previous.size() - structuresMatched, deactivated,
                reactivated, flagsChanged, servicesAdded, previous.serviceCount() - servicesMatched,
                serviceFlagsChanged);
    }
}
