// SPDX-License-Identifier: EPL-2.0
package org.choral.core.internal.control;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.choral.core.api.Siret;
import org.choral.core.api.directory.DirectoryService;
import org.choral.core.api.directory.DirectoryStatus;
import org.choral.core.api.directory.Structure;

/** A directory held in a map: the control's tests and benchmark need no database. */
public final class InMemoryDirectory implements DirectoryService {

    private final Map<String, Structure> bySiret = new HashMap<>();
    private final DirectoryStatus status;

    public InMemoryDirectory(Instant importedAt, List<Structure> structures) {
        int services = 0;
        for (Structure s : structures) {
            bySiret.put(s.siret(), s);
            services += s.services().size();
        }
        status = importedAt == null ? null
                : new DirectoryStatus("annuaire-test.csv", importedAt, structures.size(), services); //$NON-NLS-1$
    }

    @Override
    public Optional<Structure> lookup(String siret) {
        String s = Siret.normalize(siret);
        return s == null ? Optional.empty() : Optional.ofNullable(bySiret.get(s));
    }

    @Override
    public List<Structure> search(String text, int limit) {
        return bySiret.values().stream().filter(s -> s.name().contains(text)).limit(limit).toList();
    }

    @Override
    public Optional<DirectoryStatus> status() {
        return Optional.ofNullable(status);
    }
}
