// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.choral.core.api.directory.DirectoryImportException;
import org.choral.core.api.directory.DirectoryStatus;
import org.choral.core.api.directory.ImportReport;
import org.choral.core.api.directory.SkippedRows;
import org.choral.directory.internal.store.LocalDirectory;
import org.choral.directory.testdata.XlsxWriter;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not a directory are refused with a message naming the file and what is wrong, and
 * the previous directory stays; rows with a bad SIRET are skipped and counted.
 */
class BadInputTest {

    @TempDir
    Path dir;

    private LocalDirectory directory;
    private DirectoryStatus before;

    @BeforeEach
    void importAGoodDirectoryFirst() throws Exception {
        directory = new LocalDirectory(dir.resolve("data"));
        before = directory.importFiles(List.of(Fixtures.base(dir.resolve("good.xlsx"))), null).status();
    }

    @AfterEach
    void close() {
        directory.close();
    }

    /** Imports {@code file}, expects a refusal naming it and containing {@code expected}. */
    private void assertRefused(Path file, String expected) {
        DirectoryImportException e = assertThrows(DirectoryImportException.class,
                () -> directory.importFiles(List.of(file), new NullProgressMonitor()));
        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(before, directory.status().orElseThrow(), "the previous directory must stay");
        assertEquals("Commune de Saint-Étienne", directory.lookup(Fixtures.TOWN).orElseThrow().name());
    }

    @Test
    void workbookWithoutTheDirectorySheets() throws Exception {
        Path file = dir.resolve("classeur.xlsx");
        try (XlsxWriter x = new XlsxWriter(file)) {
            x.startSheet("Feuil1");
            x.row("a", "b");
            x.endSheet();
        }
        assertRefused(file, "Feuil1");
    }

    @Test
    void missingRequiredColumnNamed() throws Exception {
        Path file = dir.resolve("colonnes.xlsx");
        try (XlsxWriter x = new XlsxWriter(file)) {
            x.startSheet("Structures");
            x.row("Identifiant", "RaisonSociale", "StructureActive", "GestionEngagement", "GestionServiceEngagement");
            x.row(Long.valueOf(Fixtures.MINISTRY), "X", Boolean.TRUE, Boolean.TRUE, Boolean.TRUE);
            x.endSheet();
            x.startSheet("Services");
            x.row(Fixtures.SERVICE_HEADER);
            x.endSheet();
        }
        assertRefused(file, "GestionService");
    }

    @Test
    void missingServiceColumnAfterTheStructuresWereWrittenRollsBack() throws Exception {
        Path file = dir.resolve("services-incomplets.xlsx");
        try (XlsxWriter x = new XlsxWriter(file)) {
            x.startSheet("Structures");
            x.row(Fixtures.STRUCTURE_HEADER);
            x.row(Fixtures.structure(Long.valueOf(Fixtures.HOSPITAL), "Autre nom", false, true, true, true, "1", "x"));
            x.endSheet();
            x.startSheet("Services");
            x.row("Identifiant", "Code", "Nom");
            x.endSheet();
        }
        assertRefused(file, "ServiceActif");
        assertEquals("Centre hospitalier de Besançon", directory.lookup(Fixtures.HOSPITAL).orElseThrow().name());
    }

    @Test
    void htmlErrorPageSavedAsXlsx() throws Exception {
        Path file = dir.resolve("annuaire.xlsx");
        Files.writeString(file, "<!DOCTYPE html><html><body>Session expirée</body></html>");
        assertRefused(file, "HTML");
    }

    @Test
    void truncatedZip() throws Exception {
        Path good = Fixtures.base(dir.resolve("complet.xlsx"));
        byte[] bytes = Files.readAllBytes(good);
        Path file = dir.resolve("tronque.xlsx");
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(file, "tronqué");
    }

    @Test
    void zipBombIsStoppedWhileInflating() throws Exception {
        Path file = dir.resolve("bombe.xlsx");
        writeWorkbook(file, out -> {
            out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 40; i++) {
                out.write(spaces);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        assertTrue(Files.size(file) < 200_000, "a 40 MB sheet compressed to " + Files.size(file));
        assertRefused(file, "taille anormale");
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
        Path file = dir.resolve("xxe.xlsx");
        writeWorkbook(file, out -> out.write(("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData>"
                + "</worksheet>").getBytes(StandardCharsets.UTF_8)));
        assertRefused(file, "DTD");
    }

    @Test
    void csvThatIsNotTheDirectory() throws Exception {
        Path file = Files.writeString(dir.resolve("clients.csv"), "Nom;Ville\nDupont;Paris\n");
        assertRefused(file, "StructureActive");
    }

    @Test
    void structuresCsvWithoutServicesCsv() throws Exception {
        Path file = Files.writeString(dir.resolve("structures.csv"),
                String.join(";", java.util.Arrays.stream(Fixtures.STRUCTURE_HEADER).map(String::valueOf).toList())
                        + "\n");
        assertRefused(file, "services");
    }

    @Test
    void emptyFile() throws Exception {
        assertRefused(Files.write(dir.resolve("vide.xlsx"), new byte[0]), "vide");
    }

    @Test
    void rowsWithInvalidSiretOrValuesAreSkippedAndCounted() throws Exception {
        Path file = Fixtures.xlsx(dir.resolve("lignes.xlsx"), List.of(
                Fixtures.structure(Long.valueOf(Fixtures.MINISTRY), "Bon", true, false, false, false, "75001", "Paris"),
                Fixtures.structure("123", "Trop court", true, false, false, false, "75001", "Paris"),
                Fixtures.structure("13002612300178", "Clé fausse", true, false, false, false, "75001", "Paris"),
                Fixtures.structure(Long.valueOf(Fixtures.MINISTRY), "Doublon", true, false, false, false, "1", "x"),
                new Object[] { "RIDET", "123456", "Nouvelle-Calédonie", "false", "false", "false", "false", "true" },
                new Object[] { "SIRET", Fixtures.TOWN, "Drapeau faux", "false", "peut-être", "false", "false",
                        "true" }),
                List.of(Fixtures.service(Long.valueOf(Fixtures.MINISTRY), "A", "ok", false, true),
                        Fixtures.service(Long.valueOf(Fixtures.HOSPITAL), "B", "orphelin", false, true),
                        Fixtures.service(Long.valueOf(Fixtures.MINISTRY), "", "sans code", false, true)));
        ImportReport report = directory.importFiles(List.of(file), null);
        SkippedRows s = report.skipped();
        assertEquals(1, report.status().structures());
        assertEquals(1, report.status().services());
        assertEquals(2, s.invalidSiret(), s.examples().toString());
        assertEquals(1, s.notSiret());
        assertEquals(1, s.duplicates());
        assertEquals(2, s.invalidValues(), s.examples().toString());
        assertEquals(1, s.orphanServices());
        assertTrue(s.examples().stream().anyMatch(e -> e.contains("lignes.xlsx") && e.contains("ligne 3")
                && e.contains("123")), s.examples().toString());
        assertTrue(s.examples().stream().anyMatch(e -> e.contains("GestionEngagement") && e.contains("peut-être")),
                s.examples().toString());
    }

    interface Body {
        void write(OutputStream out) throws Exception;
    }

    /** A minimal workbook whose Structures sheet is {@code body} (compressed by the zip). */
    private static void writeWorkbook(Path file, Body body) throws Exception {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            put(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"Structures\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Services\" sheetId=\"2\" r:id=\"rId2\"/>"
                    + "</sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/worksheets/sheet2.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/></worksheet>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            body.write(zip);
            zip.closeEntry();
        }
    }

    private static void put(ZipOutputStream zip, String name, String content) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
