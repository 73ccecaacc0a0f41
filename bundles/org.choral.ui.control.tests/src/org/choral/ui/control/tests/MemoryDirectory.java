// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.control.tests;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.choral.core.api.Siret;
import org.choral.core.api.directory.DirectoryService;
import org.choral.core.api.directory.DirectoryServices;
import org.choral.core.api.directory.DirectoryStatus;
import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;

/** A directory the test changes between two controls, as an import would; opened for any data folder. */
final class MemoryDirectory implements DirectoryService, DirectoryServices {

    static final String COMMUNE = "21910377700013"; //$NON-NLS-1$
    static final String MINISTRY = "13002612300179"; //$NON-NLS-1$

    private final Map<String, Structure> structures = new ConcurrentHashMap<>();
    private volatile Instant importedAt;

    MemoryDirectory(Instant importedAt) {
        this.importedAt = importedAt;
        structures.put(COMMUNE, structure(COMMUNE, "Commune de Massy", false, List.of())); //$NON-NLS-1$
        structures.put(MINISTRY, structure(MINISTRY, "Ministère des Armées", true, //$NON-NLS-1$
                List.of(new Service(MINISTRY, "5G77", "Achats", true, true)))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Structure structure(String siret, String name, boolean serviceRequired, List<Service> services) {
        return new Structure(siret, name, true, false, serviceRequired, false, false, "", "", "", "FR", services); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** What a newer import brings: the ministry gains a service. */
    void addService(String code) {
        Structure old = structures.get(MINISTRY);
        List<Service> services = new java.util.ArrayList<>(old.services());
        services.add(new Service(MINISTRY, code, "Nouveau service", true, false)); //$NON-NLS-1$
        structures.put(MINISTRY, structure(MINISTRY, old.name(), true, services));
        importedAt = Instant.now();
    }

    @Override
    public DirectoryService open(Path dataFolder) {
        return this;
    }

    @Override
    public Optional<Structure> lookup(String siret) {
        String s = Siret.normalize(siret);
        return s == null ? Optional.empty() : Optional.ofNullable(structures.get(s));
    }

    @Override
    public List<Structure> search(String text, int limit) {
        return structures.values().stream().filter(s -> s.name().contains(text)).limit(limit).toList();
    }

    @Override
    public Optional<DirectoryStatus> status() {
        return Optional.of(new DirectoryStatus("annuaire.csv", importedAt, structures.size(), 2)); //$NON-NLS-1$
    }
}
