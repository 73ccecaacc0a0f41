// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.tracking.internal.parts;

import org.choral.ui.WidgetKeys;
import org.choral.ui.tracking.internal.i18n.Messages;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * The explicit confirmation before an uncertain invoice is sent again: says why it may already be
 * on the portal; « Annuler » is the default button, so that Enter never resends.
 */
final class ResendDialog extends MessageDialog {

    ResendDialog(Shell parent, String invoiceNumber) {
        super(parent, NLS.bind(Messages.Resend_title, invoiceNumber), null,
                NLS.bind(Messages.Resend_question, invoiceNumber), MessageDialog.WARNING, 1, Messages.Resend_confirm,
                IDialogConstants.CANCEL_LABEL);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        WidgetKeys.set(shell, "tracking.resend.shell"); //$NON-NLS-1$
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        WidgetKeys.set(getButton(0), "tracking.resend.ok"); //$NON-NLS-1$
        WidgetKeys.set(getButton(1), "tracking.resend.cancel"); //$NON-NLS-1$
    }

    /** Whether the user chose « Renvoyer ». */
    boolean confirmed() {
        return open() == 0;
    }
}
