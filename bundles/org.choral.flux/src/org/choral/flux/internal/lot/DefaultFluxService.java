// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.lot;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.choral.core.api.flux.DepositDate;
import org.choral.core.api.flux.FluxEstimate;
import org.choral.core.api.flux.FluxException;
import org.choral.core.api.flux.FluxFailure;
import org.choral.core.api.flux.FluxFile;
import org.choral.core.api.flux.FluxFormat;
import org.choral.core.api.flux.FluxMode;
import org.choral.core.api.flux.FluxRequest;
import org.choral.core.api.flux.FluxResult;
import org.choral.core.api.flux.FluxService;
import org.choral.core.api.invoice.Invoice;
import org.choral.flux.internal.i18n.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Generates lots ({@code <slug>_<date>[_<n>].zip|.tar.gz}, entries {@code <numero>.<ext>}) or, in
 * sequential mode, one file per invoice in {@code <slug>_<date>/}. An invoice its format cannot
 * write is left out and reported; the others are still generated.
 */
@Component(service = FluxService.class)
public final class DefaultFluxService implements FluxService {

    private final List<FluxFormat> formats = new CopyOnWriteArrayList<>();
    private final Clock clock;

    public DefaultFluxService() {
        this(Clock.systemDefaultZone());
    }

    public DefaultFluxService(Clock clock) {
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addFormat(FluxFormat format) {
        formats.add(format);
    }

    public void removeFormat(FluxFormat format) {
        formats.remove(format);
    }

    @Override
    public List<FluxFormat> formats() {
        return formats.stream().sorted(Comparator.comparing(FluxFormat::syntax)).toList();
    }

    @Override
    public Optional<FluxFormat> format(String syntax) {
        return formats.stream().filter(f -> f.syntax().equals(syntax)).findFirst();
    }

    @Override
    public List<String> supplierProblems(List<Invoice> invoices, FluxRequest request) {
        Optional<FluxFormat> format = format(request.syntax());
        if (format.isEmpty()) {
            return List.of();
        }
        Set<String> problems = new LinkedHashSet<>();
        for (Invoice inv : invoices) {
            problems.addAll(format.get().supplierProblems(request.options().supplier(), inv));
        }
        return List.copyOf(problems);
    }

    @Override
    public FluxEstimate estimate(List<Invoice> invoices, FluxRequest request) {
        FluxFormat format = format(request.syntax()).orElse(null);
        return planner(request, format).estimate(invoices);
    }

    @Override
    public FluxResult generate(List<Invoice> invoices, FluxRequest request, IProgressMonitor monitor)
            throws FluxException {
        FluxFormat format = format(request.syntax()).orElseThrow(() -> new FluxException(null,
                NLS.bind(Messages.Flux_unknownSyntax, request.syntax(), String.join(", ", //$NON-NLS-1$
                        formats().stream().map(FluxFormat::syntax).toList()))));
        List<String> problems = supplierProblems(invoices, request);
        if (!problems.isEmpty()) {
            throw new FluxException(null, String.join(System.lineSeparator(), problems));
        }
        LotPlanner planner = planner(request, format);
        List<String> warnings = new ArrayList<>();
        Map<LocalDate, List<List<Invoice>>> lots = new LinkedHashMap<>();
        if (request.mode() == FluxMode.LOT) {
            for (Map.Entry<LocalDate, List<Invoice>> group : byDate(invoices, request).entrySet()) {
                FluxEstimate estimate = planner.estimate(group.getValue());
                if (estimate.overThresholds() && !request.split()) {
                    throw new FluxException(null, NLS.bind(Messages.Flux_overThresholds, new Object[] {
                            estimate.invoiceCount(), megabytes(estimate.base64Bytes()),
                            request.thresholds().maxInvoices(), megabytes(request.thresholds().maxBase64Bytes()),
                            estimate.lots() }));
                }
                List<List<Invoice>> split = planner.split(group.getValue());
                if (split.size() > 1) {
                    warnings.add(NLS.bind(Messages.Flux_split, new Object[] { group.getKey(), estimate.invoiceCount(),
                            megabytes(estimate.base64Bytes()), split.size() }));
                }
                lots.put(group.getKey(), split);
            }
        }
        Path folder = request.outputFolder();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new FluxException(null, NLS.bind(Messages.Flux_folderUnwritable, folder, e.getMessage()), e);
        }
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Flux_progress, invoices.size());
        FileWriter writer = new FileWriter(format, request);
        String name = explicitName(request);
        String slug = Names.slug(name);
        List<FluxFile> files = new ArrayList<>();
        try {
            if (request.mode() == FluxMode.LOT) {
                for (Map.Entry<LocalDate, List<List<Invoice>>> day : lots.entrySet()) {
                    List<List<Invoice>> dayLots = day.getValue();
                    for (int i = 0; i < dayLots.size(); i++) {
                        String part = dayLots.size() == 1 ? "" : "_" + (i + 1); //$NON-NLS-1$ //$NON-NLS-2$
                        String lotName = dayLots.size() == 1 ? name
                                : NLS.bind(Messages.Flux_lotPart, new Object[] { name, i + 1, dayLots.size() });
                        Path target = folder.resolve(slug + '_' + day.getKey() + part + '.' + request.archive().extension());
                        writer.lot(dayLots.get(i), target, lotName, day.getKey(), progress).ifPresent(files::add);
                    }
                }
            } else {
                for (Map.Entry<LocalDate, List<Invoice>> day : byDate(invoices, request).entrySet()) {
                    Path dayFolder = folder.resolve(slug + '_' + day.getKey());
                    Files.createDirectories(dayFolder);
                    for (Invoice inv : day.getValue()) {
                        writer.single(inv, dayFolder, name, day.getKey(), progress.split(1)).ifPresent(files::add);
                    }
                }
            }
        } catch (IOException e) {
            throw new FluxException(null, NLS.bind(Messages.Flux_writeFailed, folder, e.getMessage()), e);
        }
        return new FluxResult(files, writer.failures(), warnings);
    }

    private String explicitName(FluxRequest request) {
        String name = request.name() == null ? "" : request.name().strip(); //$NON-NLS-1$
        return name.isEmpty() ? NLS.bind(Messages.Flux_defaultName, LocalDate.now(clock)) : name;
    }

    /** Invoices grouped by the date that names their flux, in order of first appearance. */
    private Map<LocalDate, List<Invoice>> byDate(List<Invoice> invoices, FluxRequest request) {
        Map<LocalDate, List<Invoice>> groups = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (Invoice inv : invoices) {
            LocalDate d = request.depositDate() == DepositDate.INVOICE && inv.date() != null ? inv.date() : today;
            groups.computeIfAbsent(d, k -> new ArrayList<>()).add(inv);
        }
        return groups;
    }

    private static LotPlanner planner(FluxRequest request, FluxFormat format) {
        return new LotPlanner(request.thresholds(),
                inv -> format == null ? org.choral.flux.internal.model.Sizes.of(inv.pdf()) : format.estimatedSize(inv));
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.FRANCE, "%.1f", bytes / (1024.0 * 1024.0)); //$NON-NLS-1$
    }

    /** Opens a buffered stream on a new file. */
    static OutputStream create(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
    }
}
