// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.choral.core.api.command.CommandException;
import org.choral.core.api.invoice.InvoiceSource;
import org.choral.core.api.invoice.InvoiceSourceException;
import org.choral.core.api.invoice.SourceOptions;
import org.choral.core.api.invoice.SourceResult;
import org.choral.sources.internal.i18n.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Reads what {@code --invoices} names with the registered sources: a file with the source that
 * accepts it; a folder holding CSV exports by those exports only (its PDFs are their invoices'
 * PDFs), otherwise every file some source accepts (UBL/CII XML, Factur-X PDFs).
 */
final class InvoiceLoader {

    private final List<InvoiceSource> sources;

    InvoiceLoader(List<InvoiceSource> sources) {
        this.sources = sources;
    }

    SourceResult load(Path path, SourceOptions options, IProgressMonitor monitor) throws CommandException {
        if (!Files.exists(path)) {
            throw CommandException.usage(NLS.bind(Messages.Check_pathMissing, path));
        }
        List<Path> files = Files.isDirectory(path) ? folderFiles(path) : List.of(path);
        if (files.isEmpty()) {
            throw CommandException.usage(NLS.bind(Messages.Check_emptyFolder, path));
        }
        SubMonitor progress = SubMonitor.convert(monitor, files.size());
        SourceResult all = new SourceResult(List.of(), List.of());
        for (Path file : files) {
            InvoiceSource source = sourceFor(file)
                    .orElseThrow(() -> CommandException.usage(NLS.bind(Messages.Check_noSource, file)));
            try {
                all = all.plus(source.read(file, options, progress.split(1)));
            } catch (InvoiceSourceException e) {
                throw CommandException.usage(e.getMessage());
            }
        }
        return all;
    }

    private Optional<InvoiceSource> sourceFor(Path file) {
        return sources.stream().filter(s -> s.accepts(file)).findFirst();
    }

    private List<Path> folderFiles(Path folder) throws CommandException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw CommandException.usage(NLS.bind(Messages.Source_fileUnreadable, folder, e.toString()));
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
