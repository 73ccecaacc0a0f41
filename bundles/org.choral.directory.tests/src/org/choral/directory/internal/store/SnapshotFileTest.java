// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.choral.core.api.directory.Structure;
import org.choral.directory.internal.index.DirectoryIndex;
import org.choral.directory.testdata.DirectoryGenerator;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The index snapshot file beside the store: what an import builds in memory, what the file holds
 * and what the tables hold are the same directory; a damaged or stale file is never believed.
 */
class SnapshotFileTest {

    private static final DirectoryGenerator GENERATOR = new DirectoryGenerator(3000, 1500, 7);

    @TempDir
    Path dir;
    private Path data;
    private Path xlsx;

    @BeforeEach
    void setUp() throws IOException {
        data = dir.resolve("data");
        xlsx = dir.resolve("annuaire.xlsx");
        GENERATOR.writeXlsx(xlsx);
    }

    @Test
    void theIndexBuiltByTheImportTheSnapshotAndTheTablesAreTheSame() throws Exception {
        Map<String, Structure> imported;
        try (LocalDirectory directory = new LocalDirectory(data)) {
            directory.importFiles(List.of(xlsx), new NullProgressMonitor());
            imported = all(directory);
        }
        DirectoryStore store = new DirectoryStore(data);
        try (Connection c = store.connect()) {
            ImportRun run = DirectoryStore.latest(c);
            Snapshot fromFile = SnapshotFile.read(store.folder(), run);
            assertNotNull(fromFile, "the import wrote its snapshot");
            Snapshot fromTables = IndexLoader.load(c);
            assertEquals(fromTables.status(), fromFile.status());
            assertEquals(byKey(fromTables.index()), byKey(fromFile.index()));
            assertEquals(byKey(fromTables.index()), imported);
        }
        assertEquals(3000, imported.size());
        assertEquals(GENERATOR.structure(0), imported.get(GENERATOR.siret(0)));
    }

    @Test
    void aNewProcessLoadsTheSnapshotFile() throws Exception {
        importOnce();
        try (LocalDirectory fresh = new LocalDirectory(data)) {
            assertEquals(GENERATOR.structure(42), fresh.lookup(GENERATOR.siret(42)).orElseThrow());
        }
    }

    enum Damage {
        FLIPPED_BYTE, TRUNCATED, EMPTY, GARBAGE, TRAILING_BYTE
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void aDamagedSnapshotIsIgnoredTheDatabaseReadAndTheFileRewritten(Damage damage) throws Exception {
        importOnce();
        Path file = SnapshotFile.file(data.resolve("directory"));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, switch (damage) {
            case FLIPPED_BYTE -> flip(bytes, bytes.length / 2);
            case TRUNCATED -> Arrays.copyOf(bytes, bytes.length - 100);
            case EMPTY -> new byte[0];
            case GARBAGE -> "<html>not a snapshot</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case TRAILING_BYTE -> Arrays.copyOf(bytes, bytes.length + 1);
        });
        try (Connection c = new DirectoryStore(data).connect()) {
            assertNull(SnapshotFile.read(data.resolve("directory"), DirectoryStore.latest(c)), damage.name());
        }
        try (LocalDirectory fresh = new LocalDirectory(data)) {
            assertEquals(GENERATOR.structure(2999), fresh.lookup(GENERATOR.siret(2999)).orElseThrow());
        }
        try (Connection c = new DirectoryStore(data).connect()) {
            assertNotNull(SnapshotFile.read(data.resolve("directory"), DirectoryStore.latest(c)),
                    "the loader rewrote the snapshot from the database");
        }
    }

    @Test
    void aSnapshotOfAnEarlierImportIsIgnored() throws Exception {
        DirectoryGenerator other = new DirectoryGenerator(500, 200, 8);
        Path second = dir.resolve("autre.xlsx");
        other.writeXlsx(second);
        Path saved = dir.resolve("saved.snapshot");
        try (LocalDirectory directory = new LocalDirectory(data)) {
            directory.importFiles(List.of(xlsx), null);
            Files.copy(SnapshotFile.file(data.resolve("directory")), saved);
            directory.importFiles(List.of(second), null);
        }
        // as if a crash had come between the commit and the move of the new snapshot
        Files.copy(saved, SnapshotFile.file(data.resolve("directory")), StandardCopyOption.REPLACE_EXISTING);
        try (LocalDirectory fresh = new LocalDirectory(data)) {
            assertEquals(500, fresh.status().orElseThrow().structures());
            assertEquals(other.structure(3), fresh.lookup(other.siret(3)).orElseThrow());
        }
    }

    @Test
    void aCancelledImportLeavesTheSnapshotOfThePreviousOneAndNoTemporaryFile() throws Exception {
        importOnce();
        Path folder = data.resolve("directory");
        byte[] before = Files.readAllBytes(SnapshotFile.file(folder));
        DirectoryGenerator big = new DirectoryGenerator(6000, 3000, 9);
        Path second = dir.resolve("grand.xlsx");
        big.writeXlsx(second);
        try (LocalDirectory directory = new LocalDirectory(data)) {
            NullProgressMonitor cancelling = new NullProgressMonitor() {
                private int work;

                @Override
                public void worked(int units) {
                    if (++work >= 2) {
                        setCanceled(true);
                    }
                }
            };
            assertThrows(OperationCanceledException.class, () -> directory.importFiles(List.of(second), cancelling));
        }
        assertTrue(Arrays.equals(before, Files.readAllBytes(SnapshotFile.file(folder))));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    private void importOnce() throws Exception {
        try (LocalDirectory directory = new LocalDirectory(data)) {
            directory.importFiles(List.of(xlsx), null);
        }
    }

    private static Map<String, Structure> all(LocalDirectory directory) {
        return Stream.of(GENERATOR).flatMap(g -> java.util.stream.IntStream.range(0, g.structureCount())
                .mapToObj(g::siret)).map(s -> directory.lookup(s).orElseThrow())
                .collect(Collectors.toMap(Structure::siret, Function.identity()));
    }

    private static Map<String, Structure> byKey(DirectoryIndex index) {
        return index.structures().stream().collect(Collectors.toMap(Structure::siret, Function.identity()));
    }

    private static byte[] flip(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= 0x5a;
        return copy;
    }
}
