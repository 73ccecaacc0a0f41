// SPDX-License-Identifier: EPL-2.0
package org.choral.deposit.internal.cli;

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
import org.choral.deposit.internal.i18n.Messages;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Reads {@code --invoices} with the registered sources, as {@code choral check} does: a file with
 * the source that accepts it; a folder by its CSV exports when it has some, otherwise every file a
 * source accepts.
 */
final class InvoiceFiles {

    private final List<InvoiceSource> sources;

    InvoiceFiles(List<InvoiceSource> sources) {
        this.sources = sources;
    }

    SourceResult load(Path path, SourceOptions options) throws CommandException {
        if (!Files.exists(path)) {
            throw CommandException.usage(NLS.bind(Messages.Verb_pathMissing, path));
        }
        List<Path> files = Files.isDirectory(path) ? folderFiles(path) : List.of(path);
        if (files.isEmpty()) {
            throw CommandException.usage(NLS.bind(Messages.Verb_emptyFolder, path));
        }
        SourceResult all = new SourceResult(List.of(), List.of());
        for (Path file : files) {
            InvoiceSource source = sourceFor(file)
                    .orElseThrow(() -> CommandException.usage(NLS.bind(Messages.Verb_noSource, file)));
            try {
                all = all.plus(source.read(file, options, new NullProgressMonitor()));
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
            throw CommandException.usage(NLS.bind(Messages.Verb_pathMissing, folder));
        }
        List<Path> exports = new ArrayList<>();
        for (Path f : files) {
            if (sourceFor(f).map(s -> "csv".equals(s.id())).orElse(false)) { //$NON-NLS-1$
                exports.add(f);
            }
        }
        return exports.isEmpty() ? files.stream().filter(f -> sourceFor(f).isPresent()).toList() : exports;
    }
}
