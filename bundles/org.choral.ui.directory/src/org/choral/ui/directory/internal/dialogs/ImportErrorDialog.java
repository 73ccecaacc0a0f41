// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal.dialogs;

import org.choral.ui.WidgetKeys;
import org.choral.ui.directory.internal.i18n.Messages;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/** An import refused: the import's own message (it names the file), and that nothing was lost. */
public final class ImportErrorDialog extends MessageDialog {

    public ImportErrorDialog(Shell parent, String error) {
        super(parent, Messages.Import_failedTitle, null, NLS.bind(Messages.Import_failed, error), ERROR, 0,
                IDialogConstants.OK_LABEL);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        WidgetKeys.set(shell, "directory.importError.shell"); //$NON-NLS-1$
    }

    @Override
    protected Control createMessageArea(Composite composite) {
        Control area = super.createMessageArea(composite);
        if (messageLabel != null) {
            WidgetKeys.set(messageLabel, "importError.message"); //$NON-NLS-1$
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        WidgetKeys.set(getButton(0), "importError.close"); //$NON-NLS-1$
    }
}
