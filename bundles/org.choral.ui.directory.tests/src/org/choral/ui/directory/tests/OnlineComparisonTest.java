// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;
import org.choral.ui.directory.internal.portal.OnlineComparison;
import org.junit.jupiter.api.Test;

/** Each difference between the portal and the local copy, worded for the user; and agreement. */
class OnlineComparisonTest {

    private static final String SIRET = "11000201100044";

    private static Structure structure(boolean active, boolean ge, boolean gs, boolean gse, Service... services) {
        return new Structure(SIRET, "MINISTERE TEST", active, ge, gs, gse, false, "1 rue", "75001", "PARIS", "FR",
                List.of(services));
    }

    private static Service service(String code, boolean active, boolean engagement) {
        return new Service(SIRET, code, "Service " + code, active, engagement);
    }

    @Test
    void sameStructureAgrees() {
        Structure s = structure(true, false, true, false, service("A", true, false));
        OnlineComparison c = OnlineComparison.of(SIRET, Optional.of(s), Optional.of(s));
        assertEquals(List.of(), c.differences());
        assertEquals("Le portail et votre annuaire local concordent pour MINISTERE TEST : mêmes indicateurs, mêmes 1 services.",
                c.verdict());
    }

    @Test
    void everyFlagAndServiceDifferenceIsSaidFromThePortalsSide() {
        Structure portal = structure(false, true, false, true, service("A", false, true), service("B", true, false));
        Structure local = structure(true, false, true, false, service("A", true, false), service("C", true, false));
        OnlineComparison c = OnlineComparison.of(SIRET, Optional.of(local), Optional.of(portal));
        assertEquals(List.of(
                "Le portail indique la structure inactive ; votre annuaire local la dit active — importez l’annuaire du mois.",
                "Le portail exige un numéro d’engagement ; votre annuaire local ne l’exige pas — importez l’annuaire du mois.",
                "Le portail n’exige plus un code service ; votre annuaire local l’exige encore — importez l’annuaire du mois.",
                "Le portail exige un code service ou un numéro d’engagement ; votre annuaire local ne l’exige pas — importez l’annuaire du mois.",
                "Service A : inactif sur le portail, actif dans votre annuaire local — importez l’annuaire du mois.",
                "Service A : le portail exige un numéro d’engagement ; votre annuaire local ne l’exige pas — importez l’annuaire du mois.",
                "Service B (Service B) : présent sur le portail, absent de votre annuaire local — importez l’annuaire du mois.",
                "Service C (Service C) : absent du portail, encore présent dans votre annuaire local — importez l’annuaire du mois."),
                c.differences());
        assertEquals("Votre annuaire local diffère du portail (8 différence(s)) :", c.verdict());
    }

    @Test
    void aStructureOnOneSideOnlyIsSaid() {
        Structure s = structure(true, false, false, false);
        assertEquals(List.of("Le portail connaît MINISTERE TEST (SIRET 11000201100044) ; votre annuaire local ne la "
                + "connaît pas — importez l’annuaire du mois."),
                OnlineComparison.of(SIRET, Optional.empty(), Optional.of(s)).differences());
        assertEquals(List.of("Le portail ne connaît plus le SIRET 11000201100044 ; votre annuaire local le connaît "
                + "encore — importez l’annuaire du mois."),
                OnlineComparison.of(SIRET, Optional.of(s), Optional.empty()).differences());
        OnlineComparison none = OnlineComparison.of(SIRET, Optional.empty(), Optional.empty());
        assertEquals(List.of(), none.differences());
        assertEquals("Ni le portail ni votre annuaire local ne connaissent le SIRET 11000201100044.", none.verdict());
    }
}
