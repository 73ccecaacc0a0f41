// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.choral.core.api.command.Arguments;
import org.choral.core.api.command.CommandContext;
import org.choral.core.api.command.CommandException;
import org.choral.core.api.command.CommandVerb;
import org.choral.core.api.command.ExitCode;
import org.choral.core.api.control.ControlReport;
import org.choral.core.api.control.ControlService;
import org.choral.core.api.control.InvoiceResult;
import org.choral.core.api.directory.DirectoryService;
import org.choral.core.api.directory.DirectoryServices;
import org.choral.core.api.flux.ArchiveType;
import org.choral.core.api.flux.DepositDate;
import org.choral.core.api.flux.FacturxProfile;
import org.choral.core.api.flux.FluxEstimate;
import org.choral.core.api.flux.FluxException;
import org.choral.core.api.flux.FluxFormat;
import org.choral.core.api.flux.FluxMode;
import org.choral.core.api.flux.FluxOptions;
import org.choral.core.api.flux.FluxRequest;
import org.choral.core.api.flux.FluxResult;
import org.choral.core.api.flux.FluxService;
import org.choral.core.api.flux.FrameworkPlacement;
import org.choral.core.api.flux.Supplier;
import org.choral.core.api.flux.SupplierFile;
import org.choral.core.api.flux.SupplierProvider;
import org.choral.core.api.flux.Thresholds;
import org.choral.core.api.invoice.InputProblem;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceSource;
import org.choral.core.api.invoice.InvoiceSourceException;
import org.choral.core.api.invoice.SourceOptions;
import org.choral.core.api.invoice.SourceResult;
import org.choral.flux.internal.i18n.Messages;
import org.choral.sources.api.InvoiceFiles;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code choral flux}: reads the invoices, runs the control, leaves out (and lists) those with an
 * error anomaly, then generates the flux of the others. Exit 1 when an invoice was left out or
 * could not be written, or a lot over the thresholds was refused; 2 on a usage or input error
 * (including « Entreprise » data the format needs).
 */
@Component(service = CommandVerb.class)
public final class FluxVerb implements CommandVerb {

    private static final Set<String> VALUED = Set.of("invoices", "lines", "pdf-dir", "mode", "format", "out", "name", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "date", "profile", "archive", "supplier", "framework", "max-invoices", "max-mb"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
    private static final Set<String> FLAGS = Set.of("split", "json"); //$NON-NLS-1$ //$NON-NLS-2$

    private final List<InvoiceSource> sources = new CopyOnWriteArrayList<>();
    private volatile ControlService control;
    private volatile FluxService flux;
    private volatile DirectoryServices directories;
    private volatile SupplierProvider suppliers;

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

    @Reference
    public void setFlux(FluxService flux) {
        this.flux = flux;
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

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    public void setSuppliers(SupplierProvider provider) {
        this.suppliers = provider;
    }

    public void unsetSuppliers(SupplierProvider gone) {
        if (suppliers == gone) {
            suppliers = null;
        }
    }

    @Override
    public String name() {
        return "flux"; //$NON-NLS-1$
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
        Arguments args = Arguments.parse(arguments, VALUED, FLAGS);
        boolean json = context.json() || args.has("json"); //$NON-NLS-1$
        FluxRequest request = request(args, context.dataFolder());
        Path invoicesPath = Path.of(args.required("invoices")).toAbsolutePath(); //$NON-NLS-1$
        SourceOptions options = new SourceOptions(path(args.value("lines")), path(args.value("pdf-dir")), Map.of()); //$NON-NLS-1$ //$NON-NLS-2$
        DirectoryService directory = directory(context.dataFolder());
        List<InvoiceSource> ordered = sources.stream().sorted(Comparator.comparing(InvoiceSource::id)).toList();
        SourceResult read;
        try {
            read = new InvoiceFiles(ordered).read(invoicesPath, options, new NullProgressMonitor());
        } catch (InvoiceSourceException e) {
            throw CommandException.usage(e.getMessage());
        }
        for (InputProblem p : read.problems()) {
            context.err().println(NLS.bind(Messages.Verb_sourceProblem, p.describe()));
        }
        ControlReport report = control.check(read.invoices(), directory, new NullProgressMonitor());
        List<Invoice> compliant = report.compliant().stream().map(InvoiceResult::invoice).toList();
        List<InvoiceResult> leftOut = report.withAnomalies();
        List<String> supplierProblems = flux.supplierProblems(compliant, request);
        if (!supplierProblems.isEmpty()) {
            throw CommandException.usage(String.join(System.lineSeparator(), supplierProblems));
        }
        FluxEstimate estimate = flux.estimate(compliant, request);
        FluxReport out = new FluxReport(request, estimate, leftOut);
        if (compliant.isEmpty()) {
            out.print(context, json, null, null);
            return leftOut.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
        }
        if (request.mode() == FluxMode.LOT && estimate.overThresholds() && !request.split()) {
            out.print(context, json, null, NLS.bind(Messages.Verb_overThresholds, new Object[] {
                    estimate.invoiceCount(), megabytes(estimate.base64Bytes()), request.thresholds().maxInvoices(),
                    megabytes(request.thresholds().maxBase64Bytes()), estimate.lots() }));
            return ExitCode.FINDINGS;
        }
        FluxResult result;
        try {
            result = flux.generate(compliant, request, new NullProgressMonitor());
        } catch (FluxException e) {
            throw CommandException.usage(e.getMessage());
        }
        out.print(context, json, result, null);
        return leftOut.isEmpty() && result.failures().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    private FluxRequest request(Arguments args, Path dataFolder) throws CommandException {
        String syntax = args.required("format"); //$NON-NLS-1$
        if (flux.format(syntax).isEmpty()) {
            throw CommandException.usage(NLS.bind(Messages.Verb_unknownFormat, syntax,
                    String.join(", ", flux.formats().stream().map(FluxFormat::syntax).toList()))); //$NON-NLS-1$
        }
        FluxMode mode = choice(args, "mode", "lot", Map.of("lot", FluxMode.LOT, "sequential", FluxMode.SEQUENTIAL)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        DepositDate date = choice(args, "date", "today", Map.of("today", DepositDate.TODAY, "invoice", DepositDate.INVOICE)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        FacturxProfile profile = choice(args, "profile", "en16931", //$NON-NLS-1$ //$NON-NLS-2$
                Map.of("en16931", FacturxProfile.EN16931, "basic", FacturxProfile.BASIC)); //$NON-NLS-1$ //$NON-NLS-2$
        ArchiveType archive = choice(args, "archive", "zip", Map.of("zip", ArchiveType.ZIP, "tar.gz", ArchiveType.TAR_GZ)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        // Without --framework, --max-mb or --max-invoices: the « Flux » settings of this data folder
        SupplierProvider saved = suppliers;
        Map<String, FrameworkPlacement> placements = Map.of("bt-23", FrameworkPlacement.BT_23, "bt-24", //$NON-NLS-1$ //$NON-NLS-2$
                FrameworkPlacement.BT_24);
        FrameworkPlacement framework = args.value("framework") != null ? choice(args, "framework", "bt-23", placements) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                : saved == null ? FrameworkPlacement.BT_23 : saved.frameworkPlacement(dataFolder);
        Thresholds defaults = saved == null ? Thresholds.DEFAULTS : saved.thresholds(dataFolder);
        int maxInvoices = args.intValue("max-invoices", defaults.maxInvoices()); //$NON-NLS-1$
        int maxMb = args.intValue("max-mb", defaults.maxMegabytes()); //$NON-NLS-1$
        if (maxInvoices <= 0 || maxMb <= 0) {
            throw CommandException.usage(Messages.Verb_badThresholds);
        }
        String supplierFile = args.value("supplier"); //$NON-NLS-1$
        Supplier supplier;
        if (supplierFile != null) {
            try {
                supplier = SupplierFile.read(Path.of(supplierFile).toAbsolutePath());
            } catch (IOException e) {
                throw CommandException.usage(e.getMessage());
            }
        } else {
            // Without --supplier: the « Entreprise » settings saved in the workbench of this data folder.
            supplier = (saved == null ? Optional.<Supplier>empty() : saved.supplier(dataFolder))
                    .orElseThrow(() -> CommandException.usage(Messages.Verb_noSupplier));
        }
        return new FluxRequest(syntax, mode, Path.of(args.required("out")).toAbsolutePath(), args.value("name"), date, //$NON-NLS-1$ //$NON-NLS-2$
                archive, args.has("split"), Thresholds.ofMegabytes(maxMb, maxInvoices), //$NON-NLS-1$
                new FluxOptions(supplier, framework, profile));
    }

    private static <T> T choice(Arguments args, String option, String defaultValue, Map<String, T> values)
            throws CommandException {
        String v = args.value(option, defaultValue).toLowerCase(Locale.ROOT);
        T t = values.get(v);
        if (t == null) {
            throw CommandException.usage(NLS.bind(Messages.Verb_badChoice, new Object[] { "--" + option, //$NON-NLS-1$
                    args.value(option), String.join(", ", values.keySet().stream().sorted().toList()) })); //$NON-NLS-1$
        }
        return t;
    }

    private DirectoryService directory(Path dataFolder) throws CommandException {
        DirectoryServices factory = directories;
        if (factory == null) {
            throw CommandException.usage(Messages.Verb_noDirectoryModule);
        }
        DirectoryService directory;
        try {
            directory = factory.open(dataFolder);
        } catch (IOException e) {
            throw CommandException.usage(NLS.bind(Messages.Verb_directoryUnavailable, dataFolder, e.getMessage()));
        }
        if (directory.status().isEmpty()) {
            throw CommandException.usage(NLS.bind(Messages.Verb_noDirectory, dataFolder));
        }
        return directory;
    }

    private static Path path(String value) {
        return value == null ? null : Path.of(value).toAbsolutePath();
    }

    static String megabytes(long bytes) {
        return String.format(Locale.FRANCE, "%.1f", bytes / (1024.0 * 1024.0)); //$NON-NLS-1$
    }
}
