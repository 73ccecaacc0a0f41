// SPDX-License-Identifier: EPL-2.0
package org.choral.deposit.internal.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.choral.core.api.command.Arguments;
import org.choral.core.api.command.CommandContext;
import org.choral.core.api.command.CommandException;
import org.choral.core.api.portal.PortalConnector;
import org.choral.core.api.portal.PortalConnectorFactory;
import org.choral.core.api.portal.PortalEnvironment;
import org.choral.core.api.portal.PortalSettings;
import org.choral.core.api.portal.PortalSettingsProvider;
import org.choral.deposit.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The portal options shared by {@code choral deposit} and {@code choral status}, read as
 * {@code choral portal check} reads them: saved settings (or the defaults) ← options ← credentials
 * of the environment variables (never arguments). Against the local emulator, missing credentials
 * are replaced by demo ones, which it accepts.
 */
final class PortalChoice {

    static final Set<String> VALUED = Set.of("portal", "env", "api-url", "token-url", "outbox"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    private static final String DEMO = "choral-demo"; //$NON-NLS-1$

    private PortalChoice() {
    }

    static PortalConnector connect(CommandContext context, Arguments args, List<PortalConnectorFactory> factories,
            PortalSettingsProvider provider) throws CommandException {
        PortalSettings s = provider != null ? provider.current() : PortalSettings.defaults();
        if (args.has("portal")) { //$NON-NLS-1$
            s = s.withPortal(args.value("portal").trim()); //$NON-NLS-1$
        }
        if (args.has("env")) { //$NON-NLS-1$
            String env = args.value("env"); //$NON-NLS-1$
            s = s.withEnvironment(PortalEnvironment.of(env).filter(x -> x != PortalEnvironment.CUSTOM)
                    .orElseThrow(() -> CommandException.usage(NLS.bind(Messages.Verb_badEnv, env))));
        }
        if (args.has("api-url") || args.has("token-url")) { //$NON-NLS-1$ //$NON-NLS-2$
            if (!args.has("api-url") || !args.has("token-url")) { //$NON-NLS-1$ //$NON-NLS-2$
                throw CommandException.usage(Messages.Verb_urlsTogether);
            }
            s = s.withUrls(uri("--api-url", args.value("api-url")), uri("--token-url", args.value("token-url"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        if (args.has("outbox")) { //$NON-NLS-1$
            s = s.withOutbox(java.nio.file.Path.of(args.value("outbox")).toAbsolutePath()); //$NON-NLS-1$
        } else if (s.outbox() == null) {
            s = s.withOutbox(context.dataFolder().resolve("outbox")); //$NON-NLS-1$
        }
        s = s.withEnvironmentOverrides(context.environment());
        if (s.environment() == PortalEnvironment.LOCAL && !s.hasCredentials()) {
            s = s.withCredentials(or(s.clientId()), or(s.clientSecret()), or(s.login()), or(s.password()));
        }
        String id = s.portal();
        PortalConnectorFactory factory = factories.stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> CommandException.usage(NLS.bind(Messages.Verb_unknownPortal, id, String.join(", ", //$NON-NLS-1$
                        factories.stream().sorted(Comparator.comparing(PortalConnectorFactory::id))
                                .map(PortalConnectorFactory::id).toList()))));
        try {
            return factory.create(s);
        } catch (IllegalArgumentException e) {
            throw CommandException.usage(e.getMessage());
        }
    }

    private static String or(String value) {
        return value == null || value.isBlank() ? DEMO : value;
    }

    private static URI uri(String option, String value) throws CommandException {
        try {
            URI u = new URI(value.trim());
            if (u.getScheme() == null || u.getHost() == null) {
                throw new URISyntaxException(value, option);
            }
            return u;
        } catch (URISyntaxException e) {
            throw CommandException.usage(NLS.bind(Messages.Verb_badUrl, option, value));
        }
    }
}
