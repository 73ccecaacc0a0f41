// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.check;

import java.nio.file.Path;
import java.util.List;

import org.choral.core.api.command.CommandException;
import org.choral.core.api.invoice.InvoiceSource;
import org.choral.core.api.invoice.InvoiceSourceException;
import org.choral.core.api.invoice.SourceOptions;
import org.choral.core.api.invoice.SourceResult;
import org.choral.sources.api.InvoiceFiles;
import org.eclipse.core.runtime.IProgressMonitor;

/** Reads what {@code --invoices} names (see {@link InvoiceFiles}); a failure is a usage error (exit 2). */
final class InvoiceLoader {

    private final InvoiceFiles files;

    InvoiceLoader(List<InvoiceSource> sources) {
        this.files = new InvoiceFiles(sources);
    }

    SourceResult load(Path path, SourceOptions options, IProgressMonitor monitor) throws CommandException {
        try {
            return files.read(path, options, monitor);
        } catch (InvoiceSourceException e) {
            throw CommandException.usage(e.getMessage());
        }
    }
}
