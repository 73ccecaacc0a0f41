// SPDX-License-Identifier: EPL-2.0
package org.choral.core.internal.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.choral.core.api.control.ControlReport;
import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.internal.control.rules.BuiltInRules;

/**
 * The control's performance target: 10,000 invoices against a 200,000-structure in-memory
 * directory, every invoice with its own PDF on disk (header, trailer and page count checked), in
 * 2 s or less. Prints the median of several runs after one warm-up. Run with
 * {@code bundles/org.choral.core.tests/control-benchmark.sh [invoices] [structures] [runs]}.
 */
public final class ControlBenchmark {

    private ControlBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int invoiceCount = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int structureCount = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path dir = Files.createTempDirectory("choral-bench"); //$NON-NLS-1$
        try {
            long t0 = System.nanoTime();
            List<Structure> structures = structures(structureCount);
            InMemoryDirectory directory = new InMemoryDirectory(Instant.now().minus(Duration.ofDays(2)), structures);
            List<Invoice> invoices = invoices(invoiceCount, structures, dir);
            System.out.printf("setup: %d structures, %d invoices and PDFs in %d ms%n", structureCount, invoiceCount, //$NON-NLS-1$
                    (System.nanoTime() - t0) / 1_000_000);
            DefaultControlService control = new DefaultControlService(BuiltInRules.all(), Clock.systemDefaultZone());
            control.check(invoices, directory, null); // warm-up: class loading, JIT, file cache
            long[] millis = new long[runs];
            ControlReport report = null;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                report = control.check(invoices, directory, null);
                millis[i] = (System.nanoTime() - start) / 1_000_000;
            }
            Arrays.sort(millis);
            System.out.printf("control of %d invoices: median %d ms (min %d, max %d, %d runs); %d compliant, anomalies %s%n", //$NON-NLS-1$
                    invoiceCount, millis[runs / 2], millis[0], millis[runs - 1], runs, report.compliant().size(),
                    report.countByCode());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Structures of every kind; one in ten manages services and has three. */
    static List<Structure> structures(int count) {
        List<Structure> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String siret = Fixtures.siret(100_000L + i * 7L);
            boolean services = i % 10 == 0;
            List<Service> s = services ? List.of(new Service(siret, "SERV" + i % 3, "Achats", true, i % 20 == 0), //$NON-NLS-1$ //$NON-NLS-2$
                    new Service(siret, "COMPTA", "Comptabilité", true, false), //$NON-NLS-1$ //$NON-NLS-2$
                    new Service(siret, "ANCIEN", "Fermé", false, false)) : List.of(); //$NON-NLS-1$ //$NON-NLS-2$
            list.add(Fixtures.structure(siret, i % 50 != 0, i % 7 == 0, services, i % 11 == 0,
                    s.toArray(new Service[0])));
        }
        return list;
    }

    /** Invoices to structures spread over the directory, each with its own one-page PDF. */
    static List<Invoice> invoices(int count, List<Structure> structures, Path dir) throws IOException {
        byte[] pdf = Files.readAllBytes(Fixtures.pdf(dir.resolve("model.pdf"))); //$NON-NLS-1$
        List<Invoice> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Structure s = structures.get((int) ((i * 7919L) % structures.size()));
            Fixtures.InvoiceBuilder b = new Fixtures.InvoiceBuilder(Files.write(dir.resolve("F" + i + ".pdf"), pdf)); //$NON-NLS-1$ //$NON-NLS-2$
            b.number = "F2024-" + i; //$NON-NLS-1$
            b.siret = s.siret();
            b.service = s.serviceRequired() ? "COMPTA" : null; //$NON-NLS-1$
            b.engagement = i % 3 == 0 ? "EJ" + i : null; //$NON-NLS-1$
            list.add(b.build());
        }
        return list;
    }
}
