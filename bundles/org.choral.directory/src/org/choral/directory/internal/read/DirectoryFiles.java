// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.choral.core.api.directory.DirectoryImportException;
import org.choral.directory.internal.i18n.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Reads the directory out of what the user gave: one XLSX, the API's ZIP (holding an XLSX or the
 * two CSV files), or the two CSV files. Structures are always read before services, whatever the
 * order of sheets or files, so that services can be checked against them.
 */
public final class DirectoryFiles {

    /** The sheet names of the official workbook. */
    public static final String SHEET_STRUCTURES = "Structures"; //$NON-NLS-1$
    public static final String SHEET_SERVICES = "Services"; //$NON-NLS-1$

    private final Path tempFolder;
    private final List<Source> sources = new ArrayList<>();

    private sealed interface Source permits Xlsx, Csv {
        String displayName();
    }

    private record Xlsx(Path file, String displayName) implements Source {
    }

    private record Csv(Path file, String displayName, Charset charset, boolean structures) implements Source {
    }

    /**
     * @param tempFolder where the content of an API archive is extracted; deleted by the caller
     */
    public DirectoryFiles(Path tempFolder) {
        this.tempFolder = tempFolder;
    }

    /**
     * Reads {@code files} into {@code sink}, counting into {@code tally}.
     *
     * @return the names of the files read, joined with {@code " + "}
     */
    public String read(List<Path> files, DirectorySink sink, ImportTally tally, IProgressMonitor monitor)
            throws DirectoryImportException {
        SubMonitor progress = SubMonitor.convert(monitor, 100);
        if (files.isEmpty()) {
            throw new DirectoryImportException(null, Messages.Import_noFile);
        }
        for (Path file : files) {
            classify(file, file.getFileName().toString(), true);
        }
        progress.worked(2);
        List<Xlsx> workbooks = sources.stream().filter(Xlsx.class::isInstance).map(Xlsx.class::cast).toList();
        List<Csv> csvs = sources.stream().filter(Csv.class::isInstance).map(Csv.class::cast).toList();
        String names = String.join(" + ", sources.stream().map(Source::displayName).toList()); //$NON-NLS-1$
        SiretSet sirets = new SiretSet();
        if (workbooks.size() == 1 && csvs.isEmpty()) {
            readWorkbook(workbooks.get(0), sink, tally, progress.split(98), sirets);
        } else if (workbooks.isEmpty() && csvs.size() == 2 && csvs.get(0).structures() != csvs.get(1).structures()) {
            Csv structures = csvs.get(0).structures() ? csvs.get(0) : csvs.get(1);
            Csv services = csvs.get(0).structures() ? csvs.get(1) : csvs.get(0);
            readCsv(structures, new StructureTable(structures.displayName(), SHEET_STRUCTURES, sink, tally,
                    progress, sirets), progress.split(60));
            readCsv(services, new ServiceTable(services.displayName(), SHEET_SERVICES, sink, tally, progress,
                    sirets), progress.split(38));
        } else if (workbooks.isEmpty() && csvs.size() == 1) {
            Csv only = csvs.get(0);
            throw new DirectoryImportException(only.displayName(), org.eclipse.osgi.util.NLS.bind(
                    only.structures() ? Messages.Import_servicesCsvMissing : Messages.Import_structuresCsvMissing,
                    only.displayName()));
        } else if (csvs.size() == 2) {
            throw new DirectoryImportException(names,
                    org.eclipse.osgi.util.NLS.bind(Messages.Import_twoCsvSameKind, names));
        } else {
            throw new DirectoryImportException(names, org.eclipse.osgi.util.NLS.bind(Messages.Import_badCombination, names));
        }
        if (tally.structures() == 0) {
            throw new DirectoryImportException(names, org.eclipse.osgi.util.NLS.bind(Messages.Import_noStructure, names));
        }
        return names;
    }

    private void classify(Path file, String displayName, boolean outer) throws DirectoryImportException {
        FileKind kind;
        try {
            kind = FileKind.of(file);
        } catch (IOException e) {
            throw Failures.of(displayName, Messages.Import_unreadable, e);
        }
        switch (kind) {
            case EMPTY -> throw Failures.of(displayName, Messages.Import_empty);
            case HTML -> throw Failures.of(displayName, Messages.Import_html);
            case XML -> throw Failures.of(displayName, Messages.Import_xmlEdition);
            case BINARY -> throw Failures.of(displayName, Messages.Import_binary);
            case TEXT -> sources.add(csv(file, displayName));
            case ZIP -> classifyZip(file, displayName, outer);
        }
    }

    private Csv csv(Path file, String displayName) throws DirectoryImportException {
        try {
            Charset charset = CsvReader.detectCharset(file);
            String header = CsvReader.firstLine(file, charset);
            Columns columns = new Columns(header.split(String.valueOf(CsvReader.detectSeparator(header)), -1));
            boolean structures = columns.hasAny(StructureTable.SIGNATURE);
            if (!structures && !columns.hasAny(ServiceTable.SIGNATURE)) {
                throw Failures.of(displayName, Messages.Import_csvNotDirectory);
            }
            return new Csv(file, displayName, charset, structures);
        } catch (IOException e) {
            throw Failures.of(displayName, Messages.Import_unreadable, e);
        }
    }

    private void classifyZip(Path file, String displayName, boolean outer) throws DirectoryImportException {
        List<Path> extracted = new ArrayList<>();
        List<String> extractedNames = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") != null) { //$NON-NLS-1$
                sources.add(new Xlsx(file, displayName));
                return;
            }
            if (!outer) {
                throw Failures.of(displayName, Messages.Import_nestedZip);
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            int index = 0;
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                String lower = name.toLowerCase(Locale.ROOT);
                if (entry.isDirectory() || !(lower.endsWith(".xlsx") || lower.endsWith(".csv"))) { //$NON-NLS-1$ //$NON-NLS-2$
                    continue;
                }
                // never build a path from the entry's name (zip slip): number the extracted files
                Path target = tempFolder.resolve("entry-" + (index++) + (lower.endsWith(".csv") ? ".csv" : ".xlsx")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                Files.createDirectories(tempFolder);
                try (InputStream in = new BoundedInputStream(zip.getInputStream(entry),
                        ZipLimits.limitFor(entry.getCompressedSize()))) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                } catch (BoundedInputStream.LimitExceededException e) {
                    throw Failures.of(displayName, Messages.Import_zipBomb, name);
                }
                extracted.add(target);
                extractedNames.add(displayName + "!/" + name); //$NON-NLS-1$
            }
        } catch (ZipException | java.io.EOFException e) {
            throw Failures.of(displayName, Messages.Import_damagedZip, e);
        } catch (IOException e) {
            throw Failures.of(displayName, Messages.Import_unreadable, e);
        }
        if (extracted.isEmpty()) {
            throw Failures.of(displayName, Messages.Import_zipWithoutDirectory);
        }
        for (int i = 0; i < extracted.size(); i++) {
            classify(extracted.get(i), extractedNames.get(i), false);
        }
    }

    private static void readWorkbook(Xlsx source, DirectorySink sink, ImportTally tally, IProgressMonitor monitor,
            SiretSet sirets) throws DirectoryImportException {
        SubMonitor progress = SubMonitor.convert(monitor, 100);
        try (XlsxReader reader = XlsxReader.open(source.file(), source.displayName())) {
            String structures = reader.findSheet(SHEET_STRUCTURES);
            String services = reader.findSheet(SHEET_SERVICES);
            if (structures == null || services == null) {
                throw Failures.of(source.displayName(), Messages.Import_missingSheets,
                        String.join(", ", reader.sheetNames())); //$NON-NLS-1$
            }
            long sizeStructures = reader.sheetSize(structures);
            long sizeServices = reader.sheetSize(services);
            int shareStructures = (int) Math.max(1, Math.min(99,
                    100 * sizeStructures / Math.max(1, sizeStructures + sizeServices)));
            SubMonitor first = progress.split(shareStructures);
            RowPipe.run(new StructureTable(source.displayName(), structures, sink, tally, monitor, sirets),
                    rows -> reader.readSheet(structures, rows, bytes(first, sizeStructures)));
            SubMonitor second = progress.split(100 - shareStructures);
            RowPipe.run(new ServiceTable(source.displayName(), services, sink, tally, monitor, sirets),
                    rows -> reader.readSheet(services, rows, bytes(second, sizeServices)));
        }
    }

    private static void readCsv(Csv source, TableReader table, SubMonitor monitor) throws DirectoryImportException {
        long size;
        try {
            size = Files.size(source.file());
        } catch (IOException e) {
            size = 0;
        }
        LongConsumer progress = bytes(monitor, size);
        RowPipe.run(table, rows -> CsvReader.read(source.file(), source.displayName(), source.charset(), rows,
                progress));
        if (!table.headerSeen()) {
            throw Failures.of(source.displayName(), Messages.Import_empty);
        }
    }

    /** Progress by bytes (or characters) read out of {@code total}. */
    private static LongConsumer bytes(SubMonitor monitor, long total) {
        monitor.setWorkRemaining(1000);
        return new LongConsumer() {
            private int done;

            @Override
            public void accept(long read) {
                int now = total <= 0 ? 0 : (int) Math.min(1000, read * 1000 / total);
                if (now > done) {
                    monitor.worked(now - done);
                    done = now;
                }
                if (monitor.isCanceled()) {
                    throw new org.eclipse.core.runtime.OperationCanceledException();
                }
            }
        };
    }
}
