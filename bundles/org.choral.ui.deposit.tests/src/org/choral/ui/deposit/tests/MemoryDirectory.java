// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.tests;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.choral.core.api.Siret;
import org.choral.core.api.directory.DirectoryService;
import org.choral.core.api.directory.DirectoryServices;
import org.choral.core.api.directory.DirectoryStatus;
import org.choral.core.api.directory.Structure;

/** A directory of one active commune that needs neither service code nor engagement; opened for any data folder. */
final class MemoryDirectory implements DirectoryService, DirectoryServices {

    static final String COMMUNE = "21910377700013";

    private final Structure commune = new Structure(COMMUNE, "Commune de Massy", true, false, false, false, false, "",
            "", "", "FR", List.of());

    @Override
    public DirectoryService open(Path dataFolder) {
        return this;
    }

    @Override
    public Optional<Structure> lookup(String siret) {
        return COMMUNE.equals(Siret.normalize(siret)) ? Optional.of(commune) : Optional.empty();
    }

    @Override
    public List<Structure> search(String text, int limit) {
        return commune.name().contains(text) ? List.of(commune) : List.of();
    }

    @Override
    public Optional<DirectoryStatus> status() {
        return Optional.of(new DirectoryStatus("annuaire.csv", Instant.now(), 1, 0));
    }
}
