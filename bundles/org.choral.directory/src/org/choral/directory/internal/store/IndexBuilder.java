// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.choral.core.api.directory.ChangeSummary;
import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;
import org.choral.directory.internal.index.DirectoryIndex;
import org.choral.directory.internal.read.DirectorySink;
import org.choral.directory.internal.read.ServiceRow;
import org.choral.directory.internal.read.StructureRow;

/**
 * Builds the in-memory index from the rows an import reads, and compares it with the previous
 * directory as it goes, so that both are ready when the file has been read: no reload from the
 * database before the first look-up, and the change summary is a by-product of the reading.
 */
final class IndexBuilder implements DirectorySink {

    private final Map<String, Structure> bySiret;
    /** The services read, by SIRET: they come after every structure, which is rebuilt with them at the end. */
    private final Map<String, List<Service>> services = new HashMap<>(1 << 14);
    /** Towns, postal codes and country codes repeat a lot: one instance of each halves their memory. */
    private final Map<String, String> shared = new HashMap<>(1 << 14);
    private final Changes changes;

    /** @param previous the directory the new one replaces, or {@code null} for a first import */
    IndexBuilder(DirectoryIndex previous) {
        // the previous size is the best guess of the new one: no rehashing while rows arrive
        int expected = previous == null ? 1 << 16 : previous.size() + previous.size() / 8;
        this.bySiret = new HashMap<>(expected * 4 / 3 + 1);
        this.changes = previous == null ? null : new Changes(previous);
    }

    @Override
    public void structure(StructureRow r) {
        Structure s = new Structure(r.siret(), r.name(), r.active(), r.engagementRequired(), r.serviceRequired(),
                r.serviceOrEngagementRequired(), r.paymentStatusManaged(), r.address(), share(r.postalCode()),
                share(r.town()), share(r.countryCode()), List.of());
        bySiret.put(s.siret(), s);
        if (changes != null) {
            changes.structure(s);
        }
    }

    @Override
    public void service(ServiceRow row) {
        Service v = new Service(row.siret(), row.code(), row.name(), row.active(), row.engagementRequired());
        services.computeIfAbsent(row.siret(), k -> new ArrayList<>(2)).add(v);
        if (changes != null) {
            changes.service(v);
        }
    }

    /** The index of every row received; the builder is spent afterwards. */
    DirectoryIndex build() {
        for (Map.Entry<String, List<Service>> e : services.entrySet()) {
            List<Service> own = e.getValue();
            own.sort((a, b) -> a.code().compareTo(b.code()));
            Structure s = bySiret.get(e.getKey());
            bySiret.put(s.siret(), new Structure(s.siret(), s.name(), s.active(), s.engagementRequired(),
                    s.serviceRequired(), s.serviceOrEngagementRequired(), s.paymentStatusManaged(), s.address(),
                    s.postalCode(), s.town(), s.countryCode(), own));
        }
        services.clear();
        shared.clear();
        return new DirectoryIndex(bySiret);
    }

    /** What changed since the previous directory, once every row was received. */
    ChangeSummary changes() {
        return changes == null ? ChangeSummary.first() : changes.summary();
    }

    private String share(String s) {
        String known = shared.putIfAbsent(s, s);
        return known == null ? s : known;
    }
}
