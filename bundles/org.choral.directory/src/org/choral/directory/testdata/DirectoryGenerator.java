// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.testdata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.choral.core.api.Siret;
import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;

/**
 * A synthetic Chorus Pro directory of any size, written in the official layouts (XLSX with the
 * sheets Structures and Services, the two CSV files, the API's ZIP). Deterministic for a seed:
 * {@link #structure(int)} gives what the files hold, so tests can check what an import reads.
 * <p>
 * Shares follow the real directory's order of magnitude: about 8% of structures inactive, 12%
 * demanding an engagement, 18% a service code, 6% one of the two; services concentrated on one
 * structure in four, 10% of them inactive, 8% demanding an engagement; one SIRET in twenty starts
 * with zeros (lost when a spreadsheet stores it as a number). Every SIRET passes the Luhn check.
 *
 * @since 0.1
 */
public final class DirectoryGenerator {

    /** The Structures sheet's columns, in the official order. */
    public static final List<String> STRUCTURE_COLUMNS = List.of("TypeIdentifiant", "Identifiant", "RaisonSociale", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "EmetteurEdi", "RecepteurEdi", "GestionStatutMiseEnPaiement", "GestionEngagement", "GestionService", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "GestionServiceEngagement", "EstMOA", "EstMOAUniquement", "StructureActive", "Adresse", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "ComplementAdresse1", "ComplementAdresse2", "CodePostal", "Ville", "NumTelephone", "Courriel", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "CodePays", "LibellePays"); //$NON-NLS-1$ //$NON-NLS-2$

    /** The Services sheet's columns, in the official order. */
    public static final List<String> SERVICE_COLUMNS = List.of("Identifiant", "RaisonSociale", "Code", "Nom", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "GestionEGMT", "ServiceActif", "Adresse", "ComplementAdresse1", "ComplementAdresse2", "CodePostal", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "Ville", "NumTelephone", "Courriel", "CodePays", "LibellePays"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    /** How flags are written. */
    public enum Booleans {
        /** Boolean cells in XLSX, {@code true/false} in CSV. */
        NATIVE, TRUE_FALSE, UPPER_TRUE_FALSE, OUI_NON, ONE_ZERO
    }

    /**
     * How the files are laid out.
     *
     * @param booleans how flags are written
     * @param shuffled columns in reverse order with an extra unknown column first, as after a
     *            schema change
     */
    public record Layout(Booleans booleans, boolean shuffled) {
        public static final Layout OFFICIAL = new Layout(Booleans.NATIVE, false);
    }

    private static final String[] KINDS = { "COMMUNE DE", "CENTRE HOSPITALIER DE", "LYCÉE PROFESSIONNEL DE", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "COLLÈGE JEAN MOULIN DE", "SYNDICAT DES EAUX DE", "DIRECTION DÉPARTEMENTALE DES TERRITOIRES DE", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "COMMUNAUTÉ DE COMMUNES DE", "CCAS DE", "UNIVERSITÉ DE", "PRÉFECTURE DE" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final String[][] TOWNS = { { "Saint-Étienne", "42000" }, { "Besançon", "25000" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            { "Orléans", "45000" }, { "Paris", "75001" }, { "Lyon", "69001" }, { "Évry-Courcouronnes", "91000" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            { "Nîmes", "30000" }, { "Brest", "29200" }, { "Châlons-en-Champagne", "51000" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            { "Bourg-en-Bresse", "01000" }, { "Ajaccio", "20000" }, { "Laon", "02000" }, { "Pointe-à-Pitre", "97110" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            { "Gap", "05000" }, { "Lille", "59000" }, { "Nantes", "44000" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    private static final String[] STREETS = { "rue de la République", "place de l'Hôtel de Ville", //$NON-NLS-1$ //$NON-NLS-2$
            "avenue du Général de Gaulle", "boulevard Victor Hugo", "rue Pasteur", "quai des Chartrons", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "chemin des Écoliers" }; //$NON-NLS-1$
    private static final String[] SERVICE_NAMES = { "Services techniques", "Direction des finances", //$NON-NLS-1$ //$NON-NLS-2$
            "Pôle achats", "Service informatique", "Ressources humaines", "Restauration scolaire" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private final int structures;
    private final int services;
    private final long seed;
    private final int withServices;

    /**
     * @param structures how many structures
     * @param services how many services in all, spread over one structure in four
     * @param seed the same seed gives the same directory
     */
    public DirectoryGenerator(int structures, int services, long seed) {
        if (structures < 1 || services < 0 || (services > 0 && structures < 4 && services > structures * 1000)) {
            throw new IllegalArgumentException("structures >= 1 and services >= 0"); //$NON-NLS-1$
        }
        this.structures = structures;
        this.services = services;
        this.seed = seed;
        this.withServices = (structures + 3) / 4;
    }

    public int structureCount() {
        return structures;
    }

    public int serviceCount() {
        return services;
    }

    /** The SIRET of structure {@code i}: unique, Luhn-valid, one in twenty starting with zeros. */
    public String siret(int i) {
        char prefix = i % 20 == 0 ? '0' : (i % 2 == 0 ? '1' : '2');
        String siren = withCheckDigit(prefix + String.format("%07d", Integer.valueOf(i % 10_000_000))); //$NON-NLS-1$
        return withCheckDigit(siren + String.format("%04d", Integer.valueOf(1 + i % 50))); //$NON-NLS-1$
    }

    private static String withCheckDigit(String body) {
        for (char d = '0'; d <= '9'; d++) {
            if (Siret.luhn(body + d)) {
                return body + d;
            }
        }
        throw new IllegalStateException(body);
    }

    /** How many services structure {@code i} has. */
    int servicesOf(int i) {
        if (i % 4 != 0 || services == 0) {
            return 0;
        }
        long k = i / 4;
        return (int) ((k + 1) * services / withServices - k * services / withServices);
    }

    /** Structure {@code i} as an import must read it, with its services ordered by code. */
    public Structure structure(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        String[] town = TOWNS[r.nextInt(TOWNS.length)];
        String name = KINDS[r.nextInt(KINDS.length)] + ' ' + town[0].toUpperCase(java.util.Locale.FRENCH)
                + (i % 3 == 0 ? "" : " " + (i % 997)); //$NON-NLS-1$ //$NON-NLS-2$
        boolean active = r.nextInt(100) >= 8;
        boolean ge = r.nextInt(100) < 12;
        boolean gs = r.nextInt(100) < 18;
        boolean gse = !ge && !gs && r.nextInt(100) < 7;
        boolean payment = r.nextInt(100) < 30;
        String address = (1 + r.nextInt(200)) + " " + STREETS[r.nextInt(STREETS.length)]; //$NON-NLS-1$
        String postalCode = town[1];
        String siret = siret(i);
        List<Service> list = new ArrayList<>();
        int n = servicesOf(i);
        for (int j = 0; j < n; j++) {
            String code = j == 0 && i % 8 == 0 ? "FACTURES_PUBLIQUES" : String.format("SRV%04d", Integer.valueOf(j)); //$NON-NLS-1$ //$NON-NLS-2$
            list.add(new Service(siret, code, SERVICE_NAMES[(i + j) % SERVICE_NAMES.length] + ' ' + j,
                    r.nextInt(100) >= 10, r.nextInt(100) < 8));
        }
        list.sort((a, b) -> a.code().compareTo(b.code()));
        return new Structure(siret, name, active, ge, gs, gse, payment, address, postalCode, town[0], "FR", list); //$NON-NLS-1$
    }

    /** Writes the official XLSX. */
    public void writeXlsx(Path file) throws IOException {
        writeXlsx(file, Layout.OFFICIAL);
    }

    public void writeXlsx(Path file, Layout layout) throws IOException {
        try (XlsxWriter x = new XlsxWriter(file)) {
            x.startSheet("Structures"); //$NON-NLS-1$
            x.row(header(STRUCTURE_COLUMNS, layout));
            for (int i = 0; i < structures; i++) {
                x.row(order(structureCells(structure(i), layout, true), layout));
            }
            x.endSheet();
            x.startSheet("Services"); //$NON-NLS-1$
            x.row(header(SERVICE_COLUMNS, layout));
            for (int i = 0; i < structures; i++) {
                if (servicesOf(i) > 0) {
                    Structure s = structure(i);
                    for (Service v : s.services()) {
                        x.row(order(serviceCells(s, v, layout, true), layout));
                    }
                }
            }
            x.endSheet();
        }
    }

    /** Writes the two CSV files. */
    public void writeCsv(Path structuresFile, Path servicesFile, Charset charset, char separator, Layout layout)
            throws IOException {
        try (CsvWriter w = new CsvWriter(structuresFile, charset, separator)) {
            w.row(header(STRUCTURE_COLUMNS, layout));
            for (int i = 0; i < structures; i++) {
                w.row(order(structureCells(structure(i), layout, false), layout));
            }
        }
        try (CsvWriter w = new CsvWriter(servicesFile, charset, separator)) {
            w.row(header(SERVICE_COLUMNS, layout));
            for (int i = 0; i < structures; i++) {
                if (servicesOf(i) > 0) {
                    Structure s = structure(i);
                    for (Service v : s.services()) {
                        w.row(order(serviceCells(s, v, layout, false), layout));
                    }
                }
            }
        }
    }

    /** Writes the ZIP the API's {@code telecharger/annuaire/destinataire} returns: the XLSX inside. */
    public void writeApiZip(Path zipFile) throws IOException {
        Path xlsx = Files.createTempFile(zipFile.toAbsolutePath().getParent(), "annuaire", ".xlsx"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            writeXlsx(xlsx);
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(zipFile));
                    InputStream in = Files.newInputStream(xlsx)) {
                zip.putNextEntry(new ZipEntry("annuaire/Annuaire_Chorus_Pro.xlsx")); //$NON-NLS-1$
                in.transferTo(zip);
                zip.closeEntry();
            }
        } finally {
            Files.deleteIfExists(xlsx);
        }
    }

    private Object[] structureCells(Structure s, Layout layout, boolean xlsx) {
        // the SIRET as the official XLSX has it: a number, leading zeros lost
        Object siret = xlsx ? (Object) Long.valueOf(Long.parseLong(s.siret())) : s.siret();
        return new Object[] { "SIRET", siret, s.name(), flag(false, layout, xlsx), flag(false, layout, xlsx), //$NON-NLS-1$
                flag(s.paymentStatusManaged(), layout, xlsx), flag(s.engagementRequired(), layout, xlsx),
                flag(s.serviceRequired(), layout, xlsx), flag(s.serviceOrEngagementRequired(), layout, xlsx),
                flag(false, layout, xlsx), flag(false, layout, xlsx), flag(s.active(), layout, xlsx), s.address(),
                null, null, s.postalCode(), s.town(), null, null, s.countryCode(), "FRANCE" }; //$NON-NLS-1$
    }

    private static Object[] serviceCells(Structure s, Service v, Layout layout, boolean xlsx) {
        Object siret = xlsx ? (Object) Long.valueOf(Long.parseLong(s.siret())) : s.siret();
        return new Object[] { siret, s.name(), v.code(), v.name(), flag(v.engagementRequired(), layout, xlsx),
                flag(v.active(), layout, xlsx), s.address(), null, null, s.postalCode(), s.town(), null, null,
                s.countryCode(), "FRANCE" }; //$NON-NLS-1$
    }

    private static Object flag(boolean value, Layout layout, boolean xlsx) {
        return switch (layout.booleans()) {
            case NATIVE -> xlsx ? (Object) Boolean.valueOf(value) : String.valueOf(value);
            case TRUE_FALSE -> String.valueOf(value);
            case UPPER_TRUE_FALSE -> value ? "TRUE" : "FALSE"; //$NON-NLS-1$ //$NON-NLS-2$
            case OUI_NON -> value ? "Oui" : "Non"; //$NON-NLS-1$ //$NON-NLS-2$
            case ONE_ZERO -> xlsx ? (Object) Integer.valueOf(value ? 1 : 0) : value ? "1" : "0"; //$NON-NLS-1$ //$NON-NLS-2$
        };
    }

    private static Object[] header(List<String> columns, Layout layout) {
        return order(columns.toArray(), layout, "Commentaire"); //$NON-NLS-1$
    }

    private static Object[] order(Object[] cells, Layout layout) {
        return order(cells, layout, "généré"); //$NON-NLS-1$
    }

    private static Object[] order(Object[] cells, Layout layout, Object extra) {
        if (!layout.shuffled()) {
            return cells;
        }
        Object[] out = new Object[cells.length + 1];
        out[0] = extra;
        for (int i = 0; i < cells.length; i++) {
            out[i + 1] = cells[cells.length - 1 - i];
        }
        return out;
    }
}
