// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.choral.directory.testdata.XlsxWriter;

/** Small hand-made directories for the tests. */
final class Fixtures {

    static final Object[] STRUCTURE_HEADER = { "TypeIdentifiant", "Identifiant", "RaisonSociale",
            "GestionStatutMiseEnPaiement", "GestionEngagement", "GestionService", "GestionServiceEngagement",
            "StructureActive", "Adresse", "CodePostal", "Ville", "CodePays" };
    static final Object[] SERVICE_HEADER = { "Identifiant", "Code", "Nom", "GestionEGMT", "ServiceActif" };

    /** Valid SIRETs (Luhn). */
    static final String MINISTRY = "13002612300179";
    static final String TOWN = "21340172201787";
    static final String HOSPITAL = "26750045200011";
    static final String LEADING_ZERO = "00123456600014";

    private Fixtures() {
    }

    static Object[] structure(Object siret, String name, boolean active, boolean ge, boolean gs, boolean gse,
            String postalCode, String town) {
        return new Object[] { "SIRET", siret, name, Boolean.FALSE, ge, gs, gse, active, "1 rue de la Paix", postalCode,
                town, "FR" };
    }

    static Object[] service(Object siret, String code, String name, boolean ge, boolean active) {
        return new Object[] { siret, code, name, ge, active };
    }

    static Path xlsx(Path file, List<Object[]> structures, List<Object[]> services) throws IOException {
        try (XlsxWriter x = new XlsxWriter(file)) {
            x.startSheet("Structures");
            x.row(STRUCTURE_HEADER);
            for (Object[] row : structures) {
                x.row(row);
            }
            x.endSheet();
            x.startSheet("Services");
            x.row(SERVICE_HEADER);
            for (Object[] row : services) {
                x.row(row);
            }
            x.endSheet();
        }
        return file;
    }

    /** Three structures, three services. */
    static Path base(Path file) throws IOException {
        List<Object[]> st = new ArrayList<>();
        st.add(structure(Long.valueOf(MINISTRY), "Ministère de l'Économie", true, false, true, false, "75012",
                "Paris"));
        st.add(structure(Long.valueOf(TOWN), "Commune de Saint-Étienne", true, true, false, false, "42000",
                "Saint-Étienne"));
        st.add(structure(Long.valueOf(HOSPITAL), "Centre hospitalier de Besançon", true, false, false, true, "25000",
                "Besançon"));
        List<Object[]> sv = new ArrayList<>();
        sv.add(service(Long.valueOf(MINISTRY), "DGFIP", "Direction générale des finances", false, true));
        sv.add(service(Long.valueOf(MINISTRY), "FACTURES_PUBLIQUES", "Factures publiques", false, true));
        sv.add(service(Long.valueOf(TOWN), "TECH", "Services techniques", true, true));
        return xlsx(file, st, sv);
    }
}
