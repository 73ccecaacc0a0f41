// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.choral.core.api.directory.ChangeSummary;
import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;
import org.choral.directory.internal.index.DirectoryIndex;
import org.choral.directory.internal.index.Indexes;
import org.junit.jupiter.api.Test;

/** The change summary computed in memory, including a structure with many services. */
class ChangesTest {

    private static final String BIG = "13002612300179";
    private static final String SMALL = "21340172201787";
    private static final String GONE = "26750045200011";
    private static final String NEW = "00123456600014";

    @Test
    void countsEachKindOfChangeOnceAndRemovalsFromTheCounts() {
        DirectoryIndex before = index(
                structure(BIG, true, false, services(BIG, 20, i -> true, i -> false)),
                structure(SMALL, false, false, services(SMALL, 2, i -> true, i -> true)),
                structure(GONE, true, true, services(GONE, 3, i -> true, i -> true)));
        // BIG: deactivated, StGE set, services 0-14 kept (3 and 7 deactivated, 11 now demands an
        // engagement), 15-19 removed, 20-21 added; SMALL: reactivated, same services; NEW added
        // with one service; GONE removed with its three services
        List<Service> big = new ArrayList<>(services(BIG, 22, i -> i != 3 && i != 7, i -> i == 11));
        big.removeIf(s -> s.code().compareTo("S15") >= 0 && s.code().compareTo("S20") < 0);
        DirectoryIndex after = index(
                structure(BIG, false, true, big),
                structure(SMALL, true, false, services(SMALL, 2, i -> true, i -> true)),
                structure(NEW, true, false, services(NEW, 1, i -> true, i -> false)));
        assertEquals(new ChangeSummary(false, 1, 1, 1, 1, 1, 3, 8, 3), Changes.between(before, after));
        assertEquals(new ChangeSummary(false, 0, 0, 0, 0, 0, 0, 0, 0), Changes.between(after, after));
    }

    private static DirectoryIndex index(Structure... structures) {
        return Indexes.of(List.of(structures));
    }

    private static Structure structure(String siret, boolean active, boolean ge, List<Service> services) {
        return new Structure(siret, "Structure " + siret, active, ge, false, false, false, "", "75000", "Paris",
                "FR", services);
    }

    private static List<Service> services(String siret, int n, java.util.function.IntPredicate active,
            java.util.function.IntPredicate ge) {
        List<Service> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new Service(siret, String.format("S%02d", Integer.valueOf(i)), "Service " + i,
                    active.test(i), ge.test(i)));
        }
        return list;
    }
}
