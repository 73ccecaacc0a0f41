// SPDX-License-Identifier: EPL-2.0
package org.choral.update.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.choral.core.api.ProductVersion;
import org.choral.update.api.AvailableUpdate;
import org.choral.update.api.UpdateException;
import org.choral.update.api.UpdateException.Kind;
import org.choral.update.api.UpdatePlan;
import org.choral.update.api.UpdateService;
import org.choral.update.internal.i18n.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.Update;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Component;

/**
 * {@link UpdateService} on the p2 operations API, for the running installation (p2 profile
 * {@code SELF}, agent of {@code eclipse.p2.data.area}). Only the given site is asked, so that a
 * test or an integrator's site never mixes with the default one.
 */
@Component(service = UpdateService.class)
public class P2UpdateService implements UpdateService {

    @Override
    public UpdatePlan check(URI site, IProgressMonitor monitor) throws UpdateException {
        SubMonitor sub = SubMonitor.convert(monitor, Messages.Update_checking, 100);
        IProvisioningAgent agent = currentAgent();
        loadRepositories(agent, site, sub.split(40));
        UpdateOperation operation = new UpdateOperation(new ProvisioningSession(agent));
        operation.getProvisioningContext().setMetadataRepositories(site);
        operation.getProvisioningContext().setArtifactRepositories(site);
        IStatus status = operation.resolveModal(sub.split(60));
        if (status.getSeverity() == IStatus.CANCEL) {
            throw new OperationCanceledException();
        }
        if (status.getCode() == UpdateOperation.STATUS_NOTHING_TO_UPDATE) {
            return new UpdatePlan(site, List.of(), null);
        }
        if (status.getSeverity() == IStatus.ERROR) {
            throw new UpdateException(Kind.FAILED, NLS.bind(Messages.Update_resolveFailed, site, describe(status)));
        }
        List<AvailableUpdate> updates = new ArrayList<>();
        for (Update u : operation.getSelectedUpdates()) {
            updates.add(new AvailableUpdate(u.replacement.getId(), name(u.replacement),
                    display(u.toUpdate.getVersion()), display(u.replacement.getVersion())));
        }
        return new UpdatePlan(site, updates, operation);
    }

    @Override
    public void install(UpdatePlan plan, IProgressMonitor monitor) throws UpdateException {
        if (plan.upToDate() || !(plan.resolution() instanceof UpdateOperation operation)) {
            return;
        }
        SubMonitor sub = SubMonitor.convert(monitor, Messages.Update_installing, 100);
        ProvisioningJob job = operation.getProvisioningJob(sub.split(5));
        if (job == null) {
            throw new UpdateException(Kind.FAILED,
                    NLS.bind(Messages.Update_installFailed, describe(operation.getResolutionResult())));
        }
        IStatus status = job.runModal(sub.split(95));
        if (status.getSeverity() == IStatus.CANCEL) {
            throw new OperationCanceledException();
        }
        if (status.getSeverity() == IStatus.ERROR) {
            throw new UpdateException(Kind.FAILED, NLS.bind(Messages.Update_installFailed, describe(status)));
        }
    }

    /**
     * The agent of the running installation. Naming p2's classes here starts the lazily activated
     * p2 core bundle, which registers that agent when {@code eclipse.p2.data.area} is set.
     */
    private IProvisioningAgent currentAgent() throws UpdateException {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        try {
            for (ServiceReference<IProvisioningAgent> ref : context.getServiceReferences(IProvisioningAgent.class,
                    "(" + IProvisioningAgent.SERVICE_CURRENT + "=true)")) { //$NON-NLS-1$ //$NON-NLS-2$
                IProvisioningAgent agent = context.getService(ref);
                IProfileRegistry profiles = agent == null ? null : agent.getService(IProfileRegistry.class);
                if (profiles != null && profiles.getProfile(IProfileRegistry.SELF) != null) {
                    return agent;
                }
                throw new UpdateException(Kind.NOT_UPDATABLE, NLS.bind(Messages.Update_noProfile,
                        context.getProperty("eclipse.p2.profile"))); //$NON-NLS-1$
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        throw new UpdateException(Kind.NOT_UPDATABLE, Messages.Update_notUpdatable);
    }

    /** Loads the site first so that an unreachable site is told as such, not as "nothing to update". */
    private static void loadRepositories(IProvisioningAgent agent, URI site, SubMonitor sub) throws UpdateException {
        try {
            agent.getService(IMetadataRepositoryManager.class).loadRepository(site, sub.split(70));
            agent.getService(IArtifactRepositoryManager.class).loadRepository(site, sub.split(30));
        } catch (ProvisionException e) {
            throw new UpdateException(Kind.SITE_UNREACHABLE,
                    NLS.bind(Messages.Update_unreachable, site, describe(e.getStatus())), e);
        }
    }

    private static String name(IInstallableUnit unit) {
        String name = unit.getProperty(IInstallableUnit.PROP_NAME, Locale.getDefault().toString());
        return name == null || name.isBlank() ? unit.getId() : name;
    }

    /** Same format as {@code choral --version}: {@code 0.1.0 (build 202611291557)}. */
    static String display(org.eclipse.equinox.p2.metadata.Version version) {
        try {
            return ProductVersion.format(Version.parseVersion(version.toString()));
        } catch (IllegalArgumentException e) {
            return version.toString();
        }
    }

    /** The status's message followed by its children's, which is where p2 says what is missing. */
    static String describe(IStatus status) {
        StringBuilder b = new StringBuilder(status.getMessage());
        for (IStatus child : status.getChildren()) {
            b.append(System.lineSeparator()).append("  ").append(describe(child)); //$NON-NLS-1$
        }
        return b.toString();
    }
}
