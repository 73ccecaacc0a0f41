// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.choral.core.api.directory.ImportReport;
import org.choral.directory.internal.read.DirectoryFiles;
import org.choral.directory.internal.read.XlsxReader;
import org.choral.directory.internal.store.LocalDirectory;
import org.choral.directory.testdata.DirectoryGenerator;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Measures the directory's performance targets outside OSGi (see
 * {@code releng/bench/directory-benchmark.sh}): import of a generated directory from XLSX against a
 * bare streaming read of the same file (first import, and a re-import over it with its change
 * summary), the first look-up after an import, the index load of a new process (from the snapshot
 * file, and from the database when the file is missing), and the look-up rate and p99. Prints the
 * median of several runs.
 * <p>
 * Arguments: {@code --structures N} (200000), {@code --services N} (100000), {@code --runs N} (5),
 * {@code --lookups N} (1000000), {@code --work DIR} (a temporary folder).
 */
public final class DirectoryBenchmark {

    private DirectoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int structures = intArg(args, "--structures", 200_000); //$NON-NLS-1$
        int services = intArg(args, "--services", 100_000); //$NON-NLS-1$
        int runs = intArg(args, "--runs", 5); //$NON-NLS-1$
        int lookups = intArg(args, "--lookups", 1_000_000); //$NON-NLS-1$
        String workArg = stringArg(args, "--work"); //$NON-NLS-1$
        Path work = workArg == null ? Files.createTempDirectory("choral-bench-") : Path.of(workArg); //$NON-NLS-1$
        Files.createDirectories(work);
        out("Choral directory benchmark: %d structures, %d services, %d runs, max heap %d MB, %d CPUs", //$NON-NLS-1$
                structures, services, runs, Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        DirectoryGenerator generator = new DirectoryGenerator(structures, services, 42);
        Path xlsx = work.resolve("annuaire-" + structures + ".xlsx"); //$NON-NLS-1$ //$NON-NLS-2$
        long t0 = System.nanoTime();
        generator.writeXlsx(xlsx);
        out("generated %s (%.1f MB) in %.2f s", xlsx.getFileName(), Files.size(xlsx) / 1e6, //$NON-NLS-1$
                (System.nanoTime() - t0) / 1e9);
        String[] sirets = new String[structures];
        for (int i = 0; i < structures; i++) {
            sirets[i] = generator.siret(i);
        }

        double[] bare = new double[runs];
        double[] imports = new double[runs];
        double[] reimports = new double[runs];
        double[][] cpu = new double[3][runs];
        double[] firstLookups = new double[runs];
        double[] snapshotLoads = new double[runs];
        double[] databaseLoads = new double[runs];
        double[] rates = new double[runs];
        double[] p99s = new double[runs];
        for (int run = 0; run < runs; run++) {
            double cpu0 = cpuSeconds();
            bare[run] = bareRead(xlsx);
            double cpu1 = cpuSeconds();
            Path data = work.resolve("data-" + run); //$NON-NLS-1$
            try (LocalDirectory directory = new LocalDirectory(data)) {
                ImportReport first = directory.importFiles(List.of(xlsx), new NullProgressMonitor());
                imports[run] = first.duration().toNanos() / 1e9;
                double cpu2 = cpuSeconds();
                ImportReport second = directory.importFiles(List.of(xlsx), new NullProgressMonitor());
                reimports[run] = second.duration().toNanos() / 1e9;
                double cpu3 = cpuSeconds();
                cpu[0][run] = cpu1 - cpu0;
                cpu[1][run] = cpu2 - cpu1;
                cpu[2][run] = cpu3 - cpu2;
                if (second.changes().hasChanges()) {
                    throw new IllegalStateException("the same file changed the directory: " + second.changes()); //$NON-NLS-1$
                }
                firstLookups[run] = timeFirstLookup(directory, sirets[0]);
                double[] lookup = lookups(directory, sirets, lookups, run);
                rates[run] = lookup[0];
                p99s[run] = lookup[1];
            }
            // what a new process (the command line, the workbench starting) pays before its first look-up
            try (LocalDirectory fresh = new LocalDirectory(data)) {
                snapshotLoads[run] = timeFirstLookup(fresh, sirets[0]);
            }
            Files.delete(data.resolve("directory").resolve("index.snapshot")); //$NON-NLS-1$ //$NON-NLS-2$
            try (LocalDirectory fresh = new LocalDirectory(data)) {
                databaseLoads[run] = timeFirstLookup(fresh, sirets[0]);
            }
            out("run %d: bare read %.2f s | import %.2f s (%d structures, %d services) | re-import with" //$NON-NLS-1$
                    + " change summary %.2f s | first look-up after import %.1f ms | index load: snapshot %.2f s," //$NON-NLS-1$
                    + " database %.2f s | %.0f look-ups/s, p99 %.1f µs | CPU: bare read %.2f s, import %.2f s," //$NON-NLS-1$
                    + " re-import %.2f s", //$NON-NLS-1$
                    run + 1, bare[run], imports[run], structures, services, reimports[run], firstLookups[run] * 1e3,
                    snapshotLoads[run], databaseLoads[run], rates[run], p99s[run], cpu[0][run], cpu[1][run],
                    cpu[2][run]);
            delete(data);
        }
        double bareMedian = median(bare);
        out(""); //$NON-NLS-1$
        out("MEDIANS over %d runs (-Xmx%d MB):", runs, Runtime.getRuntime().maxMemory() >> 20); //$NON-NLS-1$
        out("  bare streaming read of the XLSX   : %.2f s", bareMedian); //$NON-NLS-1$
        out("  first import into H2              : %.2f s  (%.2fx the bare read; target <= 10 s and <= 2x)", //$NON-NLS-1$
                median(imports), median(imports) / bareMedian);
        out("  re-import, change summary included: %.2f s  (%.2fx the bare read; target <= 10 s and <= 2x)", //$NON-NLS-1$
                median(reimports), median(reimports) / bareMedian);
        out("  ratio per run (import / bare read): first %s, re-import %s", //$NON-NLS-1$
                ratios(imports, bare), ratios(reimports, bare));
        out("  CPU time of the process (all threads, GC included; little affected by other load):"); //$NON-NLS-1$
        out("                                      bare read %.2f s, import %.2f s (%.2fx), re-import %.2f s (%.2fx)", //$NON-NLS-1$
                median(cpu[0]), median(cpu[1]), median(cpu[1]) / median(cpu[0]), median(cpu[2]),
                median(cpu[2]) / median(cpu[0]));
        out("  first look-up after an import     : %.1f ms", median(firstLookups) * 1e3); //$NON-NLS-1$
        out("  index load in a new process       : %.2f s from the snapshot file, %.2f s from the database", //$NON-NLS-1$
                median(snapshotLoads), median(databaseLoads));
        out("  look-ups                          : %.0f /s (target >= 100000), p99 %.1f µs (target < 1000)", //$NON-NLS-1$
                median(rates), median(p99s));
        if (workArg == null) {
            delete(work);
        }
    }

    /** CPU time used by the whole process so far (every thread, the garbage collector's included). */
    private static double cpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }

    private static double timeFirstLookup(LocalDirectory directory, String siret) {
        long start = System.nanoTime();
        if (directory.lookup(siret).isEmpty()) {
            throw new IllegalStateException("not found: " + siret); //$NON-NLS-1$
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Each run's ratio, as run pairs come from the same moment of a shared machine's load. */
    private static String ratios(double[] times, double[] bare) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < times.length; i++) {
            b.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.2fx", times[i] / bare[i])); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return b.toString();
    }

    /** Unzips and parses both sheets (shared strings included), doing nothing with the rows. */
    private static double bareRead(Path xlsx) throws Exception {
        long start = System.nanoTime();
        long[] rows = new long[1];
        try (XlsxReader reader = XlsxReader.open(xlsx, xlsx.getFileName().toString())) {
            for (String sheet : new String[] { DirectoryFiles.SHEET_STRUCTURES, DirectoryFiles.SHEET_SERVICES }) {
                reader.readSheet(reader.findSheet(sheet), (line, cells) -> rows[0] += cells.length, b -> {
                    // no progress
                });
            }
        }
        if (rows[0] == 0) {
            throw new IllegalStateException("nothing read"); //$NON-NLS-1$
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Look-ups rate (per second) and p99 (µs), over hits and misses written in several ways. */
    private static double[] lookups(LocalDirectory directory, String[] sirets, int count, int run) {
        Random random = new Random(run);
        String[] queries = new String[count];
        for (int i = 0; i < count; i++) {
            String s = sirets[random.nextInt(sirets.length)];
            queries[i] = switch (i % 10) {
                case 0 -> s.substring(0, 3) + ' ' + s.substring(3, 6) + ' ' + s.substring(6, 9) + ' ' + s.substring(9);
                case 1 -> s.replaceFirst("^0+", ""); //$NON-NLS-1$ //$NON-NLS-2$
                case 2 -> "9" + s.substring(1); // almost always absent //$NON-NLS-1$
                default -> s;
            };
        }
        long found = 0;
        for (int i = 0; i < Math.min(count, 200_000); i++) {
            found += directory.lookup(queries[i]).isPresent() ? 1 : 0;
        }
        long start = System.nanoTime();
        for (String q : queries) {
            found += directory.lookup(q).isPresent() ? 1 : 0;
        }
        double rate = count / ((System.nanoTime() - start) / 1e9);
        long[] each = new long[count];
        for (int i = 0; i < count; i++) {
            long t = System.nanoTime();
            found += directory.lookup(queries[i]).isPresent() ? 1 : 0;
            each[i] = System.nanoTime() - t;
        }
        Arrays.sort(each);
        if (found == 0) {
            throw new IllegalStateException("no look-up found anything"); //$NON-NLS-1$
        }
        return new double[] { rate, each[(int) Math.min(count - 1, Math.ceil(count * 0.99) - 1)] / 1e3 };
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static void out(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }

    private static int intArg(String[] args, String name, int defaultValue) {
        String v = stringArg(args, name);
        return v == null ? defaultValue : Integer.parseInt(v);
    }

    private static String stringArg(String[] args, String name) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
        }
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }
}
