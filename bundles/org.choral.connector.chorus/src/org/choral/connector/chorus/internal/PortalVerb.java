// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.chorus.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.choral.connector.chorus.internal.i18n.Messages;
import org.choral.core.api.command.Arguments;
import org.choral.core.api.command.CommandContext;
import org.choral.core.api.command.CommandException;
import org.choral.core.api.command.CommandVerb;
import org.choral.core.api.command.ExitCode;
import org.choral.core.api.portal.CredentialsReport;
import org.choral.core.api.portal.PortalConnector;
import org.choral.core.api.portal.PortalConnectorFactory;
import org.choral.core.api.portal.PortalEnvironment;
import org.choral.core.api.portal.PortalException;
import org.choral.core.api.portal.PortalSettings;
import org.choral.core.api.portal.PortalSettingsProvider;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code choral portal check [--portal chorus|folder] [--env local|qualification|production]
 * [--api-url URL --token-url URL] [--outbox DIR]}: reaches the portal with the saved settings (or
 * the defaults), the options and the credentials of the environment variables, and says whether it
 * answers and accepts the credentials (exit 3 when not).
 */
@Component(service = CommandVerb.class)
public final class PortalVerb implements CommandVerb {

    private static final Set<String> VALUED = Set.of("portal", "env", "api-url", "token-url", "outbox"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    /** The emulator accepts any non-empty credentials unless started strict: a first run needs no account. */
    private static final String DEMO = "choral-demo"; //$NON-NLS-1$

    private final List<PortalConnectorFactory> factories = new CopyOnWriteArrayList<>();
    private volatile PortalSettingsProvider settings;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addFactory(PortalConnectorFactory factory) {
        factories.add(factory);
    }

    void removeFactory(PortalConnectorFactory factory) {
        factories.remove(factory);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setSettings(PortalSettingsProvider provider) {
        settings = provider;
    }

    void unsetSettings(PortalSettingsProvider provider) {
        if (settings == provider) {
            settings = null;
        }
    }

    @Override
    public String name() {
        return "portal"; //$NON-NLS-1$
    }

    @Override
    public String summary() {
        return Messages.Verb_summary;
    }

    @Override
    public String usage() {
        return Messages.Verb_usage;
    }

    @Override
    public int run(CommandContext context, List<String> arguments) throws CommandException {
        Arguments args = Arguments.parse(arguments, VALUED, Set.of());
        if (args.positional().size() != 1 || !"check".equals(args.positional().get(0))) { //$NON-NLS-1$
            throw CommandException.usage(NLS.bind(Messages.Verb_unknownAction, args.positional()));
        }
        PortalSettings chosen = settings(context, args);
        PortalConnectorFactory factory = factory(chosen.portal());
        PortalConnector connector;
        try {
            connector = factory.create(chosen);
        } catch (IllegalArgumentException e) {
            throw CommandException.usage(e.getMessage());
        }
        try (connector) {
            CredentialsReport report = connector.checkCredentials();
            print(context, connector, chosen, report);
            return ExitCode.OK;
        } catch (PortalException e) {
            printFailure(context, connector, chosen, e);
            return ExitCode.PORTAL;
        }
    }

    /** Saved settings (or defaults) ← options ← environment variables; the outbox defaults to DATA/outbox. */
    PortalSettings settings(CommandContext context, Arguments args) throws CommandException {
        PortalSettingsProvider provider = settings;
        PortalSettings s = provider != null ? provider.current(context.dataFolder()) : PortalSettings.defaults();
        if (args.has("portal")) { //$NON-NLS-1$
            s = s.withPortal(args.value("portal").trim()); //$NON-NLS-1$
        }
        if (args.has("env")) { //$NON-NLS-1$
            String env = args.value("env"); //$NON-NLS-1$
            PortalEnvironment e = PortalEnvironment.of(env).filter(x -> x != PortalEnvironment.CUSTOM)
                    .orElseThrow(() -> CommandException.usage(NLS.bind(Messages.Verb_badEnv, env)));
            s = s.withEnvironment(e);
        }
        if (args.has("api-url") || args.has("token-url")) { //$NON-NLS-1$ //$NON-NLS-2$
            if (!args.has("api-url") || !args.has("token-url")) { //$NON-NLS-1$ //$NON-NLS-2$
                throw CommandException.usage(Messages.Verb_urlsTogether);
            }
            s = s.withUrls(uri("--api-url", args.value("api-url")), uri("--token-url", args.value("token-url"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        if (args.has("outbox")) { //$NON-NLS-1$
            try {
                s = s.withOutbox(Path.of(args.value("outbox")).toAbsolutePath()); //$NON-NLS-1$
            } catch (InvalidPathException e) {
                throw CommandException.usage(NLS.bind(Messages.Verb_badPath, args.value("outbox"))); //$NON-NLS-1$
            }
        } else if (s.outbox() == null) {
            s = s.withOutbox(context.dataFolder().resolve("outbox")); //$NON-NLS-1$
        }
        s = s.withEnvironmentOverrides(context.environment());
        if (s.environment() == PortalEnvironment.LOCAL && !s.hasCredentials()) {
            s = s.withCredentials(or(s.clientId()), or(s.clientSecret()), or(s.login()), or(s.password()));
        }
        return s;
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

    private PortalConnectorFactory factory(String id) throws CommandException {
        Optional<PortalConnectorFactory> f = factories.stream().filter(x -> x.id().equals(id)).findFirst();
        if (f.isPresent()) {
            return f.get();
        }
        List<String> ids = new ArrayList<>();
        factories.stream().sorted(Comparator.comparing(PortalConnectorFactory::id)).forEach(x -> ids.add(x.id()));
        throw CommandException.usage(NLS.bind(Messages.Verb_unknownPortal, id, String.join(", ", ids))); //$NON-NLS-1$
    }

    private static void print(CommandContext context, PortalConnector connector, PortalSettings s,
            CredentialsReport report) {
        if (context.json()) {
            ObjectNode node = head(connector, s, report.endpoint());
            node.put("ok", true); //$NON-NLS-1$
            node.put("supplierStructures", report.supplierStructures()); //$NON-NLS-1$
            if (report.passwordExpiry() != null) {
                node.put("passwordExpiry", report.passwordExpiry().toString()); //$NON-NLS-1$
            } else {
                node.putNull("passwordExpiry"); //$NON-NLS-1$
            }
            report.warnings().forEach(node.putArray("warnings")::add); //$NON-NLS-1$
            context.out().println(node.toString());
            return;
        }
        context.out().println(NLS.bind(Messages.Verb_header, new Object[] { connector.displayName(), connector.id(),
                s.environment().key() }));
        context.out().println(NLS.bind(Messages.Verb_endpoint, report.endpoint()));
        context.out().println(Messages.Verb_ok);
        if (report.supplierStructures() >= 0) {
            context.out().println(NLS.bind(Messages.Verb_suppliers, report.supplierStructures()));
        }
        if (report.passwordExpiry() != null) {
            context.out().println(NLS.bind(Messages.Verb_expiry, report.passwordExpiry()));
        }
        for (String w : report.warnings()) {
            context.err().println(NLS.bind(Messages.Verb_warning, w));
        }
    }

    private static void printFailure(CommandContext context, PortalConnector connector, PortalSettings s,
            PortalException e) {
        if (context.json()) {
            ObjectNode node = head(connector, s, null);
            node.put("ok", false); //$NON-NLS-1$
            node.put("error", e.kind().name()); //$NON-NLS-1$
            node.put("message", e.getMessage()); //$NON-NLS-1$
            context.out().println(node.toString());
        }
        context.err().println(NLS.bind(Messages.Verb_failed, e.getMessage()));
    }

    private static ObjectNode head(PortalConnector connector, PortalSettings s, URI endpoint) {
        ObjectNode node = new ObjectMapper().createObjectNode();
        node.put("portal", connector.id()); //$NON-NLS-1$
        node.put("displayName", connector.displayName()); //$NON-NLS-1$
        node.put("environment", s.environment().key()); //$NON-NLS-1$
        if (endpoint != null) {
            node.put("endpoint", endpoint.toString()); //$NON-NLS-1$
        }
        return node;
    }
}
