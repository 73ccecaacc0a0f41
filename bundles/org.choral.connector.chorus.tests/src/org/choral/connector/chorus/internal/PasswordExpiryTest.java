// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.chorus.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.choral.core.api.portal.FluxState;
import org.junit.jupiter.api.Test;

/** The password warning window, the flux states, and the environments' addresses. */
class PasswordExpiryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void warnsAMonthAheadAndOnceExpired() {
        assertTrue(PasswordExpiry.warning(TODAY.plusDays(31), TODAY).isEmpty());
        assertTrue(PasswordExpiry.warning(TODAY.plusDays(30), TODAY).orElseThrow().contains("30"));
        assertTrue(PasswordExpiry.warning(TODAY, TODAY).isPresent());
        assertTrue(PasswordExpiry.warning(TODAY.minusDays(1), TODAY).orElseThrow().contains("expir"));
        assertTrue(PasswordExpiry.warning(null, TODAY).isEmpty());
    }

    @Test
    void mapsEveryFluxState() {
        assertEquals(FluxState.PENDING, ChorusConnector.state("IN_RECU"));
        assertEquals(FluxState.PENDING, ChorusConnector.state("IN_EN_ATTENTE_RETRAITEMENT_CPP"));
        assertEquals(FluxState.INTEGRATED, ChorusConnector.state("IN_INTEGRE"));
        assertEquals(FluxState.PARTIAL, ChorusConnector.state("IN_INTEGRE_PARTIEL"));
        assertEquals(FluxState.REJECTED, ChorusConnector.state("IN_REJETE"));
        assertEquals(FluxState.INCIDENT, ChorusConnector.state("IN_INCIDENTE"));
        assertEquals(FluxState.UNKNOWN, ChorusConnector.state("IN_NOUVEAU"));
    }

    @Test
    void environmentsUseThePisteAddresses() {
        var qualification = ChorusEndpoints.of(org.choral.core.api.portal.PortalSettings.defaults()
                .withEnvironment(org.choral.core.api.portal.PortalEnvironment.QUALIFICATION));
        assertEquals("https://sandbox-api.piste.gouv.fr/cpro/factures/v1/deposer/flux",
                qualification.resolve("/cpro/factures/v1/deposer/flux").toString());
        assertEquals("https://sandbox-oauth.piste.gouv.fr/api/oauth/token", qualification.token().toString());
        var production = ChorusEndpoints.of(org.choral.core.api.portal.PortalSettings.defaults()
                .withEnvironment(org.choral.core.api.portal.PortalEnvironment.PRODUCTION));
        assertEquals("https://oauth.piste.gouv.fr/api/oauth/token", production.token().toString());
        var local = ChorusEndpoints.of(org.choral.core.api.portal.PortalSettings.defaults());
        assertEquals("http://127.0.0.1:8787/api/oauth/token", local.token().toString());
    }
}
