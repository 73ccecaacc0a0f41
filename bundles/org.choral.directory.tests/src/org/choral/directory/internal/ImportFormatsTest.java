// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.choral.core.api.directory.ImportReport;
import org.choral.directory.internal.read.CsvReader;
import org.choral.directory.internal.store.LocalDirectory;
import org.choral.directory.testdata.DirectoryGenerator;
import org.choral.directory.testdata.DirectoryGenerator.Booleans;
import org.choral.directory.testdata.DirectoryGenerator.Layout;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every format and layout of the directory gives the same directory. */
class ImportFormatsTest {

    private static final DirectoryGenerator GENERATOR = new DirectoryGenerator(400, 250, 7);

    @TempDir
    Path dir;

    private void assertImported(List<Path> files) throws Exception {
        try (LocalDirectory directory = new LocalDirectory(dir.resolve("data"))) {
            ImportReport report = directory.importFiles(files, new NullProgressMonitor());
            assertEquals(400, report.status().structures());
            assertEquals(250, report.status().services());
            assertEquals(0, report.skipped().total(), report.skipped().examples().toString());
            assertTrue(report.changes().firstImport());
            for (int i = 0; i < 400; i++) {
                assertEquals(GENERATOR.structure(i), directory.lookup(GENERATOR.siret(i)).orElseThrow(),
                        "structure " + i);
            }
        }
    }

    @Test
    void officialXlsxWithSiretAsNumberAndLeadingZerosLost() throws Exception {
        Path xlsx = dir.resolve("annuaire.xlsx");
        GENERATOR.writeXlsx(xlsx);
        assertTrue(GENERATOR.siret(0).startsWith("00"), "the generator must give SIRETs with leading zeros");
        assertImported(List.of(xlsx));
    }

    @ParameterizedTest
    @EnumSource(Booleans.class)
    void xlsxWithReorderedAndExtraColumnsAndEveryBooleanSpelling(Booleans booleans) throws Exception {
        Path xlsx = dir.resolve("annuaire.xlsx");
        GENERATOR.writeXlsx(xlsx, new Layout(booleans, true));
        assertImported(List.of(xlsx));
    }

    @Test
    void csvSemicolonUtf8() throws Exception {
        assertCsv(StandardCharsets.UTF_8, ';', new Layout(Booleans.TRUE_FALSE, false));
    }

    @Test
    void csvCommaWindows1252ReorderedOuiNon() throws Exception {
        assertCsv(CsvReader.WINDOWS_1252, ',', new Layout(Booleans.OUI_NON, true));
    }

    private void assertCsv(Charset charset, char separator, Layout layout) throws Exception {
        Path structures = dir.resolve("structures.csv");
        Path services = dir.resolve("services.csv");
        GENERATOR.writeCsv(structures, services, charset, separator, layout);
        assertEquals(charset, CsvReader.detectCharset(structures));
        // given in the "wrong" order on purpose: files are told apart by their columns
        assertImported(List.of(services, structures));
    }

    @Test
    void apiZipHoldingTheXlsx() throws Exception {
        Path zip = dir.resolve("annuaire-api.zip");
        GENERATOR.writeApiZip(zip);
        assertImported(List.of(zip));
    }
}
