// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.internal.handlers;

import org.choral.ui.internal.UserGuide;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.widgets.Shell;

/** « Guide d'utilisation » (F1): opens the README shipped with the product. */
public class GuideHandler {

    @Execute
    public void execute(MWindow window, UserGuide guide) {
        guide.open((Shell) window.getWidget());
    }
}
