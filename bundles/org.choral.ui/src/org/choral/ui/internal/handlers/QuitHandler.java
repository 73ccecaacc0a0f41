// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** « Quitter »: closes the workbench, which saves the layout for the next start. */
public class QuitHandler {

    @Execute
    public void execute(IWorkbench workbench) {
        workbench.close();
    }
}
