// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.internal.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Named;

import org.choral.core.api.DataFolders;
import org.choral.core.api.deposit.DepositService;

import org.choral.core.api.flux.FluxService;
import org.choral.core.api.flux.FluxSettings;
import org.choral.core.api.portal.PortalConnectorFactory;
import org.choral.core.api.portal.PortalSettingsProvider;
import org.choral.ui.CompliantInvoices;
import org.choral.ui.StatusLine;
import org.choral.ui.deposit.internal.i18n.Messages;
import org.choral.ui.deposit.internal.model.DepositStep;
import org.choral.ui.deposit.internal.model.PortalAccess;
import org.choral.ui.deposit.internal.model.ServiceDepositStep;
import org.choral.ui.deposit.internal.wizard.FluxInput;
import org.choral.ui.deposit.internal.wizard.FluxWizard;
import org.choral.ui.deposit.internal.wizard.FluxWizardDialog;
import org.choral.ui.deposit.internal.wizard.WizardMemory;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * « Flux »: opens the flux wizard on the compliant invoices selected in the control view, or on all
 * of them when none is selected (the status line says so). Enabled once a control run found
 * compliant invoices.
 */
public class FluxHandler {

    /** The preference node of the wizard's remembered choices. */
    public static final String PREFERENCES = "org.choral.ui.deposit"; //$NON-NLS-1$

    /** Posted after each deposit run (data: the invoice numbers deposited); the tracking view follows them up. */
    public static final String TOPIC_DEPOSITED = "org/choral/ui/tracking/deposited"; //$NON-NLS-1$

    @CanExecute
    public boolean canExecute(@org.eclipse.e4.core.di.annotations.Optional @Named(CompliantInvoices.KEY) CompliantInvoices invoices) {
        return invoices != null && !invoices.compliant().isEmpty();
    }

    @Execute
    public void execute(@Named(CompliantInvoices.KEY) CompliantInvoices invoices,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @org.eclipse.e4.core.di.annotations.Optional @Service FluxService flux,
            @org.eclipse.e4.core.di.annotations.Optional @Service FluxSettings settings,
            @org.eclipse.e4.core.di.annotations.Optional @Service DepositService depositService,
            @org.eclipse.e4.core.di.annotations.Optional @Service PortalSettingsProvider portalSettings,
            IEventBroker broker) {
        if (flux == null) {
            MessageDialog.openError(shell, Messages.Wizard_title, Messages.Handler_noFluxModule);
            return;
        }
        boolean wholeList = invoices.selected().isEmpty();
        if (wholeList) {
            StatusLine.post(broker, NLS.bind(Messages.Handler_allCompliant, invoices.compliant().size()));
        }
        Path data = DataFolders.defaultFolder();
        DepositStep step = null;
        String problem = Messages.Deposit_noService;
        if (depositService != null) {
            PortalAccess portal = new PortalAccess(portalSettings, FluxHandler::factories, data, System.getenv());
            Optional<String> missing = portal.problem();
            step = missing.isEmpty() ? new ServiceDepositStep(depositService, portal, data) : null;
            problem = missing.orElse(null);
        }
        FluxInput input = new FluxInput(FluxInput.invoices(invoices), wholeList, flux, settings,
                new WizardMemory(InstanceScope.INSTANCE.getNode(PREFERENCES)), step, problem,
                m -> StatusLine.post(broker, m), numbers -> broker.post(TOPIC_DEPOSITED, numbers));
        new FluxWizardDialog(shell, new FluxWizard(input)).open();
    }

    /** The connector factories registered now (a connector bundle may come and go with updates). */
    static List<PortalConnectorFactory> factories() {
        BundleContext context = FrameworkUtil.getBundle(FluxHandler.class).getBundleContext();
        List<PortalConnectorFactory> found = new ArrayList<>();
        if (context == null) {
            return found;
        }
        try {
            for (ServiceReference<PortalConnectorFactory> ref : context.getServiceReferences(PortalConnectorFactory.class,
                    null)) {
                PortalConnectorFactory f = context.getService(ref);
                if (f != null) {
                    found.add(f);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }
}
