// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.settings.internal.pages;

import org.choral.settings.api.ConnectionTester;
import org.choral.settings.api.SettingsService;
import org.choral.ui.settings.SettingsPage;
import org.eclipse.jface.preference.IPreferencePage;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Contributes « Chorus Pro » to « Paramétrage ». The connection tester is optional and dynamic:
 * a connector installed (or updated) while the workbench runs is used at the next click.
 */
@Component(service = SettingsPage.class)
public class ChorusPageContribution implements SettingsPage {

    public static final String ID = "settings.chorus"; //$NON-NLS-1$

    @Reference
    private SettingsService service;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ConnectionTester tester;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int rank() {
        return 200;
    }

    @Override
    public IPreferencePage createPage() {
        return new ChorusPreferencePage(service, () -> tester);
    }
}
