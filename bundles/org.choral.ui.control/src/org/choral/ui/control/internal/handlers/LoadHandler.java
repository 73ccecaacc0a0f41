// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.control.internal.handlers;

import jakarta.inject.Named;

import org.choral.ui.control.internal.dialogs.LoadDialog;
import org.choral.ui.control.internal.parts.ControlPart;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** « Charger les factures… »: asks for the export and its companions, then runs the control. */
public class LoadHandler {

    @CanExecute
    public boolean canExecute(EPartService parts) {
        ControlPart part = ControlParts.find(parts);
        return part == null || !part.isRunning();
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, EPartService parts) {
        ControlPart part = ControlParts.show(parts);
        LoadDialog dialog = new LoadDialog(shell, part.lastRequest());
        if (dialog.open() == Window.OK) {
            part.load(dialog.request());
        }
    }
}
