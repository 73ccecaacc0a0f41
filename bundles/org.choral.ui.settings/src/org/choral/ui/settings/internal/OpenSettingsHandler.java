// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.settings.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.widgets.Shell;

/** « Paramétrage » (menu Fichier and main toolbar): the settings dialog with every contributed page. */
public class OpenSettingsHandler {

    @Execute
    public void execute(MWindow window, SettingsPages pages) {
        new SettingsDialog((Shell) window.getWidget(), pages.ordered()).open();
    }
}
