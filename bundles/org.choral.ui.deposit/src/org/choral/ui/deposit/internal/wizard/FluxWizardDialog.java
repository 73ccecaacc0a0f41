// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.internal.wizard;

import org.choral.ui.WidgetKeys;
import org.choral.ui.deposit.internal.i18n.Messages;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * The wizard's dialog with French buttons (JFace ships English labels only) and ids for tests.
 * « Fermer » ends the wizard: the files are already written when it is enabled.
 */
public class FluxWizardDialog extends WizardDialog {

    /** The shell's id. */
    public static final String SHELL_ID = "flux.shell"; //$NON-NLS-1$

    public FluxWizardDialog(Shell parent, IWizard wizard) {
        super(parent, wizard);
        setPageSize(720, 520);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        WidgetKeys.set(shell, SHELL_ID);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        label(IDialogConstants.BACK_ID, Messages.Wizard_back, "flux.back"); //$NON-NLS-1$
        label(IDialogConstants.NEXT_ID, Messages.Wizard_next, "flux.next"); //$NON-NLS-1$
        label(IDialogConstants.FINISH_ID, Messages.Wizard_close, "flux.finish"); //$NON-NLS-1$
        label(IDialogConstants.CANCEL_ID, Messages.Wizard_cancel, "flux.cancel"); //$NON-NLS-1$
    }

    private void label(int id, String text, String key) {
        Button b = getButton(id);
        if (b != null) {
            b.setText(text);
            WidgetKeys.set(b, key);
        }
    }
}
