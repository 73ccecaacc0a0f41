// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.choral.core.api.directory.Structure;
import org.choral.emulator.internal.directory.DirectoryFormatException;
import org.choral.emulator.internal.directory.DirectoryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emulator's own reader of the published directory layout. */
class DirectoryLoaderTest {

    private static final String STRUCTURES = "TypeIdentifiant;Identifiant;RaisonSociale;EmetteurEdi;RecepteurEdi;"
            + "GestionStatutMiseEnPaiement;GestionEngagement;GestionService;GestionServiceEngagement;EstMOA;"
            + "EstMOAUniquement;StructureActive;Adresse;ComplementAdresse1;ComplementAdresse2;CodePostal;Ville;"
            + "NumTelephone;Courriel;CodePays;LibellePays\n"
            + "SIRET;13002612300179;\"MINISTERE; DES SERVICES\";false;true;true;false;true;false;false;false;true;"
            + "1 rue X;Bât. A;;75001;PARIS;;;FR;FRANCE\n"
            + "SIRET;1910377700013;COMMUNE;false;true;false;true;false;false;false;false;false;;;;;;;;FR;FRANCE\n"
            + "RIDET;123456;PRIVE;false;true;false;false;false;false;false;false;true;;;;;;;;NC;\n";
    private static final String SERVICES = "Identifiant;RaisonSociale;Code;Nom;GestionEGMT;ServiceActif;Adresse;"
            + "ComplementAdresse1;ComplementAdresse2;CodePostal;Ville;NumTelephone;Courriel;CodePays;LibellePays\n"
            + "13002612300179;MINISTERE;SERV;Service;true;true;;;;;;;;FR;\n"
            + "13002612300179;MINISTERE;ACHAT;Achats;false;false;;;;;;;;FR;\n";

    @TempDir
    Path dir;

    @Test
    void readsBothCsvFilesByHeaderNameAndJoinsServices() throws Exception {
        List<Structure> list = DirectoryLoader.load(List.of(write("Services.csv", SERVICES), write("Structures.csv", STRUCTURES)));
        assertEquals(2, list.size(), "the RIDET row is not a SIRET structure");
        Structure ministry = list.get(0);
        assertEquals("13002612300179", ministry.siret());
        assertEquals("MINISTERE; DES SERVICES", ministry.name());
        assertTrue(ministry.serviceRequired() && ministry.active() && !ministry.engagementRequired());
        assertEquals("1 rue X, Bât. A", ministry.address());
        assertEquals(List.of("ACHAT", "SERV"), ministry.services().stream().map(s -> s.code()).toList());
        assertTrue(ministry.service("SERV").engagementRequired());
        assertFalse(ministry.service("ACHAT").active());
        Structure commune = list.get(1);
        assertEquals("01910377700013", commune.siret(), "leading zero restored");
        assertFalse(commune.active());
        assertTrue(commune.engagementRequired());
    }

    @Test
    void commaSeparatorWindows1252AndColumnsInAnyOrder() throws Exception {
        String csv = "StructureActive,GestionService,GestionEngagement,GestionServiceEngagement,RaisonSociale,Identifiant\n"
                + "1,0,0,1,Hôpital Général,13002612300179\n";
        Path file = dir.resolve("s.csv");
        Files.write(file, csv.getBytes(Charset.forName("windows-1252")));
        Structure s = DirectoryLoader.load(List.of(file)).get(0);
        assertEquals("Hôpital Général", s.name());
        assertTrue(s.active() && s.serviceOrEngagementRequired() && !s.serviceRequired());
    }

    @Test
    void zipOfTheTwoFiles() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("annuaire/Structures.csv", Samples.utf8(STRUCTURES));
        files.put("annuaire/Services.csv", Samples.utf8(SERVICES));
        Path zip = dir.resolve("annuaire.zip");
        Files.write(zip, Samples.zip(files));
        List<Structure> list = DirectoryLoader.load(List.of(zip));
        assertEquals(2, list.get(0).services().size());
    }

    @Test
    void xlsxWithTwoSheetsAndSiretsStoredAsNumbers() throws Exception {
        Path xlsx = dir.resolve("annuaire.xlsx");
        Files.write(xlsx, Xlsx.workbook(Map.of(
                "Structures", List.of(
                        List.of("Identifiant", "RaisonSociale", "StructureActive", "GestionService", "GestionEngagement",
                                "GestionServiceEngagement"),
                        List.of(1.910377700013E12, "COMMUNE", "true", "false", "true", "false")),
                "Services", List.of(
                        List.of("Identifiant", "Code", "Nom", "ServiceActif", "GestionEGMT"),
                        List.of(1910377700013L, "COMPTA", "Comptabilité", "true", "false")))));
        Structure s = DirectoryLoader.load(List.of(xlsx)).get(0);
        assertEquals("01910377700013", s.siret());
        assertTrue(s.engagementRequired());
        assertEquals("COMPTA", s.services().get(0).code());
        assertEquals("Comptabilité", s.services().get(0).name());
    }

    @Test
    void errorsNameTheFileTheLineAndTheColumn() throws Exception {
        Path bad = write("Structures.csv", STRUCTURES.replace("SIRET;1910377700013;COMMUNE;false;true;false;true;",
                "SIRET;1910377700013;COMMUNE;false;true;false;peut-être;"));
        DirectoryFormatException e = assertThrows(DirectoryFormatException.class, () -> DirectoryLoader.load(List.of(bad)));
        assertTrue(e.getMessage().contains("Structures.csv") && e.getMessage().contains("ligne 3")
                && e.getMessage().contains("GestionEngagement") && e.getMessage().contains("peut-être"), e.getMessage());
        Path missing = write("Services.csv", "Identifiant;Code;ServiceActif\n1;A;true\n");
        e = assertThrows(DirectoryFormatException.class, () -> DirectoryLoader.load(List.of(missing)));
        assertTrue(e.getMessage().contains("Nom"), e.getMessage());
        Path other = write("autre.csv", "a;b\n1;2\n");
        e = assertThrows(DirectoryFormatException.class, () -> DirectoryLoader.load(List.of(other)));
        assertTrue(e.getMessage().contains("autre.csv"), e.getMessage());
        Path siret = write("S2.csv", STRUCTURES.replace("13002612300179;\"MINISTERE", "13A02612300179;\"MINISTERE"));
        e = assertThrows(DirectoryFormatException.class, () -> DirectoryLoader.load(List.of(siret)));
        assertTrue(e.getMessage().contains("ligne 2") && e.getMessage().contains("Identifiant"), e.getMessage());
    }

    @Test
    void emulatorStartsFromDirectoryFiles() throws Exception {
        try (Emulator emulator = Emulator.start(EmulatorConfig.builder(dir.resolve("emulator")).port(0)
                .directoryFile(write("Structures.csv", STRUCTURES)).directoryFile(write("Services.csv", SERVICES)).build())) {
            assertEquals(2, emulator.structures().size());
        }
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }
}
