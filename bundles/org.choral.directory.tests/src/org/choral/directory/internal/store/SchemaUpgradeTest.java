// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

import org.choral.core.api.directory.Structure;
import org.choral.directory.testdata.DirectoryGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder written by the version whose table sets had primary keys: its directory stays
 * readable, and each set is made again without keys the first time an import fills it.
 */
class SchemaUpgradeTest {

    private static final String SIRET = "13002612300179";

    @TempDir
    Path dir;

    @Test
    void theDirectoryOfTheKeyedLayoutIsReadAndEachSetLosesItsKeysWhenRefilled() throws Exception {
        Path data = dir.resolve("data");
        Path folder = data.resolve("directory");
        Files.createDirectories(folder);
        try (Connection c = new org.h2.Driver().connect("jdbc:h2:file:" + folder.resolve(DirectoryStore.DB_NAME),
                new Properties()); Statement s = c.createStatement()) {
            for (String set : new String[] { "A", "B" }) {
                s.execute("CREATE TABLE structure_" + set + " (siret BIGINT PRIMARY KEY, name VARCHAR NOT NULL,"
                        + " active BOOLEAN NOT NULL, ge BOOLEAN NOT NULL, gs BOOLEAN NOT NULL, gse BOOLEAN NOT NULL,"
                        + " payment BOOLEAN NOT NULL, address VARCHAR NOT NULL, postal_code VARCHAR NOT NULL,"
                        + " town VARCHAR NOT NULL, country VARCHAR NOT NULL)");
                s.execute("CREATE TABLE service_" + set + " (siret BIGINT NOT NULL, code VARCHAR NOT NULL,"
                        + " name VARCHAR NOT NULL, active BOOLEAN NOT NULL, ge BOOLEAN NOT NULL,"
                        + " PRIMARY KEY (siret, code))");
            }
            s.execute("INSERT INTO structure_A VALUES (" + SIRET + ", 'Minist\u00e8re', TRUE, FALSE, TRUE, FALSE, FALSE,"
                    + " '139 rue de Bercy', '75012', 'Paris', 'FR')");
            s.execute("INSERT INTO service_A VALUES (" + SIRET + ", 'DGFIP', 'Finances', TRUE, FALSE)");
            s.execute("CREATE TABLE import_run (id INT PRIMARY KEY, table_set CHAR(1) NOT NULL,"
                    + " file_name VARCHAR NOT NULL, imported_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " structures INT NOT NULL, services INT NOT NULL, skipped INT NOT NULL,"
                    + " first_import BOOLEAN NOT NULL, structures_added INT NOT NULL, structures_removed INT NOT NULL,"
                    + " structures_deactivated INT NOT NULL, structures_reactivated INT NOT NULL,"
                    + " structure_flags_changed INT NOT NULL, services_added INT NOT NULL,"
                    + " services_removed INT NOT NULL, service_flags_changed INT NOT NULL)");
            s.execute("INSERT INTO import_run VALUES (1, 'A', 'ancien.xlsx', TIMESTAMP WITH TIME ZONE"
                    + " '2026-10-01 08:00:00+00', 1, 1, 0, TRUE, 0, 0, 0, 0, 0, 0, 0, 0)");
        }
        DirectoryGenerator generator = new DirectoryGenerator(300, 100, 3);
        Path xlsx = dir.resolve("annuaire.xlsx");
        generator.writeXlsx(xlsx);
        try (LocalDirectory directory = new LocalDirectory(data)) {
            Structure ministry = directory.lookup(SIRET).orElseThrow();
            assertEquals("DGFIP", ministry.services().get(0).code());
            assertEquals(List.of("A", "B"), keyedSets(data));

            var report = directory.importFiles(List.of(xlsx), null);
            assertEquals(1, report.changes().structuresRemoved(), "compared with the keyed set");
            assertEquals(generator.structure(7), directory.lookup(generator.siret(7)).orElseThrow());
            assertTrue(directory.lookup(SIRET).isEmpty());
            assertEquals(List.of("A"), keyedSets(data), "set B, filled, lost its keys; A, still in use, keeps them");

            directory.importFiles(List.of(xlsx), null);
            assertEquals(generator.structure(299), directory.lookup(generator.siret(299)).orElseThrow());
            assertEquals(List.of(), keyedSets(data), "refilled, set A was made again without keys");
        }
    }

    /** The sets whose tables still have a primary key. */
    private static List<String> keyedSets(Path data) throws SQLException {
        try (Connection c = new DirectoryStore(data).connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT DISTINCT RIGHT(table_name, 1) FROM"
                        + " information_schema.table_constraints WHERE constraint_type = 'PRIMARY KEY'"
                        + " AND table_name LIKE 'S%\\_%' ORDER BY 1")) {
            java.util.ArrayList<String> sets = new java.util.ArrayList<>();
            while (rs.next()) {
                sets.add(rs.getString(1));
            }
            return sets;
        }
    }
}
