// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.choral.core.api.portal.PortalConnector;
import org.choral.core.api.portal.PortalConnectorFactory;
import org.choral.core.api.portal.PortalEnvironment;
import org.choral.core.api.portal.PortalSettings;
import org.junit.jupiter.api.Test;

/** What the disabled « Déposer sur Chorus » tells the user to configure. */
class PortalAccessTest {

    private static final Path DATA = Path.of("data");

    @Test
    void noConnectorForThePortalNamesIt() {
        PortalAccess access = new PortalAccess(() -> PortalSettings.defaults(), List::of, DATA, Map.of());
        String problem = access.problem().orElseThrow();
        assertTrue(problem.startsWith("Aucun connecteur « chorus » n’est installé"), problem);
        assertTrue(problem.contains("Paramétrage → Chorus Pro"), problem);
    }

    @Test
    void qualificationWithoutCredentialsAsksForThemWithoutMakingAConnector() {
        PortalAccess access = new PortalAccess(
                () -> PortalSettings.defaults().withEnvironment(PortalEnvironment.QUALIFICATION),
                () -> List.of(factory(s -> {
                    throw new AssertionError("no connector without credentials");
                })), DATA, Map.of());
        assertTrue(access.problem().orElseThrow().startsWith("Renseignez les identifiants Chorus Pro"));
    }

    @Test
    void settingsTheConnectorRefusesAreShownWithItsReason() {
        PortalAccess access = new PortalAccess(null, () -> List.of(factory(s -> {
            throw new IllegalArgumentException("l’adresse de l’API manque");
        })), DATA, Map.of());
        assertEquals("Paramétrage → Chorus Pro à corriger : l’adresse de l’API manque", access.problem().orElseThrow());
    }

    private static PortalConnectorFactory factory(java.util.function.Function<PortalSettings, PortalConnector> make) {
        return new PortalConnectorFactory() {
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
                return make.apply(settings);
            }
        };
    }

    @Test
    void theLocalEmulatorGetsDemoCredentialsAndTheDataFolderOutbox() {
        PortalSettings s = new PortalAccess(null, List::of, DATA, Map.of()).settings();
        assertEquals(PortalEnvironment.LOCAL, s.environment());
        assertTrue(s.hasCredentials());
        assertEquals(DATA.resolve("outbox"), s.outbox());
    }
}
