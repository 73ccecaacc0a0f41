// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.directory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;

/**
 * The directory the emulator holds as the ZIP that {@code telecharger/annuaire/destinataire}
 * returns: {@code Structures.csv} and {@code Services.csv} in the published layout ({@code ;},
 * UTF-8, one header line, booleans {@code true}/{@code false}).
 */
public final class DirectoryExport {

    static final String STRUCTURES_HEADER = "TypeIdentifiant;Identifiant;RaisonSociale;EmetteurEdi;RecepteurEdi;" //$NON-NLS-1$
            + "GestionStatutMiseEnPaiement;GestionEngagement;GestionService;GestionServiceEngagement;EstMOA;" //$NON-NLS-1$
            + "EstMOAUniquement;StructureActive;Adresse;ComplementAdresse1;ComplementAdresse2;CodePostal;Ville;" //$NON-NLS-1$
            + "NumTelephone;Courriel;CodePays;LibellePays"; //$NON-NLS-1$
    static final String SERVICES_HEADER = "Identifiant;RaisonSociale;Code;Nom;GestionEGMT;ServiceActif;Adresse;" //$NON-NLS-1$
            + "ComplementAdresse1;ComplementAdresse2;CodePostal;Ville;NumTelephone;Courriel;CodePays;LibellePays"; //$NON-NLS-1$

    private DirectoryExport() {
    }

    public static byte[] zip(List<Structure> structures) {
        StringBuilder st = new StringBuilder(STRUCTURES_HEADER).append('\n');
        StringBuilder sv = new StringBuilder(SERVICES_HEADER).append('\n');
        for (Structure s : structures) {
            row(st, "SIRET", s.siret(), s.name(), "false", "true", b(s.paymentStatusManaged()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    b(s.engagementRequired()), b(s.serviceRequired()), b(s.serviceOrEngagementRequired()), "false", //$NON-NLS-1$
                    "false", b(s.active()), s.address(), "", "", s.postalCode(), s.town(), "", "", s.countryCode(), ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            for (Service v : s.services()) {
                row(sv, s.siret(), s.name(), v.code(), v.name(), b(v.engagementRequired()), b(v.active()), "", "", "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        "", "", "", "", "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("Structures.csv")); //$NON-NLS-1$
            zip.write(st.toString().getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("Services.csv")); //$NON-NLS-1$
            zip.write(sv.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String b(boolean v) {
        return v ? "true" : "false"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void row(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i] == null ? "" : cells[i]; //$NON-NLS-1$
            if (c.indexOf(';') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0) {
                c = '"' + c.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
            }
            out.append(i == 0 ? "" : ";").append(c); //$NON-NLS-1$ //$NON-NLS-2$
        }
        out.append('\n');
    }
}
