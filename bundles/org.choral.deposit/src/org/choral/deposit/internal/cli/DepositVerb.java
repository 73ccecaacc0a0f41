// SPDX-License-Identifier: EPL-2.0
package org.choral.deposit.internal.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
import org.choral.core.api.deposit.DepositLedger;
import org.choral.core.api.deposit.DepositOutcome;
import org.choral.core.api.deposit.DepositRequest;
import org.choral.core.api.deposit.DepositRow;
import org.choral.core.api.deposit.DepositService;
import org.choral.core.api.deposit.DepositStatus;
import org.choral.core.api.deposit.DepositSummary;
import org.choral.core.api.deposit.LedgerInvoice;
import org.choral.core.api.directory.DirectoryService;
import org.choral.core.api.directory.DirectoryServices;
import org.choral.core.api.flux.ArchiveType;
import org.choral.core.api.flux.DepositDate;
import org.choral.core.api.flux.FacturxProfile;
import org.choral.core.api.flux.FluxException;
import org.choral.core.api.flux.FluxFailure;
import org.choral.core.api.flux.FluxFile;
import org.choral.core.api.flux.FluxMode;
import org.choral.core.api.flux.FluxOptions;
import org.choral.core.api.flux.SupplierProvider;
import org.choral.core.api.flux.Supplier;
import org.choral.core.api.flux.SupplierFile;
import org.choral.core.api.flux.FluxRequest;
import org.choral.core.api.flux.FluxResult;
import org.choral.core.api.flux.FluxService;
import org.choral.core.api.flux.FrameworkPlacement;
import org.choral.core.api.flux.Thresholds;
import org.choral.core.api.invoice.InputProblem;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceSource;
import org.choral.core.api.invoice.InvoiceSourceException;
import org.choral.core.api.invoice.SourceOptions;
import org.choral.core.api.invoice.SourceResult;
import org.choral.core.api.portal.Flux;
import org.choral.core.api.portal.PortalConnector;
import org.choral.core.api.portal.PortalConnectorFactory;
import org.choral.core.api.portal.PortalOptions;
import org.choral.core.api.portal.PortalSettingsProvider;
import org.choral.deposit.internal.i18n.Messages;
import org.choral.sources.api.InvoiceFiles;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code choral deposit}: reads the invoices, runs the control, leaves out (and lists) those with an
 * error anomaly and those the ledger says must not be sent again, generates the flux of the others
 * in {@code DATA/flux/} and deposits them, printing one row per invoice as it goes. Exit 0 all
 * deposited, 1 something left out, skipped for a reason, refused or uncertain, 2 usage or input
 * error, 3 the portal out of reach or refusing the credentials.
 */
@Component(service = CommandVerb.class)
public final class DepositVerb implements CommandVerb {

    private static final Set<String> VALUED = union(PortalOptions.VALUED, Set.of("invoices", "lines", "pdf-dir", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "supplier", "mode", "format", "pause-ms", "name", "archive", "date", "profile", "framework")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
    private static final Set<String> FLAGS = Set.of("json", "continue-on-error", "skip-deposited", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "resend-uncertain"); //$NON-NLS-1$

    private final List<InvoiceSource> sources = new CopyOnWriteArrayList<>();
    private final List<PortalConnectorFactory> factories = new CopyOnWriteArrayList<>();
    private volatile PortalSettingsProvider settings;
    private volatile ControlService control;
    private volatile FluxService flux;
    private volatile DirectoryServices directories;
    private volatile DepositService deposits;

    private volatile SupplierProvider suppliers;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    public void setSuppliers(SupplierProvider provider) {
        this.suppliers = provider;
    }

    public void unsetSuppliers(SupplierProvider gone) {
        if (suppliers == gone) {
            suppliers = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(InvoiceSource source) {
        sources.add(source);
    }

    void removeSource(InvoiceSource source) {
        sources.remove(source);
    }

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

    @Reference
    void setControl(ControlService service) {
        control = service;
    }

    @Reference
    void setFlux(FluxService service) {
        flux = service;
    }

    @Reference
    void setDeposits(DepositService service) {
        deposits = service;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setDirectories(DirectoryServices service) {
        directories = service;
    }

    void unsetDirectories(DirectoryServices gone) {
        if (directories == gone) {
            directories = null;
        }
    }

    @Override
    public String name() {
        return "deposit"; //$NON-NLS-1$
    }

    @Override
    public String summary() {
        return Messages.Deposit_summary;
    }

    @Override
    public String usage() {
        return Messages.Deposit_usage;
    }

    @Override
    public int run(CommandContext context, List<String> arguments) throws CommandException {
        Arguments args = Arguments.parse(arguments, VALUED, FLAGS);
        boolean json = context.json() || args.has("json"); //$NON-NLS-1$
        Path data = context.dataFolder();
        FluxMode mode = choice(args, "mode", null, Map.of("lot", FluxMode.LOT, "sequential", FluxMode.SEQUENTIAL)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String syntax = args.required("format"); //$NON-NLS-1$
        if (flux.format(syntax).isEmpty()) {
            throw CommandException.usage(NLS.bind(Messages.Deposit_unknownFormat, syntax, String.join(", ", //$NON-NLS-1$
                    flux.formats().stream().map(f -> f.syntax()).sorted().toList())));
        }
        int pauseMs = args.intValue("pause-ms", (int) DepositRequest.DEFAULT_PAUSE.toMillis()); //$NON-NLS-1$
        if (pauseMs < 0) {
            throw CommandException.usage(Messages.Deposit_badPause);
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
            SupplierProvider provider = suppliers;
            supplier = (provider == null ? Optional.<Supplier>empty() : provider.supplier(data))
                    .orElseThrow(() -> CommandException.usage(Messages.Deposit_noSupplier));
        }
        FluxOptions options = new FluxOptions(supplier,
                choice(args, "framework", "bt-23", Map.of("bt-23", FrameworkPlacement.BT_23, "bt-24", FrameworkPlacement.BT_24)), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                choice(args, "profile", "en16931", Map.of("en16931", FacturxProfile.EN16931, "basic", FacturxProfile.BASIC))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        DepositLedger ledger;
        try {
            ledger = deposits.ledger(data); // opened before the control: ALREADY_DEPOSITED reads it
        } catch (IOException e) {
            throw CommandException.usage(e.getMessage());
        }
        DepositRequest policy = new DepositRequest(mode, List.of(), Duration.ofMillis(pauseMs),
                args.has("continue-on-error"), args.has("skip-deposited"), args.has("resend-uncertain")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        DepositPrinter printer = new DepositPrinter(context, json);
        try (PortalConnector portal = PortalOptions.connect(context, args, factories, settings)) {
            // found on the portal now, an uncertain invoice counts as deposited for the skip below
            List<DepositRow> resolved = deposits.resolveUncertain(data, portal, new NullProgressMonitor());
            resolved.forEach(printer::resolved);
            SourceResult read;
            try {
                read = new InvoiceFiles(sources.stream().sorted(Comparator.comparing(InvoiceSource::id)).toList())
                        .read(Path.of(args.required("invoices")).toAbsolutePath(), //$NON-NLS-1$
                                new SourceOptions(path(args.value("lines")), path(args.value("pdf-dir")), Map.of()), //$NON-NLS-1$ //$NON-NLS-2$
                                new NullProgressMonitor());
            } catch (InvoiceSourceException e) {
                throw CommandException.usage(e.getMessage());
            }
            for (InputProblem p : read.problems()) {
                context.err().println(NLS.bind(Messages.Deposit_sourceProblem, p.describe()));
            }
            ControlReport report = control.check(read.invoices(), directory(data), new NullProgressMonitor());
            List<InvoiceResult> leftOut = report.withAnomalies();
            List<Invoice> toSend = new ArrayList<>();
            List<DepositRow> skipped = new ArrayList<>();
            boolean mustAct = false;
            for (InvoiceResult r : report.compliant()) {
                Optional<String> why = skipReason(ledger, r.invoice().number(), policy);
                if (why.isPresent()) {
                    // an invoice skipped because it is deposited is what --skip-deposited asks; an uncertain one is not
                    mustAct |= ledger.invoice(r.invoice().number()).map(i -> i.status() != DepositStatus.DEPOSITED)
                            .orElse(false);
                    // the file it was deposited as, from the history (a CSV invoice has no file of its own)
                    String file = ledger.invoice(r.invoice().number()).map(LedgerInvoice::fileName)
                            .orElse(r.invoice().pdfReference());
                    skipped.add(new DepositRow(r.invoice().number(), file, DepositOutcome.SKIPPED, null, why.get()));
                } else {
                    toSend.add(r.invoice());
                }
            }
            printer.leftOut(leftOut);
            skipped.forEach(printer::row);
            List<Flux> fluxes = new ArrayList<>();
            List<FluxFailure> failures = List.of();
            if (!toSend.isEmpty()) {
                FluxResult generated = generate(toSend, syntax, mode, options, args, data);
                failures = generated.failures();
                generated.warnings().forEach(w -> context.err().println(NLS.bind(Messages.Deposit_warning, w)));
                for (FluxFile f : generated.files()) {
                    fluxes.add(Flux.of(f.path(), syntax, f.invoiceNumbers()));
                }
            }
            printer.failures(failures);
            DepositRequest request = new DepositRequest(mode, fluxes, policy.pause(), policy.continueOnError(),
                    policy.skipDeposited(), policy.resendUncertain());
            DepositSummary summary = deposits.deposit(data, portal, request, printer::row, new NullProgressMonitor());
            // invoices the run never reached because it stopped: the summary must add up to what was planned
            long notSent = fluxes.stream().mapToLong(f -> f.invoiceNumbers().size()).sum() - summary.rows().size();
            printer.end(summary, skipped, resolved, notSent);
            if (summary.portalStopped()) {
                return ExitCode.PORTAL;
            }
            boolean findings = !leftOut.isEmpty() || !failures.isEmpty() || mustAct || !summary.complete();
            return findings ? ExitCode.FINDINGS : ExitCode.OK;
        } catch (IOException e) {
            throw CommandException.usage(e.getMessage());
        }
    }

    /** Mirrors the run's skip rules, so that a lot is generated without the invoices it would skip. */
    private static Optional<String> skipReason(DepositLedger ledger, String number, DepositRequest policy)
            throws IOException {
        Optional<LedgerInvoice> known = ledger.invoice(number);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        LedgerInvoice i = known.get();
        if (i.status() == DepositStatus.DEPOSITED && policy.skipDeposited()) {
            return Optional.of(NLS.bind(Messages.Run_alreadyDeposited, i.fluxNumber()));
        }
        if ((i.status() == DepositStatus.UNCERTAIN || i.status() == DepositStatus.SENDING) && !policy.resendUncertain()) {
            return Optional.of(Messages.Run_uncertainNotResent);
        }
        return Optional.empty();
    }

    private FluxResult generate(List<Invoice> invoices, String syntax, FluxMode mode, FluxOptions options,
            Arguments args, Path data) throws CommandException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")); //$NON-NLS-1$
        FluxRequest request = new FluxRequest(syntax, mode, data.resolve("flux").resolve(stamp), args.value("name"), //$NON-NLS-1$ //$NON-NLS-2$
                choice(args, "date", "today", Map.of("today", DepositDate.TODAY, "invoice", DepositDate.INVOICE)), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                choice(args, "archive", "zip", Map.of("zip", ArchiveType.ZIP, "tar.gz", ArchiveType.TAR_GZ)), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                true, Thresholds.DEFAULTS, options);
        List<String> problems = flux.supplierProblems(invoices, request);
        if (!problems.isEmpty()) {
            throw CommandException.usage(String.join(System.lineSeparator(), problems));
        }
        try {
            return flux.generate(invoices, request, new NullProgressMonitor());
        } catch (FluxException e) {
            throw CommandException.usage(e.getMessage());
        }
    }

    private DirectoryService directory(Path dataFolder) throws CommandException {
        DirectoryServices factory = directories;
        if (factory == null) {
            throw CommandException.usage(Messages.Deposit_noDirectoryModule);
        }
        try {
            DirectoryService directory = factory.open(dataFolder);
            if (directory.status().isEmpty()) {
                throw CommandException.usage(NLS.bind(Messages.Deposit_noDirectory, dataFolder));
            }
            return directory;
        } catch (IOException e) {
            throw CommandException.usage(e.getMessage());
        }
    }

    private static <T> T choice(Arguments args, String option, String defaultValue, Map<String, T> values)
            throws CommandException {
        String given = defaultValue == null ? args.required(option) : args.value(option, defaultValue);
        T t = values.get(given.toLowerCase(Locale.ROOT));
        if (t == null) {
            throw CommandException.usage(NLS.bind(Messages.Deposit_badChoice, new Object[] { "--" + option, given, //$NON-NLS-1$
                    String.join(", ", values.keySet().stream().sorted().toList()) })); //$NON-NLS-1$
        }
        return t;
    }

    private static Path path(String value) {
        return value == null ? null : Path.of(value).toAbsolutePath();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
