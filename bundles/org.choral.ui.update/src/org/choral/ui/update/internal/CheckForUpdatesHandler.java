// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.update.internal;

import java.util.Optional;

import org.choral.update.api.UpdateService;
import org.choral.update.api.UpdateSites;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Shell;

/**
 * « Rechercher des mises à jour »: opens {@link UpdateDialog} on the site set in the settings
 * (preference {@code org.choral.update/siteUrl}, instance scope), else the project's site.
 */
public class CheckForUpdatesHandler {

    @Execute
    public void execute(MWindow window, UpdateService updates, IWorkbench workbench) {
        String configured = InstanceScope.INSTANCE.getNode(UpdateSites.PREFERENCE_NODE)
                .get(UpdateSites.PREFERENCE_SITE_URL, null);
        new UpdateDialog((Shell) window.getWidget(), updates, Optional.ofNullable(configured), workbench::restart).open();
    }
}
