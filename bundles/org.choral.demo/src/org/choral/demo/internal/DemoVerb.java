// SPDX-License-Identifier: EPL-2.0
package org.choral.demo.internal;

import java.util.List;
import java.util.Set;

import org.choral.core.api.command.Arguments;
import org.choral.core.api.command.CommandContext;
import org.choral.core.api.command.CommandException;
import org.choral.core.api.command.CommandVerb;
import org.choral.core.api.command.ExitCode;
import org.choral.demo.api.DemoException;
import org.choral.demo.api.DemoReport;
import org.choral.demo.api.DemoService;
import org.choral.demo.internal.i18n.Messages;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code choral demo [--reset] [--json]}: prepares the demonstration in the data folder (or its
 * {@code demo} sub-folder when it holds the user's data) and says what it did and what to run next.
 */
@Component(service = CommandVerb.class)
public final class DemoVerb implements CommandVerb {

    private volatile DemoService demo;

    @Reference
    public void setDemo(DemoService demo) {
        this.demo = demo;
    }

    @Override
    public String name() {
        return "demo"; //$NON-NLS-1$
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
        Arguments args = Arguments.parse(arguments, Set.of(), Set.of("reset", "json")); //$NON-NLS-1$ //$NON-NLS-2$
        if (!args.positional().isEmpty()) {
            throw CommandException.usage(NLS.bind(Messages.Verb_unexpected, args.positional().get(0)));
        }
        DemoReport r;
        try {
            r = demo.prepare(context.dataFolder(), args.has("reset"), new NullProgressMonitor()); //$NON-NLS-1$
        } catch (DemoException e) {
            throw CommandException.usage(e.getMessage());
        }
        if (context.json() || args.has("json")) { //$NON-NLS-1$
            context.out().println(DemoJson.of(r));
        } else {
            print(context, r);
        }
        return ExitCode.OK;
    }

    private static void print(CommandContext context, DemoReport r) {
        if (!r.dataFolder().equals(context.dataFolder().toAbsolutePath().normalize())) {
            context.out().println(NLS.bind(Messages.Verb_elsewhere, context.dataFolder(), r.dataFolder()));
        }
        context.out().println(NLS.bind(r.created() ? Messages.Verb_created : Messages.Verb_already, r.dataFolder()));
        context.out().println(NLS.bind(Messages.Verb_directory, new Object[] { r.structures(), r.services(),
                r.structuresFile().getParent() }));
        context.out().println(NLS.bind(Messages.Verb_export, r.invoices(), r.export()));
        context.out().println(NLS.bind(Messages.Verb_pdf, r.pdfFolder()));
        context.out().println(NLS.bind(Messages.Verb_supplier, r.supplierSiret(), r.supplierFile()));
        context.out().println(NLS.bind(Messages.Verb_emulator, r.emulatorSpeed()));
        context.out().println();
        context.out().println(NLS.bind(Messages.Verb_next, new Object[] { r.dataFolder(), r.export(), r.structuresFile(),
                r.servicesFile(), Double.toString(r.emulatorSpeed()), Long.toString(DemoDirectory.SEED), DemoPreparer.OUTCOMES }));
    }
}
