// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.control.internal.handlers;

import org.choral.ui.control.internal.parts.ControlPart;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** « Actualiser »: the same files checked again, after the export was fixed or a directory imported. */
public class RefreshHandler {

    @CanExecute
    public boolean canExecute(EPartService parts) {
        ControlPart part = ControlParts.find(parts);
        return part != null && !part.isRunning() && part.lastRequest() != null;
    }

    @Execute
    public void execute(EPartService parts) {
        ControlParts.show(parts).refresh();
    }
}
