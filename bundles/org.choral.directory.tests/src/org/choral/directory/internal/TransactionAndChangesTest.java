// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.choral.core.api.directory.ChangeSummary;
import org.choral.core.api.directory.DirectoryStatus;
import org.choral.core.api.directory.ImportReport;
import org.choral.core.api.directory.Structure;
import org.choral.directory.internal.store.LocalDirectory;
import org.choral.directory.testdata.DirectoryGenerator;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An import is all or nothing, and says what changed since the previous one. */
class TransactionAndChangesTest {

    @TempDir
    Path dir;

    @Test
    void cancelledImportKeepsThePreviousDirectoryAndTheNextImportWorks() throws Exception {
        DirectoryGenerator small = new DirectoryGenerator(50, 20, 1);
        DirectoryGenerator big = new DirectoryGenerator(6000, 3000, 2);
        Path first = dir.resolve("petit.xlsx");
        Path second = dir.resolve("grand.xlsx");
        small.writeXlsx(first);
        big.writeXlsx(second);
        try (LocalDirectory directory = new LocalDirectory(dir.resolve("data"))) {
            DirectoryStatus before = directory.importFiles(List.of(first), null).status();
            NullProgressMonitor cancelling = new NullProgressMonitor() {
                private int work;

                @Override
                public void worked(int units) {
                    if (++work >= 2) { // after the files were recognised, while rows are read
                        setCanceled(true);
                    }
                }
            };
            assertThrows(OperationCanceledException.class, () -> directory.importFiles(List.of(second), cancelling));
            assertEquals(before, directory.status().orElseThrow());
            assertEquals(small.structure(10), directory.lookup(small.siret(10)).orElseThrow());
            assertTrue(directory.lookup(big.siret(5999)).isEmpty(), "nothing of the cancelled import is visible");

            ImportReport after = directory.importFiles(List.of(second), null);
            assertEquals(6000, after.status().structures());
            assertEquals(big.structure(5999), directory.lookup(big.siret(5999)).orElseThrow());
        }
    }

    /**
     * The previous directory is taken from memory when the same process imported it, else from its
     * snapshot file, else from the database: the summary must not depend on where it came from.
     */
    @ParameterizedTest
    @ValueSource(strings = { "memory", "snapshot", "database" })
    void changeSummaryIsTheSameWhereverThePreviousDirectoryComesFrom(String source) throws Exception {
        Path data = dir.resolve("data");
        LocalDirectory directory = new LocalDirectory(data);
        try {
            directory.importFiles(List.of(Fixtures.base(dir.resolve("janvier.xlsx"))), null);
            if (!"memory".equals(source)) {
                directory.close();
                directory = new LocalDirectory(data);
            }
            if ("database".equals(source)) {
                Files.delete(data.resolve("directory").resolve("index.snapshot"));
            }
            ImportReport second = directory.importFiles(List.of(february(dir.resolve("fevrier.xlsx"))), null);
            assertEquals(new ChangeSummary(false, 1, 1, 1, 0, 1, 2, 1, 1), second.changes());
        } finally {
            directory.close();
        }
    }

    @Test
    void changeSummaryCountsWhatChanged() throws Exception {
        try (LocalDirectory directory = new LocalDirectory(dir.resolve("data"))) {
            ImportReport first = directory.importFiles(List.of(Fixtures.base(dir.resolve("janvier.xlsx"))), null);
            assertTrue(first.changes().firstImport());
            assertFalse(first.changes().hasChanges());

            Path february = february(dir.resolve("fevrier.xlsx"));
            ImportReport second = directory.importFiles(List.of(february), null);
            assertEquals(new ChangeSummary(false, 1, 1, 1, 0, 1, 2, 1, 1), second.changes());
            assertEquals("fevrier.xlsx", directory.status().orElseThrow().fileName());
            Structure town = directory.lookup(Fixtures.TOWN).orElseThrow();
            assertFalse(town.active());
            assertEquals(List.of("ECOLES", "TECH"), town.services().stream().map(s -> s.code()).toList());
            assertTrue(directory.lookup(Fixtures.HOSPITAL).isEmpty());

            ImportReport third = directory.importFiles(List.of(february), null);
            assertFalse(third.changes().hasChanges(), third.changes().toString());
            assertFalse(third.changes().firstImport());
        }
    }

    /**
     * January's {@link Fixtures#base} a month later. Ministry: now demands an engagement; town:
     * deactivated; hospital: removed; a new structure added. Services: DGFIP deactivated,
     * FACTURES_PUBLIQUES removed, TECH kept, two added.
     */
    private static Path february(Path file) throws java.io.IOException {
        return Fixtures.xlsx(file, List.of(
                Fixtures.structure(Long.valueOf(Fixtures.MINISTRY), "Ministère de l'Économie", true, true, true,
                        false, "75012", "Paris"),
                Fixtures.structure(Long.valueOf(Fixtures.TOWN), "Commune de Saint-Étienne", false, true, false,
                        false, "42000", "Saint-Étienne"),
                Fixtures.structure(Long.valueOf(Fixtures.LEADING_ZERO), "Syndicat des eaux", true, false, false,
                        false, "01000", "Bourg-en-Bresse")),
                List.of(Fixtures.service(Long.valueOf(Fixtures.MINISTRY), "DGFIP", "Finances", false, false),
                        Fixtures.service(Long.valueOf(Fixtures.TOWN), "TECH", "Services techniques", true, true),
                        Fixtures.service(Long.valueOf(Fixtures.TOWN), "ECOLES", "Écoles", false, true),
                        Fixtures.service(Long.valueOf(Fixtures.LEADING_ZERO), "EAU", "Eau", false, true)));
    }
}
