// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.check;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.choral.core.api.Siret;
import org.choral.core.api.directory.DirectoryService;
import org.choral.core.api.directory.DirectoryServices;
import org.choral.core.api.directory.DirectoryStatus;
import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;

/** Two structures in memory, opened for any data folder. */
final class FakeDirectory implements DirectoryService, DirectoryServices {

    static final String PLAIN = "21910377700013"; //$NON-NLS-1$
    static final String WITH_SERVICES = "13002612300179"; //$NON-NLS-1$

    private final Instant importedAt;
    private final Map<String, Structure> structures = Map.of(
            PLAIN, new Structure(PLAIN, "Commune", true, false, false, false, false, "", "", "", "FR", List.of()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            WITH_SERVICES, new Structure(WITH_SERVICES, "Ministère", true, false, true, false, false, "", "", "", "FR", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                    List.of(new Service(WITH_SERVICES, "5G77", "Achats", true, true)))); //$NON-NLS-1$ //$NON-NLS-2$

    FakeDirectory(Instant importedAt) {
        this.importedAt = importedAt;
    }

    @Override
    public DirectoryService open(java.nio.file.Path dataFolder) {
        return this;
    }

    @Override
    public Optional<Structure> lookup(String siret) {
        String s = Siret.normalize(siret);
        return s == null ? Optional.empty() : Optional.ofNullable(structures.get(s));
    }

    @Override
    public List<Structure> search(String text, int limit) {
        return List.of();
    }

    @Override
    public Optional<DirectoryStatus> status() {
        return importedAt == null ? Optional.empty()
                : Optional.of(new DirectoryStatus("annuaire.csv", importedAt, structures.size(), 1)); //$NON-NLS-1$
    }
}
