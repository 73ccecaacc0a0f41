// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.tracking.internal.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.choral.core.api.portal.PortalConnector;
import org.choral.core.api.portal.PortalConnectorFactory;
import org.choral.core.api.portal.PortalEnvironment;
import org.choral.core.api.portal.PortalSettings;
import org.junit.jupiter.api.Test;

/** The follow-up reaches the local emulator without an account, as the deposit wizard does; a real portal never. */
class ServicesTest {

    private final AtomicReference<PortalSettings> given = new AtomicReference<>();
    private final PortalConnectorFactory factory = new PortalConnectorFactory() {
        @Override
        public String id() {
            return PortalSettings.DEFAULT_PORTAL;
        }

        @Override
        public String displayName() {
            return "Chorus Pro";
        }

        @Override
        public PortalConnector create(PortalSettings settings) {
            given.set(settings);
            return null;
        }
    };

    @Test
    void theLocalEmulatorGetsTheDemoCredentialsWhenNoneAreSaved() {
        new Services(null, null, PortalSettings::defaults, List.of(factory)).connect();
        assertEquals(PortalEnvironment.LOCAL, given.get().environment());
        assertEquals(PortalSettings.DEMO_CREDENTIAL, given.get().login());
        assertEquals(PortalSettings.DEMO_CREDENTIAL, given.get().clientSecret());
    }

    @Test
    void aRealPortalIsNeverGivenInventedCredentials() {
        PortalSettings qualification = PortalSettings.defaults().withEnvironment(PortalEnvironment.QUALIFICATION);
        new Services(null, null, () -> qualification, List.of(factory)).connect();
        assertEquals(PortalEnvironment.QUALIFICATION, given.get().environment());
        if (System.getenv(PortalSettings.ENV_LOGIN) == null) {
            assertNull(given.get().login());
        }
    }
}
