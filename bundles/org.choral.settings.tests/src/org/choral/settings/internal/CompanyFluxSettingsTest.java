// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.choral.core.api.flux.FluxSettings;
import org.choral.core.api.flux.Supplier;
import org.choral.core.api.flux.Thresholds;
import org.choral.settings.api.CompanySettings;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The « Entreprise » settings seen by flux generation through the {@link FluxSettings} service. */
class CompanyFluxSettingsTest {

    @Test
    void theCompanyBecomesTheSupplierFieldByField() {
        CompanySettings c = new CompanySettings("732 829 320 00074", "Exemple SA", "FR44732829320", "1 rue de la Paix",
                "75001", "Paris", "FR", "FR76 3000 6000 0112 3456 7890 189", "AGRIFRPP");
        Supplier s = CompanyFluxSettings.toSupplier(c).orElseThrow();
        assertEquals(new Supplier("73282932000074", "Exemple SA", "FR44732829320", "FR7630006000011234567890189",
                "AGRIFRPP", "1 rue de la Paix", "75001", "Paris", "FR"), s);
        assertEquals(Optional.empty(), CompanyFluxSettings.toSupplier(CompanySettings.empty()));
    }

    @Test
    void isRegisteredByDsWithTheDefaultThresholds() throws InterruptedException {
        var context = FrameworkUtil.getBundle(CompanyFluxSettingsTest.class).getBundleContext();
        ServiceTracker<FluxSettings, FluxSettings> tracker = new ServiceTracker<>(context, FluxSettings.class, null);
        tracker.open();
        try {
            FluxSettings settings = tracker.waitForService(10_000);
            assertNotNull(settings, "FluxSettings registered by DS");
            assertTrue(settings instanceof CompanyFluxSettings, settings.getClass().getName());
            assertEquals(Thresholds.DEFAULTS, settings.thresholds());
        } finally {
            tracker.close();
        }
    }
}
