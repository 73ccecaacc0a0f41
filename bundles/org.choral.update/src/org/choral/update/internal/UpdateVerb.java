// SPDX-License-Identifier: EPL-2.0
package org.choral.update.internal;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.choral.core.api.command.Arguments;
import org.choral.core.api.command.CommandContext;
import org.choral.core.api.command.CommandException;
import org.choral.core.api.command.CommandVerb;
import org.choral.core.api.command.ExitCode;
import org.choral.update.api.AvailableUpdate;
import org.choral.update.api.UpdateException;
import org.choral.update.api.UpdatePlan;
import org.choral.update.api.UpdateService;
import org.choral.update.api.UpdateSites;
import org.choral.update.internal.i18n.Messages;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code choral update [--check] [--site URL]}: the command-line face of {@link UpdateService}.
 * With {@code --check} it exits 1 when updates are available, so that a scheduled script can tell.
 */
@Component(service = CommandVerb.class)
public class UpdateVerb implements CommandVerb {

    private static final String OPT_CHECK = "check"; //$NON-NLS-1$
    private static final String OPT_SITE = "site"; //$NON-NLS-1$

    private final UpdateService updates;

    @Activate
    public UpdateVerb(@Reference UpdateService updates) {
        this.updates = updates;
    }

    @Override
    public String name() {
        return "update"; //$NON-NLS-1$
    }

    @Override
    public String summary() {
        return Messages.Verb_summary;
    }

    @Override
    public String usage() {
        return NLS.bind(Messages.Verb_usage, UpdateSites.DEFAULT_SITE);
    }

    @Override
    public int run(CommandContext context, List<String> arguments) throws CommandException {
        Arguments args = Arguments.parse(arguments, Set.of(OPT_SITE), Set.of(OPT_CHECK));
        if (!args.positional().isEmpty()) {
            throw CommandException.usage(NLS.bind(Messages.Verb_unexpected, args.positional().get(0)));
        }
        boolean checkOnly = args.has(OPT_CHECK);
        try {
            URI site = UpdateSites.choose(args.value(OPT_SITE), UpdateSites.fromWorkbenchSettings(context.dataFolder()));
            context.err().println(NLS.bind(Messages.Verb_asking, site));
            UpdatePlan plan = updates.check(site, new NullProgressMonitor());
            boolean install = !checkOnly && !plan.upToDate();
            if (install) {
                updates.install(plan, new NullProgressMonitor());
            }
            report(context, plan, install);
            return checkOnly && !plan.upToDate() ? ExitCode.FINDINGS : ExitCode.OK;
        } catch (UpdateException e) {
            throw new CommandException(exitCode(e.kind()), e.getMessage(), e);
        }
    }

    static int exitCode(UpdateException.Kind kind) {
        return switch (kind) {
            case BAD_SITE, NOT_UPDATABLE -> ExitCode.USAGE;
            case SITE_UNREACHABLE -> ExitCode.PORTAL;
            case FAILED -> ExitCode.FINDINGS;
        };
    }

    private static void report(CommandContext context, UpdatePlan plan, boolean installed) {
        if (context.json()) {
            context.out().println(json(plan, installed).toString());
            return;
        }
        if (plan.upToDate()) {
            context.out().println(NLS.bind(Messages.Verb_upToDate, plan.site()));
            return;
        }
        context.out().println(NLS.bind(Messages.Verb_available, plan.site()));
        for (AvailableUpdate u : plan.updates()) {
            context.out().println(NLS.bind(Messages.Verb_line, new Object[] { u.name(), u.installedVersion(), u.newVersion() }));
        }
        context.out().println(installed ? NLS.bind(Messages.Verb_installed, Integer.valueOf(plan.updates().size()))
                : Messages.Verb_checkOnly);
    }

    static ObjectNode json(UpdatePlan plan, boolean installed) {
        ObjectNode node = new ObjectMapper().createObjectNode();
        node.put("site", plan.site().toString()); //$NON-NLS-1$
        node.put("upToDate", plan.upToDate()); //$NON-NLS-1$
        ArrayNode list = node.putArray("updates"); //$NON-NLS-1$
        for (AvailableUpdate u : plan.updates()) {
            list.addObject().put("id", u.id()).put("name", u.name()) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("installedVersion", u.installedVersion()).put("newVersion", u.newVersion()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        node.put("installed", installed); //$NON-NLS-1$
        node.put("restartRequired", installed); //$NON-NLS-1$
        return node;
    }
}
