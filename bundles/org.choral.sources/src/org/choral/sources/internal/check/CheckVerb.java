// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.choral.core.api.command.Arguments;
import org.choral.core.api.command.CommandContext;
import org.choral.core.api.command.CommandException;
import org.choral.core.api.command.CommandVerb;
import org.choral.core.api.command.ExitCode;
import org.choral.core.api.control.Anomaly;
import org.choral.core.api.control.ControlReport;
import org.choral.core.api.control.ControlService;
import org.choral.core.api.directory.DirectoryService;
import org.choral.core.api.directory.DirectoryServices;
import org.choral.core.api.invoice.InputProblem;
import org.choral.core.api.invoice.InvoiceSource;
import org.choral.core.api.invoice.InvoiceSourceException;
import org.choral.core.api.invoice.SourceOptions;
import org.choral.core.api.invoice.SourceResult;
import org.choral.sources.internal.csv.MappingFile;
import org.choral.sources.internal.i18n.Messages;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code choral check --invoices FILE|DIR [--lines FILE] [--pdf-dir DIR] [--mapping FILE]}: reads
 * the invoices, checks them against the directory of the data folder, prints both lists. Exit 1
 * when an invoice has an error-severity anomaly, 2 when the input cannot be read.
 */
@Component(service = CommandVerb.class)
public final class CheckVerb implements CommandVerb {

    private static final Set<String> VALUED = Set.of("invoices", "lines", "pdf-dir", "mapping"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private final List<InvoiceSource> sources = new CopyOnWriteArrayList<>();
    private volatile ControlService control;
    private volatile DirectoryServices directories;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addSource(InvoiceSource source) {
        sources.add(source);
    }

    public void removeSource(InvoiceSource source) {
        sources.remove(source);
    }

    @Reference
    public void setControl(ControlService control) {
        this.control = control;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    public void setDirectories(DirectoryServices directories) {
        this.directories = directories;
    }

    public void unsetDirectories(DirectoryServices gone) {
        if (directories == gone) {
            directories = null;
        }
    }

    @Override
    public String name() {
        return "check"; //$NON-NLS-1$
    }

    @Override
    public String summary() {
        return Messages.Check_summary;
    }

    @Override
    public String usage() {
        return Messages.Check_usage;
    }

    @Override
    public int run(CommandContext context, List<String> arguments) throws CommandException {
        Arguments args = Arguments.parse(arguments, VALUED, Set.of("json")); //$NON-NLS-1$
        Path invoices = Path.of(args.required("invoices")).toAbsolutePath(); //$NON-NLS-1$
        SourceOptions options = new SourceOptions(path(args.value("lines")), path(args.value("pdf-dir")), //$NON-NLS-1$ //$NON-NLS-2$
                mapping(args.value("mapping"))); //$NON-NLS-1$
        DirectoryService directory = directory(context.dataFolder());
        // csv first, so that a folder's exports are read by the CSV source
        List<InvoiceSource> ordered = sources.stream().sorted(Comparator.comparing(InvoiceSource::id)).toList();
        SourceResult read = new InvoiceLoader(ordered).load(invoices, options, new NullProgressMonitor());
        for (InputProblem p : read.problems()) {
            context.err().println(NLS.bind(Messages.Check_sourceProblem, p.describe()));
        }
        ControlReport report = control.check(read.invoices(), directory, new NullProgressMonitor());
        for (Anomaly a : report.runAnomalies()) {
            context.err().println(NLS.bind(Messages.Check_warning, a.message()));
        }
        if (context.json() || args.has("json")) { //$NON-NLS-1$
            context.out().println(ReportJson.toJson(report, new ObjectMapper()).toString());
        } else {
            ReportText.print(report, context.out());
        }
        return report.hasErrors() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private DirectoryService directory(Path dataFolder) throws CommandException {
        DirectoryServices factory = directories;
        if (factory == null) {
            throw CommandException.usage(Messages.Check_noDirectoryModule);
        }
        DirectoryService directory;
        try {
            directory = factory.open(dataFolder);
        } catch (IOException e) {
            throw CommandException.usage(NLS.bind(Messages.Check_directoryUnavailable, dataFolder, e.getMessage()));
        }
        if (directory.status().isEmpty()) {
            throw CommandException.usage(NLS.bind(Messages.Check_noDirectory, dataFolder));
        }
        return directory;
    }

    private static Path path(String value) {
        return value == null ? null : Path.of(value).toAbsolutePath();
    }

    private static Map<String, String> mapping(String file) throws CommandException {
        if (file == null) {
            return Map.of();
        }
        try {
            return MappingFile.load(Path.of(file));
        } catch (InvoiceSourceException e) {
            throw CommandException.usage(e.getMessage());
        }
    }
}
