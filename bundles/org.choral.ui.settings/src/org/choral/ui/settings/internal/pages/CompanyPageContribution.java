// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.settings.internal.pages;

import org.choral.settings.api.SettingsService;
import org.choral.ui.settings.SettingsPage;
import org.eclipse.jface.preference.IPreferencePage;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes « Entreprise » to « Paramétrage ». */
@Component(service = SettingsPage.class)
public class CompanyPageContribution implements SettingsPage {

    public static final String ID = "settings.company"; //$NON-NLS-1$

    @Reference
    private SettingsService service;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int rank() {
        return 100;
    }

    @Override
    public IPreferencePage createPage() {
        return new CompanyPreferencePage(service);
    }
}
