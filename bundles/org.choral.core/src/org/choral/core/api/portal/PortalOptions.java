// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.portal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.Set;

import org.choral.core.api.command.Arguments;
import org.choral.core.api.command.CommandContext;
import org.choral.core.api.command.CommandException;
import org.choral.core.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The portal options every command that talks to a portal takes ({@code choral portal check},
 * {@code deposit}, {@code status}): {@code --portal ID}, {@code --env local|qualification|production},
 * {@code --api-url URL --token-url URL}, {@code --outbox DIR}. Settings are read in this order: the
 * settings saved for the data folder (or the defaults) ← these options ← the credentials of the
 * environment variables (never arguments). Against the local emulator, missing credentials are
 * replaced by demo ones, which it accepts.
 *
 * @since 0.1
 */
public final class PortalOptions {

    /** The valued options, for {@link Arguments#parse}. */
    public static final Set<String> VALUED = Set.of("portal", "env", "api-url", "token-url", "outbox"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    private PortalOptions() {
    }

    /**
     * The settings the command runs with; the outbox defaults to {@code DATA/outbox}.
     *
     * @param provider the saved settings, or {@code null} to start from the defaults
     */
    public static PortalSettings settings(CommandContext context, Arguments args, PortalSettingsProvider provider)
            throws CommandException {
        PortalSettings s = provider != null ? provider.current(context.dataFolder()) : PortalSettings.defaults();
        if (args.has("portal")) { //$NON-NLS-1$
            s = s.withPortal(args.value("portal").trim()); //$NON-NLS-1$
        }
        if (args.has("env")) { //$NON-NLS-1$
            String env = args.value("env"); //$NON-NLS-1$
            s = s.withEnvironment(PortalEnvironment.of(env).filter(x -> x != PortalEnvironment.CUSTOM)
                    .orElseThrow(() -> CommandException.usage(NLS.bind(Messages.Portal_badEnv, env))));
        }
        if (args.has("api-url") || args.has("token-url")) { //$NON-NLS-1$ //$NON-NLS-2$
            if (!args.has("api-url") || !args.has("token-url")) { //$NON-NLS-1$ //$NON-NLS-2$
                throw CommandException.usage(Messages.Portal_urlsTogether);
            }
            s = s.withUrls(uri("--api-url", args.value("api-url")), uri("--token-url", args.value("token-url"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        if (args.has("outbox")) { //$NON-NLS-1$
            try {
                s = s.withOutbox(Path.of(args.value("outbox")).toAbsolutePath()); //$NON-NLS-1$
            } catch (InvalidPathException e) {
                throw CommandException.usage(NLS.bind(Messages.Portal_badPath, args.value("outbox"))); //$NON-NLS-1$
            }
        } else if (s.outbox() == null) {
            s = s.withOutbox(context.dataFolder().resolve("outbox")); //$NON-NLS-1$
        }
        return s.withEnvironmentOverrides(context.environment()).withDemoCredentialsIfLocal();
    }

    /** The installed connector factory {@code id}; otherwise a usage error listing the installed ones. */
    public static PortalConnectorFactory factory(Collection<PortalConnectorFactory> factories, String id)
            throws CommandException {
        return factories.stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> CommandException.usage(NLS.bind(Messages.Portal_unknownPortal, id, String.join(", ", //$NON-NLS-1$
                        factories.stream().map(PortalConnectorFactory::id).sorted(Comparator.naturalOrder()).toList()))));
    }

    /** A connector on {@link #settings}; settings its factory refuses are a usage error. */
    public static PortalConnector connect(CommandContext context, Arguments args,
            Collection<PortalConnectorFactory> factories, PortalSettingsProvider provider) throws CommandException {
        PortalSettings s = settings(context, args, provider);
        PortalConnectorFactory factory = factory(factories, s.portal());
        try {
            return factory.create(s);
        } catch (IllegalArgumentException e) {
            throw CommandException.usage(e.getMessage());
        }
    }

    private static URI uri(String option, String value) throws CommandException {
        try {
            URI u = new URI(value.trim());
            if (u.getScheme() == null || u.getHost() == null) {
                throw new URISyntaxException(value, option);
            }
            return u;
        } catch (URISyntaxException e) {
            throw CommandException.usage(NLS.bind(Messages.Portal_badUrl, option, value));
        }
    }
}
