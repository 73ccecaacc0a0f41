// SPDX-License-Identifier: EPL-2.0
package org.choral.core.internal.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import org.choral.core.api.control.Anomaly;
import org.choral.core.api.control.AnomalyCodes;
import org.choral.core.api.control.ControlReport;
import org.choral.core.api.control.ControlRule;
import org.choral.core.api.control.ControlService;
import org.choral.core.api.control.ControlSubject;
import org.choral.core.api.control.DirectoryFlags;
import org.choral.core.api.control.InvoiceResult;
import org.choral.core.api.directory.DirectoryService;
import org.choral.core.api.directory.DirectoryStatus;
import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.internal.control.rules.SiretRule;
import org.choral.core.internal.i18n.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The control: looks each recipient up once, then applies every registered {@link ControlRule}.
 * Invoices are checked in chunks, each chunk in parallel (the PDF checks read files), with
 * progress and cancellation between chunks.
 */
@Component(service = ControlService.class)
public final class DefaultControlService implements ControlService {

    private static final int CHUNK = 256;
    private static final Comparator<Anomaly> ORDER = Comparator.comparingInt((Anomaly a) -> AnomalyCodes.rank(a.code()))
            .thenComparing(Anomaly::code);

    private final List<ControlRule> rules = new CopyOnWriteArrayList<>();
    private final Clock clock;

    /** For DS: the rules arrive as services. */
    public DefaultControlService() {
        this(List.of(), Clock.systemDefaultZone());
    }

    /** Outside OSGi (benchmark, tests): given rules and clock. */
    public DefaultControlService(List<ControlRule> rules, Clock clock) {
        this.rules.addAll(rules);
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addRule(ControlRule rule) {
        rules.add(rule);
    }

    public void removeRule(ControlRule rule) {
        rules.remove(rule);
    }

    @Override
    public ControlReport check(List<Invoice> invoices, DirectoryService directory, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, invoices.size() + 1);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Map<String, Integer> numbers = countNumbers(invoices);
        List<ControlRule> active = List.copyOf(rules);
        InvoiceResult[] results = new InvoiceResult[invoices.size()];
        for (int start = 0; start < invoices.size(); start += CHUNK) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            int end = Math.min(invoices.size(), start + CHUNK);
            IntStream.range(start, end).parallel()
                    .forEach(i -> results[i] = checkOne(invoices.get(i), directory, numbers, today, active));
            progress.split(end - start);
        }
        List<Anomaly> run = new ArrayList<>();
        boolean stale = false;
        Optional<DirectoryStatus> status = directory.status();
        if (status.isPresent() && status.get().isStale(now)) {
            stale = true;
            run.add(Anomaly.warning(AnomalyCodes.DIRECTORY_STALE, NLS.bind(Messages.Control_directoryStale,
                    DateTimeFormatter.ofPattern("dd/MM/yyyy").format(status.get().importedAt().atZone(zoneOf(clock))), //$NON-NLS-1$
                    status.get().age(now).toDays()), null));
        }
        progress.split(1);
        return new ControlReport(List.of(results), run, stale, now);
    }

    private static ZoneId zoneOf(Clock clock) {
        return clock.getZone();
    }

    private static InvoiceResult checkOne(Invoice invoice, DirectoryService directory, Map<String, Integer> numbers,
            LocalDate today, List<ControlRule> rules) {
        String siret = SiretRule.lookupKey(invoice.siret());
        Structure structure = siret == null ? null : directory.lookup(siret).orElse(null);
        Service service = structure == null ? null : structure.service(invoice.serviceCode());
        int same = invoice.number() == null ? 1 : numbers.getOrDefault(invoice.number().trim(), 1);
        ControlSubject subject = new ControlSubject(invoice, siret, structure, service, same, today);
        List<Anomaly> anomalies = new ArrayList<>();
        for (ControlRule rule : rules) {
            rule.check(subject, anomalies::add);
        }
        anomalies.sort(ORDER);
        String shownSiret = siret != null ? siret : invoice.siret() == null ? null : invoice.siret().trim();
        return new InvoiceResult(invoice, shownSiret, DirectoryFlags.of(structure, service), withLines(anomalies, invoice));
    }

    /** Anomalies without a line of their own get the invoice's row, so every one points to the source. */
    private static List<Anomaly> withLines(List<Anomaly> anomalies, Invoice invoice) {
        if (invoice.position() == null || !invoice.position().hasLine()) {
            return anomalies;
        }
        List<Anomaly> out = new ArrayList<>(anomalies.size());
        for (Anomaly a : anomalies) {
            out.add(a.line() != null ? a
                    : new Anomaly(a.code(), a.severity(), a.message(), invoice.position().line(), a.field()));
        }
        return out;
    }

    private static Map<String, Integer> countNumbers(List<Invoice> invoices) {
        Map<String, Integer> counts = new HashMap<>();
        for (Invoice i : invoices) {
            if (i.number() != null && !i.number().isBlank()) {
                counts.merge(i.number().trim(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
