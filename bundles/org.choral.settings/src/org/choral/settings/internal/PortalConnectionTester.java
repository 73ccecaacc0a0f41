// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.choral.core.api.portal.CredentialsReport;
import org.choral.core.api.portal.PortalConnector;
import org.choral.core.api.portal.PortalConnectorFactory;
import org.choral.core.api.portal.PortalException;
import org.choral.core.api.portal.PortalSettings;
import org.choral.settings.api.ChorusSettings;
import org.choral.settings.api.ConnectionTester;
import org.choral.settings.internal.i18n.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * « Tester la connexion » through the Chorus Pro connector: the settings being edited (not
 * necessarily saved) become a connector whose credentials check is run off the caller's thread, so
 * that « Annuler » stops waiting at once (the connector is closed, which aborts its call).
 */
@Component(service = ConnectionTester.class)
public final class PortalConnectionTester implements ConnectionTester {

    private static final String PLUGIN = "org.choral.settings"; //$NON-NLS-1$
    private static final long POLL_MS = 100;

    private final List<PortalConnectorFactory> factories = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addFactory(PortalConnectorFactory factory) {
        factories.add(factory);
    }

    void removeFactory(PortalConnectorFactory factory) {
        factories.remove(factory);
    }

    @Override
    public IStatus test(ChorusSettings settings, IProgressMonitor monitor) {
        PortalSettings portal = PortalSettingsMapping.toPortal(settings).withDemoCredentialsIfLocal();
        PortalConnectorFactory factory = factories.stream().filter(f -> f.id().equals(portal.portal())).findFirst()
                .orElse(null);
        if (factory == null) {
            return new Status(IStatus.ERROR, PLUGIN, Messages.Test_noConnector);
        }
        PortalConnector connector;
        try {
            connector = factory.create(portal);
        } catch (IllegalArgumentException e) {
            return new Status(IStatus.ERROR, PLUGIN, NLS.bind(Messages.Test_badSettings, e.getMessage()));
        }
        CompletableFuture<CredentialsReport> check = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                check.complete(connector.checkCredentials());
            } catch (PortalException | RuntimeException e) {
                check.completeExceptionally(e);
            }
        }, "choral-connection-test"); //$NON-NLS-1$
        worker.setDaemon(true);
        worker.start();
        try {
            while (true) {
                if (monitor != null && monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                try {
                    return describe(check.get(POLL_MS, TimeUnit.MILLISECONDS));
                } catch (TimeoutException e) {
                    // still waiting for the portal: look at the monitor again
                }
            }
        } catch (ExecutionException e) {
            return failure(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.CANCEL_STATUS;
        } finally {
            connector.close();
        }
    }

    static IStatus describe(CredentialsReport report) {
        StringBuilder text = new StringBuilder(NLS.bind(Messages.Test_ok, report.endpoint()));
        if (report.supplierStructures() >= 0) {
            text.append(' ').append(NLS.bind(Messages.Test_suppliers, report.supplierStructures()));
        }
        if (report.passwordExpiry() != null && report.warnings().isEmpty()) {
            text.append(' ').append(NLS.bind(Messages.Test_expiry, report.passwordExpiry()));
        }
        for (String warning : report.warnings()) {
            text.append(' ').append(warning);
        }
        return new Status(report.warnings().isEmpty() ? IStatus.OK : IStatus.WARNING, PLUGIN, text.toString());
    }

    static IStatus failure(Throwable t) {
        if (!(t instanceof PortalException e)) {
            return new Status(IStatus.ERROR, PLUGIN, NLS.bind(Messages.Test_unexpected, String.valueOf(t)), t);
        }
        String what = switch (e.kind()) {
        case AUTHENTICATION -> Messages.Test_authentication;
        case REFUSED -> Messages.Test_refused;
        case TOO_LARGE -> Messages.Test_tooLarge;
        case RATE_LIMITED -> Messages.Test_rateLimited;
        case UNAVAILABLE -> Messages.Test_unavailable;
        case TIMEOUT -> Messages.Test_timeout;
        case PROTOCOL -> Messages.Test_protocol;
        case ANSWER_LOST -> Messages.Test_answerLost;
        case UNSUPPORTED -> Messages.Test_unsupported;
        };
        return new Status(IStatus.ERROR, PLUGIN, NLS.bind(what, e.getMessage()));
    }
}
