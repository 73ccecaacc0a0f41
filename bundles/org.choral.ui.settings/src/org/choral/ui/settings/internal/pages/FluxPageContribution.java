// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.settings.internal.pages;

import org.choral.settings.api.SettingsService;
import org.choral.ui.settings.SettingsPage;
import org.eclipse.jface.preference.IPreferencePage;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes « Flux » (lot thresholds, billing framework placement) to « Paramétrage », after Chorus Pro. */
@Component(service = SettingsPage.class)
public class FluxPageContribution implements SettingsPage {

    public static final String ID = "settings.flux"; //$NON-NLS-1$

    @Reference
    private SettingsService service;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int rank() {
        return 250;
    }

    @Override
    public IPreferencePage createPage() {
        return new FluxPreferencePage(service);
    }
}
