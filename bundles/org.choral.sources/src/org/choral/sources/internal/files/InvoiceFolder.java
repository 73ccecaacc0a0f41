// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.choral.core.api.invoice.InputProblem;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceSource;
import org.choral.core.api.invoice.InvoiceSourceException;
import org.choral.core.api.invoice.SourceOptions;
import org.choral.core.api.invoice.SourcePosition;
import org.choral.core.api.invoice.SourceResult;
import org.choral.sources.internal.i18n.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Reads a file or a folder with every source that accepts its files, told by content as much as by
 * name. In a folder, CSV exports are read first, then XML invoices, then PDFs: a file an invoice
 * already names (its PDF, an attachment) is that invoice's and is not read again; a PDF without an
 * embedded invoice in a folder that has exports is one of their PDFs, not an error. A bad XML or
 * PDF file is a problem naming it, and the other files are still read; a CSV export that cannot be
 * read stops the run, as when it is named alone.
 */
public final class InvoiceFolder {

    static final String CSV = "csv"; //$NON-NLS-1$
    static final String FACTURX = "facturx"; //$NON-NLS-1$

    private final List<InvoiceSource> sources;

    /** @param sources the registered sources; tried by id, so that {@code csv} is asked first */
    public InvoiceFolder(List<InvoiceSource> sources) {
        this.sources = sources.stream().sorted(Comparator.comparing(InvoiceSource::id)).toList();
    }

    /**
     * Reads {@code path}, a file or a folder.
     *
     * @throws InvoiceSourceException when the path is missing, holds nothing a source reads, a CSV
     *             export cannot be read, or not a single invoice could be read (the message names
     *             the files and why)
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
     */
    public SourceResult read(Path path, SourceOptions options, IProgressMonitor monitor) throws InvoiceSourceException {
        SourcePosition at = SourcePosition.of(path);
        if (!Files.exists(path)) {
            throw new InvoiceSourceException(at, NLS.bind(Messages.Check_pathMissing, path));
        }
        SourceResult result;
        if (Files.isDirectory(path)) {
            result = readFolder(path, options, monitor);
        } else {
            InvoiceSource source = sourceFor(path)
                    .orElseThrow(() -> new InvoiceSourceException(at, NLS.bind(Messages.Check_noSource, path)));
            result = source.read(path, options, monitor);
        }
        if (result.invoices().isEmpty() && !result.problems().isEmpty()) {
            StringBuilder why = new StringBuilder(NLS.bind(Messages.Check_nothingRead, path));
            result.problems().forEach(p -> why.append(System.lineSeparator()).append("  ").append(p.message())); //$NON-NLS-1$
            throw new InvoiceSourceException(at, why.toString());
        }
        return result;
    }

    private SourceResult readFolder(Path folder, SourceOptions options, IProgressMonitor monitor)
            throws InvoiceSourceException {
        Map<Path, InvoiceSource> files = new LinkedHashMap<>();
        for (Path f : list(folder)) {
            sourceFor(f).ifPresent(s -> files.put(f, s));
        }
        if (files.isEmpty()) {
            throw new InvoiceSourceException(SourcePosition.of(folder), NLS.bind(Messages.Check_emptyFolder, folder));
        }
        SubMonitor progress = SubMonitor.convert(monitor, files.size());
        boolean hasExports = files.values().stream().anyMatch(s -> CSV.equals(s.id()));
        List<Invoice> invoices = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        Set<Path> claimed = new HashSet<>();
        for (int pass = 0; pass < 3; pass++) {
            for (Map.Entry<Path, InvoiceSource> e : files.entrySet()) {
                String id = e.getValue().id();
                if (pass != (CSV.equals(id) ? 0 : FACTURX.equals(id) ? 2 : 1)) {
                    continue;
                }
                SubMonitor step = progress.split(1);
                if (claimed.contains(key(e.getKey()))) {
                    continue;
                }
                SourceResult r;
                try {
                    r = e.getValue().read(e.getKey(), options, step);
                } catch (InvoiceSourceException ex) {
                    if (pass == 0) {
                        throw ex;
                    }
                    problems.add(new InputProblem(SourcePosition.of(e.getKey()), null, ex.getMessage()));
                    continue;
                }
                if (pass == 2 && hasExports && r.invoices().isEmpty()) {
                    continue; // a plain PDF beside exports: one of their invoices' PDFs or attachments
                }
                invoices.addAll(r.invoices());
                problems.addAll(r.problems());
                r.invoices().forEach(i -> claim(i, claimed));
            }
        }
        return new SourceResult(invoices, problems);
    }

    private static void claim(Invoice invoice, Set<Path> claimed) {
        if (invoice.pdf() != null) {
            claimed.add(key(invoice.pdf()));
        }
        invoice.attachments().forEach(a -> claimed.add(key(a)));
    }

    private static Path key(Path p) {
        return p.toAbsolutePath().normalize();
    }

    private static List<Path> list(Path folder) throws InvoiceSourceException {
        try (Stream<Path> list = Files.list(folder)) {
            // hidden files (.DS_Store, editors' backups) are never invoices
            return list.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")) //$NON-NLS-1$
                    .sorted().toList();
        } catch (IOException e) {
            throw new InvoiceSourceException(SourcePosition.of(folder),
                    NLS.bind(Messages.Source_fileUnreadable, folder, e.toString()), e);
        }
    }

    private Optional<InvoiceSource> sourceFor(Path file) {
        return sources.stream().filter(s -> s.accepts(file)).findFirst();
    }
}
