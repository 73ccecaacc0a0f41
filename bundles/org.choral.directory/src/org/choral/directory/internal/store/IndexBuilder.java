// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;
import org.choral.directory.internal.index.DirectoryIndex;
import org.choral.directory.internal.read.DirectorySink;
import org.choral.directory.internal.read.ServiceRow;
import org.choral.directory.internal.read.StructureRow;

/**
 * Builds the in-memory index from the rows an import reads, so that the index is ready when the
 * import commits: no reload from the database (seconds) before the first look-up, and the change
 * summary is a comparison of two maps instead of joins over two table sets.
 */
final class IndexBuilder implements DirectorySink {

    private final List<StructureRow> structures = new ArrayList<>(1 << 16);
    private final Map<String, List<Service>> services = new HashMap<>(1 << 16);
    /** Towns, postal codes and country codes repeat a lot: one instance of each halves their memory. */
    private final Map<String, String> shared = new HashMap<>(1 << 14);

    @Override
    public void structure(StructureRow row) {
        structures.add(row);
    }

    @Override
    public void service(ServiceRow row) {
        services.computeIfAbsent(row.siret(), k -> new ArrayList<>(2))
                .add(new Service(row.siret(), row.code(), row.name(), row.active(), row.engagementRequired()));
    }

    /** The index of every row received; the builder is spent afterwards. */
    DirectoryIndex build() {
        Map<String, Structure> bySiret = new HashMap<>(Math.max(16, structures.size() * 4 / 3 + 1));
        for (StructureRow r : structures) {
            List<Service> own = services.get(r.siret());
            if (own == null) {
                own = List.of();
            } else {
                own.sort((a, b) -> a.code().compareTo(b.code()));
            }
            bySiret.put(r.siret(), new Structure(r.siret(), r.name(), r.active(), r.engagementRequired(),
                    r.serviceRequired(), r.serviceOrEngagementRequired(), r.paymentStatusManaged(), r.address(),
                    share(r.postalCode()), share(r.town()), share(r.countryCode()), own));
        }
        structures.clear();
        services.clear();
        shared.clear();
        return new DirectoryIndex(bySiret);
    }

    private String share(String s) {
        String known = shared.putIfAbsent(s, s);
        return known == null ? s : known;
    }
}
