// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.internal.handlers;

import jakarta.inject.Named;

import org.choral.core.api.flux.FluxService;
import org.choral.core.api.flux.FluxSettings;
import org.choral.ui.CompliantInvoices;
import org.choral.ui.StatusLine;
import org.choral.ui.deposit.internal.i18n.Messages;
import org.choral.ui.deposit.internal.wizard.FluxInput;
import org.choral.ui.deposit.internal.wizard.FluxWizard;
import org.choral.ui.deposit.internal.wizard.FluxWizardDialog;
import org.choral.ui.deposit.internal.wizard.WizardMemory;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * « Flux »: opens the flux wizard on the compliant invoices selected in the control view, or on all
 * of them when none is selected (the status line says so). Enabled once a control run found
 * compliant invoices.
 */
public class FluxHandler {

    /** The preference node of the wizard's remembered choices. */
    public static final String PREFERENCES = "org.choral.ui.deposit"; //$NON-NLS-1$

    @CanExecute
    public boolean canExecute(@Optional @Named(CompliantInvoices.KEY) CompliantInvoices invoices) {
        return invoices != null && !invoices.compliant().isEmpty();
    }

    @Execute
    public void execute(@Named(CompliantInvoices.KEY) CompliantInvoices invoices,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional @Service FluxService flux,
            @Optional @Service FluxSettings settings, IEventBroker broker) {
        if (flux == null) {
            MessageDialog.openError(shell, Messages.Wizard_title, Messages.Handler_noFluxModule);
            return;
        }
        boolean wholeList = invoices.selected().isEmpty();
        if (wholeList) {
            StatusLine.post(broker, NLS.bind(Messages.Handler_allCompliant, invoices.compliant().size()));
        }
        FluxInput input = new FluxInput(FluxInput.invoices(invoices), wholeList, flux, settings,
                new WizardMemory(InstanceScope.INSTANCE.getNode(PREFERENCES)), null, m -> StatusLine.post(broker, m));
        new FluxWizardDialog(shell, new FluxWizard(input)).open();
    }
}
