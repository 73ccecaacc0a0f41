// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.chorus.internal;

import java.net.URI;
import java.util.List;
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
import org.choral.core.api.portal.PortalOptions;
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

    /** The emulator accepts any non-empty credentials unless started strict: a first run needs no account. */

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
        Arguments args = Arguments.parse(arguments, PortalOptions.VALUED, Set.of());
        if (args.positional().size() != 1 || !"check".equals(args.positional().get(0))) { //$NON-NLS-1$
            throw CommandException.usage(NLS.bind(Messages.Verb_unknownAction, args.positional()));
        }
        PortalSettings chosen = settings(context, args);
        PortalConnectorFactory factory = PortalOptions.factory(factories, chosen.portal());
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
        return PortalOptions.settings(context, args, settings);
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
