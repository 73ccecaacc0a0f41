// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.internal;

import java.util.Optional;

import org.choral.core.api.Siret;
import org.choral.core.api.flux.FluxSettings;
import org.choral.core.api.flux.FrameworkPlacement;
import org.choral.core.api.flux.Supplier;
import org.choral.core.api.flux.Thresholds;
import org.choral.settings.api.CompanySettings;
import org.choral.settings.api.SettingsService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The « Entreprise » and « Flux » settings as flux generation reads them: the company becomes the
 * supplier of every generated invoice; the lot thresholds and the billing framework's placement
 * come from « Flux » (their defaults until it is saved). Read at each call, so a change saved in
 * « Paramétrage » applies to the next wizard without a restart.
 */
@Component(service = FluxSettings.class)
public final class CompanyFluxSettings implements FluxSettings {

    private volatile SettingsService settings;

    @Reference
    public void setSettings(SettingsService settings) {
        this.settings = settings;
    }

    @Override
    public Optional<Supplier> supplier() {
        return toSupplier(settings.company());
    }

    @Override
    public Thresholds thresholds() {
        return settings.generation().thresholds();
    }

    @Override
    public FrameworkPlacement frameworkPlacement() {
        return settings.generation().framework();
    }

    /** The supplier these settings name; empty before the first save (neither SIRET nor name). */
    static Optional<Supplier> toSupplier(CompanySettings c) {
        if (c.siret().isEmpty() && c.name().isEmpty()) {
            return Optional.empty();
        }
        // the settings keep the SIRET as typed (« 732 829 320 00074 »); the XML wants its 14 digits
        String siret = Siret.normalize(c.siret());
        return Optional.of(new Supplier(siret == null ? c.siret() : siret, c.name(), c.vatNumber(), c.iban(), c.bic(), c.street(),
                c.postalCode(), c.town(), c.country()));
    }
}
