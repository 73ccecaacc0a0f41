// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.directory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.choral.core.api.Siret;
import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;
import org.choral.emulator.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Loads the published directory layout (§2 of the reference) from the files given to the emulator:
 * the Structures and Services CSV files, a ZIP holding them, or the XLSX with its two sheets. A
 * table is recognised by its columns, read by header name. Any bad cell fails the whole load with
 * the file, line and column named: the emulator never runs on half a directory.
 */
public final class DirectoryLoader {

    private static final String IDENTIFIANT = "Identifiant"; //$NON-NLS-1$
    private static final List<String> STRUCTURE_COLUMNS = List.of(IDENTIFIANT, "RaisonSociale", "StructureActive", //$NON-NLS-1$ //$NON-NLS-2$
            "GestionService", "GestionEngagement", "GestionServiceEngagement"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final List<String> SERVICE_COLUMNS = List.of(IDENTIFIANT, "Code", "Nom", "ServiceActif", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "GestionEGMT"); //$NON-NLS-1$

    private final List<Structure> structures = new ArrayList<>();
    private final Map<String, List<Service>> services = new HashMap<>();

    private DirectoryLoader() {
    }

    /** The structures of {@code files}, each with its services. */
    public static List<Structure> load(List<Path> files) throws IOException {
        DirectoryLoader loader = new DirectoryLoader();
        for (Path f : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(f);
            } catch (IOException e) {
                throw new DirectoryFormatException(NLS.bind(Messages.Directory_unreadable, f, e.getMessage()));
            }
            loader.file(f.getFileName().toString(), bytes);
        }
        return loader.join();
    }

    private void file(String name, byte[] bytes) throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) { //$NON-NLS-1$
            for (Map.Entry<String, List<List<String>>> sheet : XlsxReader.read(bytes).entrySet()) {
                table(name + '[' + sheet.getKey() + ']', CsvTable.of(sheet.getValue()), true);
            }
        } else if (lower.endsWith(".zip")) { //$NON-NLS-1$
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (!e.isDirectory()) {
                        file(name + '!' + e.getName(), zip.readAllBytes());
                    }
                }
            }
        } else {
            table(name, CsvTable.parse(bytes), false);
        }
    }

    private void table(String name, CsvTable t, boolean lenient) throws DirectoryFormatException {
        if (t.has("ServiceActif") || t.has("GestionEGMT")) { //$NON-NLS-1$ //$NON-NLS-2$
            require(name, t, SERVICE_COLUMNS);
            for (int r = 0; r < t.size(); r++) {
                String siret = siret(name, t, r);
                services.computeIfAbsent(siret, k -> new ArrayList<>()).add(new Service(siret, t.get(r, "Code"), //$NON-NLS-1$
                        t.get(r, "Nom"), bool(name, t, r, "ServiceActif"), bool(name, t, r, "GestionEGMT"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        } else if (t.has("StructureActive") || t.has("GestionService")) { //$NON-NLS-1$ //$NON-NLS-2$
            require(name, t, STRUCTURE_COLUMNS);
            for (int r = 0; r < t.size(); r++) {
                String type = t.get(r, "TypeIdentifiant"); //$NON-NLS-1$
                if (!type.isEmpty() && !"SIRET".equalsIgnoreCase(type)) { //$NON-NLS-1$
                    continue;
                }
                structures.add(structure(name, t, r));
            }
        } else if (!lenient) {
            throw new DirectoryFormatException(NLS.bind(Messages.Directory_unknownTable, name));
        }
    }

    private static Structure structure(String name, CsvTable t, int r) throws DirectoryFormatException {
        StringBuilder address = new StringBuilder(t.get(r, "Adresse")); //$NON-NLS-1$
        for (String c : List.of("ComplementAdresse1", "ComplementAdresse2")) { //$NON-NLS-1$ //$NON-NLS-2$
            if (!t.get(r, c).isEmpty()) {
                address.append(address.length() > 0 ? ", " : "").append(t.get(r, c)); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        boolean paymentStatus = t.has("GestionStatutMiseEnPaiement") && bool(name, t, r, "GestionStatutMiseEnPaiement"); //$NON-NLS-1$ //$NON-NLS-2$
        return new Structure(siret(name, t, r), t.get(r, "RaisonSociale"), bool(name, t, r, "StructureActive"), //$NON-NLS-1$ //$NON-NLS-2$
                bool(name, t, r, "GestionEngagement"), bool(name, t, r, "GestionService"), //$NON-NLS-1$ //$NON-NLS-2$
                bool(name, t, r, "GestionServiceEngagement"), paymentStatus, address.toString(), //$NON-NLS-1$
                t.get(r, "CodePostal"), t.get(r, "Ville"), t.get(r, "CodePays"), List.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private List<Structure> join() {
        List<Structure> out = new ArrayList<>(structures.size());
        for (Structure s : structures) {
            List<Service> list = new ArrayList<>(services.getOrDefault(s.siret(), List.of()));
            list.sort(Comparator.comparing(Service::code));
            out.add(new Structure(s.siret(), s.name(), s.active(), s.engagementRequired(), s.serviceRequired(),
                    s.serviceOrEngagementRequired(), s.paymentStatusManaged(), s.address(), s.postalCode(), s.town(),
                    s.countryCode(), list));
        }
        return out;
    }

    private static void require(String name, CsvTable t, List<String> columns) throws DirectoryFormatException {
        for (String c : columns) {
            if (!t.has(c)) {
                throw new DirectoryFormatException(NLS.bind(Messages.Directory_missingColumn, name, c));
            }
        }
    }

    private static String siret(String name, CsvTable t, int r) throws DirectoryFormatException {
        String raw = t.get(r, IDENTIFIANT);
        String siret = Siret.normalize(raw);
        if (siret == null) {
            throw new DirectoryFormatException(NLS.bind(Messages.Directory_badCell,
                    new Object[] { name, t.line(r), IDENTIFIANT, raw }));
        }
        return siret;
    }

    private static boolean bool(String name, CsvTable t, int r, String column) throws DirectoryFormatException {
        String v = t.get(r, column).toLowerCase(Locale.ROOT);
        switch (v) {
        case "true", "1", "oui", "vrai", "actif", "active", "o", "x": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            return true;
        case "false", "0", "non", "faux", "inactif", "inactive", "n", "": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            return false;
        default:
            throw new DirectoryFormatException(NLS.bind(Messages.Directory_badCell,
                    new Object[] { name, t.line(r), column, t.get(r, column) }));
        }
    }
}
