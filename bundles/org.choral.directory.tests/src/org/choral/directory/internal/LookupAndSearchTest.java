// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.choral.core.api.directory.Structure;
import org.choral.directory.internal.index.TextFold;
import org.choral.directory.internal.store.LocalDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Look-ups accept SIRETs as people type them; search ignores case and accents. */
class LookupAndSearchTest {

    @TempDir
    static Path dir;

    private static LocalDirectory directory;

    @BeforeAll
    static void importBase() throws Exception {
        directory = new LocalDirectory(dir.resolve("data"));
        directory.importFiles(List.of(Fixtures.base(dir.resolve("annuaire.xlsx"))), null);
    }

    @AfterAll
    static void close() {
        directory.close();
    }

    @ParameterizedTest
    @ValueSource(strings = { "13002612300179", "130 026 123 00179", "130.026.123.00179", "130-026-123-00179",
            " 13002612300179 " })
    void lookupNormalisesTheSiret(String typed) {
        Structure s = directory.lookup(typed).orElseThrow();
        assertEquals(Fixtures.MINISTRY, s.siret());
        assertEquals("Ministère de l'Économie", s.name());
        assertTrue(s.active() && s.serviceRequired() && !s.engagementRequired() && !s.serviceOrEngagementRequired());
        assertEquals(List.of("DGFIP", "FACTURES_PUBLIQUES"), s.services().stream().map(v -> v.code()).toList());
    }

    @Test
    void lookupOfUnknownOrMalformedSiretIsEmpty() {
        assertTrue(directory.lookup("13002612300178").isEmpty());
        assertTrue(directory.lookup("abc").isEmpty());
        assertTrue(directory.lookup("").isEmpty());
        assertTrue(directory.lookup(null).isEmpty());
    }

    @Test
    void serviceFlagsAreRead() {
        var tech = directory.lookup(Fixtures.TOWN).orElseThrow().service(" TECH ");
        assertTrue(tech.active() && tech.engagementRequired());
    }

    @Test
    void searchByNameFragmentIgnoringCaseAndAccents() {
        assertEquals(List.of(Fixtures.TOWN), sirets(directory.search("saint etienne", 10)));
        assertEquals(List.of(Fixtures.MINISTRY), sirets(directory.search("ECONOMIE", 10)));
        assertEquals(List.of(Fixtures.HOSPITAL), sirets(directory.search("hospitalier de besan", 10)));
    }

    @Test
    void searchByPostalCodeTownOrSiretStart() {
        assertEquals(List.of(Fixtures.HOSPITAL), sirets(directory.search("25000", 10)));
        assertEquals(List.of(Fixtures.HOSPITAL), sirets(directory.search("besancon", 10)));
        assertEquals(List.of(Fixtures.TOWN), sirets(directory.search("213 401", 10)));
    }

    @Test
    void nameStartBeatsContainsThenByNameAndLimitHolds() {
        // "Centre…" and "Commune…" start with c (by name), "Ministère de l'Économie" only contains it
        assertEquals(List.of(Fixtures.HOSPITAL, Fixtures.TOWN, Fixtures.MINISTRY), sirets(directory.search("c", 10)));
        assertEquals(List.of(Fixtures.HOSPITAL), sirets(directory.search("c", 1)));
        assertTrue(directory.search("   ", 10).isEmpty());
    }

    @Test
    void foldingSpreadsLigaturesAndPunctuation() {
        assertEquals("coeur de l ile saint etienne", TextFold.fold("Cœur-de-l'Île  SAINT-ÉTIENNE"));
    }

    private static List<String> sirets(List<Structure> found) {
        return found.stream().map(Structure::siret).toList();
    }
}
