// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.choral.core.api.invoice.InvoiceSource;
import org.choral.core.api.invoice.InvoiceSourceException;
import org.choral.core.api.invoice.SourceOptions;
import org.choral.core.api.invoice.SourcePosition;
import org.choral.core.api.invoice.SourceResult;
import org.choral.sources.internal.csv.MappingFile;
import org.choral.sources.internal.i18n.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Reads a file or a folder with the sources that accept it: a file with the first source that
 * accepts it; a folder holding CSV exports by those exports only (its PDFs are their invoices'
 * PDFs), otherwise every file some source accepts (UBL/CII XML, Factur-X PDFs).
 *
 * @since 0.1
 */
public final class InvoiceFiles {

    private final List<InvoiceSource> sources;

    /** The sources to use; they are tried by id, so that {@code csv} comes first. */
    public InvoiceFiles(List<InvoiceSource> sources) {
        this.sources = sources.stream().sorted(Comparator.comparing(InvoiceSource::id)).toList();
    }

    /**
     * Reads {@code path}.
     *
     * @throws InvoiceSourceException when the path is missing, no source reads it, or a file
     *             cannot be read or lacks a required column (the message names it)
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
     */
    public SourceResult read(Path path, SourceOptions options, IProgressMonitor monitor)
            throws InvoiceSourceException {
        if (!Files.exists(path)) {
            throw new InvoiceSourceException(SourcePosition.of(path), NLS.bind(Messages.Check_pathMissing, path));
        }
        List<Path> files = Files.isDirectory(path) ? folderFiles(path) : List.of(path);
        if (files.isEmpty()) {
            throw new InvoiceSourceException(SourcePosition.of(path), NLS.bind(Messages.Check_emptyFolder, path));
        }
        SubMonitor progress = SubMonitor.convert(monitor, files.size());
        SourceResult all = new SourceResult(List.of(), List.of());
        for (Path file : files) {
            Optional<InvoiceSource> source = sourceFor(file);
            if (source.isEmpty()) {
                throw new InvoiceSourceException(SourcePosition.of(file), NLS.bind(Messages.Check_noSource, file));
            }
            all = all.plus(source.get().read(file, options, progress.split(1)));
        }
        return all;
    }

    /** A saved column mapping (UTF-8 {@code .properties}, {@code canonical=ERP header}). */
    public static Map<String, String> readMapping(Path file) throws InvoiceSourceException {
        return MappingFile.load(file);
    }

    private Optional<InvoiceSource> sourceFor(Path file) {
        return sources.stream().filter(s -> s.accepts(file)).findFirst();
    }

    private List<Path> folderFiles(Path folder) throws InvoiceSourceException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new InvoiceSourceException(SourcePosition.of(folder),
                    NLS.bind(Messages.Source_fileUnreadable, folder, e.toString()), e);
        }
        List<Path> exports = new ArrayList<>();
        for (Path f : files) {
            if (sourceFor(f).map(s -> "csv".equals(s.id())).orElse(false)) { //$NON-NLS-1$
                exports.add(f);
            }
        }
        if (!exports.isEmpty()) {
            return exports;
        }
        return files.stream().filter(f -> sourceFor(f).isPresent()).toList();
    }
}
