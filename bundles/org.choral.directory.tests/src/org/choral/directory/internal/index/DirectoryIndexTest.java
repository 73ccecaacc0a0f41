// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;
import org.junit.jupiter.api.Test;

/** The compact in-memory index: what goes in comes out, services by code, damaged parts refused. */
class DirectoryIndexTest {

    private static final String MINISTRY = "13002612300179";
    private static final String LEADING_ZERO = "00123456600014";

    @Test
    void structuresComeBackAsTheyWentInWithTheirServicesOrderedByCode() {
        List<Service> services = new ArrayList<>();
        for (int i = 29; i >= 0; i--) {
            services.add(new Service(MINISTRY, String.format("S%02d", i), "Service n\u00b0 " + i, i % 3 != 0, i == 7));
        }
        Structure ministry = new Structure(MINISTRY, "Minist\u00e8re de l'\u00c9conomie", true, false, true, false,
                true, "139 rue de Bercy", "75012", "Paris", "FR", services);
        Structure syndicate = new Structure(LEADING_ZERO, "Syndicat des eaux \u0153uvre", false, true, false, true,
                false, "", "01000", "Bourg-en-Bresse", "FR", List.of());
        DirectoryIndex index = Indexes.of(List.of(ministry, syndicate));

        List<Service> sorted = new ArrayList<>(services);
        Collections.reverse(sorted);
        assertEquals(new Structure(MINISTRY, ministry.name(), true, false, true, false, true, ministry.address(),
                "75012", "Paris", "FR", sorted), index.get(MINISTRY));
        assertEquals(syndicate, index.get(LEADING_ZERO));
        assertEquals(2, index.size());
        assertEquals(30, index.serviceCount());
        assertEquals(new HashSet<>(List.of(index.get(MINISTRY), syndicate)), new HashSet<>(index.structures()));
        assertNull(index.get("13002612300178"));
        assertNull(index.get("not a siret"));
    }

    @Test
    void aServiceIsFoundByCodeWhetherItsStructureHasFewOrMany() {
        List<Service> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(new Service(MINISTRY, "CODE" + i, "", i % 2 == 0, i % 5 == 0));
        }
        DirectoryIndex index = Indexes.of(List.of(
                new Structure(MINISTRY, "M", true, false, false, false, false, "", "", "", "FR", many),
                new Structure(LEADING_ZERO, "S", true, false, false, false, false, "", "", "", "FR",
                        List.of(new Service(LEADING_ZERO, "\u00c9COLES", "", false, true)))));
        int ministry = index.record(Long.parseLong(MINISTRY));
        for (int i = 0; i < 40; i++) {
            assertEquals(DirectoryIndex.serviceFlags(i % 2 == 0, i % 5 == 0), index.serviceFlags(ministry, "CODE" + i));
        }
        assertEquals(-1, index.serviceFlags(ministry, "CODE40"));
        int syndicate = index.record(Long.parseLong(LEADING_ZERO));
        assertEquals(DirectoryIndex.serviceFlags(false, true), index.serviceFlags(syndicate, "\u00c9COLES"));
        assertEquals(-1, index.serviceFlags(syndicate, "ECOLES"));
        assertEquals(-1, index.record(42L));
    }

    @Test
    void aSiretAddedTwiceIsRefused() {
        DirectoryIndexBuilder b = new DirectoryIndexBuilder(1);
        b.structure(1L, 0, "A", "", "", "", "");
        assertThrows(IllegalArgumentException.class, () -> b.structure(1L, 0, "B", "", "", "", ""));
        assertEquals(false, b.service(2L, 0, "X", ""), "no structure 2: the service is not added");
    }

    @Test
    void theBuilderGrowsPastItsGuess() {
        DirectoryIndexBuilder b = new DirectoryIndexBuilder(0);
        for (int i = 0; i < 5000; i++) {
            b.structure(i, DirectoryIndex.ACTIVE, "Structure " + i, "", "750" + (i % 20), "Paris", "FR");
            b.service(i, 0, "S", "Service");
        }
        DirectoryIndex index = b.build();
        assertEquals(5000, index.size());
        assertEquals("75013", index.get(DirectoryIndex.format(4993)).postalCode());
        assertEquals(List.of("S"), index.get(DirectoryIndex.format(4999)).services().stream().map(Service::code).toList());
    }

    @Test
    void partsThatDoNotMakeAnIndexAreRefused() {
        DirectoryIndex.Parts good = Indexes.of(List.of(new Structure(MINISTRY, "M", true, false, false, false, false,
                "", "75012", "Paris", "FR", List.of(new Service(MINISTRY, "S", "", true, false))))).parts();
        assertEquals(1, DirectoryIndex.of(good).size());
        assertThrows(IllegalArgumentException.class, () -> DirectoryIndex.of(new DirectoryIndex.Parts(good.sirets(),
                new int[] { good.dataLength() }, good.data(), good.dataLength(), good.shared(), good.serviceFrom(),
                good.serviceAt(), good.serviceData(), good.serviceDataLength())), "record past the data");
        assertThrows(IllegalArgumentException.class, () -> DirectoryIndex.of(new DirectoryIndex.Parts(good.sirets(),
                good.structureAt(), good.data(), good.dataLength(), new String[0], good.serviceFrom(),
                good.serviceAt(), good.serviceData(), good.serviceDataLength())), "shared string missing");
        assertThrows(IllegalArgumentException.class, () -> DirectoryIndex.of(new DirectoryIndex.Parts(good.sirets(),
                good.structureAt(), good.data(), good.dataLength(), good.shared(), new int[] { 0, 2 },
                good.serviceAt(), good.serviceData(), good.serviceDataLength())), "more services than there are");
        assertThrows(IllegalArgumentException.class, () -> DirectoryIndex.of(new DirectoryIndex.Parts(
                new long[] { -5 }, good.structureAt(), good.data(), good.dataLength(), good.shared(),
                good.serviceFrom(), good.serviceAt(), good.serviceData(), good.serviceDataLength())), "negative SIRET");
    }

    @Test
    void siretsKeepTheirLeadingZeros() {
        assertEquals(LEADING_ZERO, DirectoryIndex.format(123456600014L));
        assertEquals(123456600014L, DirectoryIndex.parse(LEADING_ZERO));
        assertEquals(-1, DirectoryIndex.parse("1234"));
        assertThrows(IllegalArgumentException.class, () -> DirectoryIndex.format(100_000_000_000_000L));
    }

    @Test
    void searchFindsBySiretStartAndPostalCode() {
        DirectoryIndex index = Indexes.of(List.of(
                new Structure(MINISTRY, "Minist\u00e8re", true, false, false, false, false, "", "75012", "Paris", "FR",
                        List.of()),
                new Structure(LEADING_ZERO, "Syndicat", true, false, false, false, false, "", "01000", "Bourg", "FR",
                        List.of())));
        assertEquals(List.of(LEADING_ZERO), index.search("001 234", 10).stream().map(Structure::siret).toList());
        assertEquals(List.of(MINISTRY), index.search("75012", 10).stream().map(Structure::siret).toList());
        assertEquals(List.of(MINISTRY), index.search("ministere", 10).stream().map(Structure::siret).toList());
    }
}
