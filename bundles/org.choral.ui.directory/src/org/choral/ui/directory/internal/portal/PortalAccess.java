// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal.portal;

import java.nio.file.Path;

import org.choral.core.api.portal.Capability;
import org.choral.core.api.portal.PortalConnector;
import org.choral.core.api.portal.PortalConnectorFactory;
import org.choral.core.api.portal.PortalSettings;
import org.choral.core.api.portal.PortalSettingsProvider;
import org.choral.ui.directory.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The portal the saved Chorus Pro settings name, as the directory view needs it: whether « Vérifier
 * en ligne » and « Mettre à jour » can work (and why not, for the tooltip), and a connector for them.
 * The settings provider of highest ranking wins, so a test (or a future profile bundle) can supply
 * its own; the {@code CHORAL_*} variables and the emulator's demo credentials apply last, as on the
 * command line.
 *
 * @param dataFolder the folder whose saved settings are read
 */
public record PortalAccess(Path dataFolder) {

    /** Whether an operation can run; when not, the reason in plain French. */
    public record Availability(boolean available, String reason) {
        static Availability no(String reason) {
            return new Availability(false, reason);
        }
    }

    /** Thrown by {@link #open}: the message says what to set up. */
    public static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }

    /** The same settings and factory give the same answer: creating a connector is not free. */
    private static final class Cache {
        private static PortalSettings settings;
        private static PortalConnectorFactory factory;
        private static Capability capability;
        private static Availability answer;
    }

    /** Whether {@code capability} is available now; cheap enough for a handler's {@code @CanExecute}. */
    public Availability availability(Capability capability) {
        BundleContext context = context();
        if (context == null) {
            return Availability.no(Messages.Portal_noSettings);
        }
        PortalSettings settings = settings(context);
        if (settings == null) {
            return Availability.no(Messages.Portal_noSettings);
        }
        PortalConnectorFactory factory = factory(context, settings.portal());
        if (factory == null) {
            return Availability.no(NLS.bind(Messages.Portal_noConnector, settings.portal()));
        }
        synchronized (Cache.class) {
            if (settings.equals(Cache.settings) && factory == Cache.factory && capability == Cache.capability) {
                return Cache.answer;
            }
        }
        Availability answer;
        try (PortalConnector connector = factory.create(settings)) {
            answer = connector.capabilities().contains(capability) ? new Availability(true, null)
                    : Availability.no(NLS.bind(Messages.Portal_unsupported, connector.displayName()));
        } catch (IllegalArgumentException e) {
            answer = Availability.no(NLS.bind(Messages.Portal_badSettings, e.getMessage()));
        }
        synchronized (Cache.class) {
            Cache.settings = settings;
            Cache.factory = factory;
            Cache.capability = capability;
            Cache.answer = answer;
        }
        return answer;
    }

    /**
     * A connector for the saved settings, able to do {@code capability}; the caller closes it.
     *
     * @throws Unavailable when it is not ({@link #availability} says why)
     */
    public PortalConnector open(Capability capability) throws Unavailable {
        Availability availability = availability(capability);
        if (!availability.available()) {
            throw new Unavailable(availability.reason());
        }
        BundleContext context = context();
        PortalSettings settings = settings(context);
        PortalConnectorFactory factory = settings == null ? null : factory(context, settings.portal());
        if (factory == null) {
            throw new Unavailable(Messages.Portal_noSettings);
        }
        try {
            return factory.create(settings);
        } catch (IllegalArgumentException e) {
            throw new Unavailable(NLS.bind(Messages.Portal_badSettings, e.getMessage()));
        }
    }

    private static BundleContext context() {
        Bundle bundle = FrameworkUtil.getBundle(PortalAccess.class);
        return bundle == null ? null : bundle.getBundleContext();
    }

    private PortalSettings settings(BundleContext context) {
        ServiceReference<PortalSettingsProvider> ref = context.getServiceReference(PortalSettingsProvider.class);
        if (ref == null) {
            return null;
        }
        PortalSettingsProvider provider = context.getService(ref);
        try {
            return provider == null ? null
                    : provider.current(dataFolder).withEnvironmentOverrides(System.getenv())
                            .withDemoCredentialsIfLocal();
        } finally {
            context.ungetService(ref);
        }
    }

    /** The factory's object is the registered singleton: kept past ungetService, like DS does for greedy references. */
    private static PortalConnectorFactory factory(BundleContext context, String portal) {
        try {
            for (ServiceReference<PortalConnectorFactory> ref : context.getServiceReferences(PortalConnectorFactory.class,
                    null)) {
                PortalConnectorFactory f = context.getService(ref);
                if (f != null && f.id().equals(portal)) {
                    return f;
                }
                if (f != null) {
                    context.ungetService(ref);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }
}
