// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.update.internal;

import org.choral.ui.settings.SettingsPage;
import org.eclipse.jface.preference.IPreferencePage;
import org.osgi.service.component.annotations.Component;

/** Contributes « Mises à jour » to « Paramétrage », after « Entreprise » and « Chorus Pro ». */
@Component(service = SettingsPage.class)
public class UpdatesPageContribution implements SettingsPage {

    public static final String ID = "settings.updates"; //$NON-NLS-1$

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int rank() {
        return 300;
    }

    @Override
    public IPreferencePage createPage() {
        return new UpdatesSettingsPage();
    }
}
