// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.internal.status;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;

/**
 * Lays the windows out again once the workbench is up. On GTK the window manager gives the shell
 * its real size (menu bar and frame known) only after it is mapped; without this second layout the
 * bottom trim (status bar, progress) is laid out for the estimated size and ends up clipped.
 */
public class WindowLayoutAddon {

    @Inject
    @Optional
    public void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event,
            MApplication application) {
        for (MWindow window : application.getChildren()) {
            if (window.getWidget() instanceof Shell shell && !shell.isDisposed()) {
                shell.getDisplay().asyncExec(() -> {
                    if (!shell.isDisposed()) {
                        shell.layout(true, true);
                    }
                });
            }
        }
    }
}
