// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.internal.handlers;

import org.choral.ui.internal.UserGuide;
import org.choral.ui.internal.dialogs.AboutDialog;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.widgets.Shell;

/** « À propos de Choral »: version, runtime, data folder and a link to the user guide. */
public class AboutHandler {

    @Execute
    public void execute(MWindow window, UserGuide guide) {
        new AboutDialog((Shell) window.getWidget(), guide).open();
    }
}
