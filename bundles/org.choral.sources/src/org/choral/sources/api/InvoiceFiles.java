// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.choral.core.api.invoice.InvoiceSource;
import org.choral.core.api.invoice.InvoiceSourceException;
import org.choral.core.api.invoice.SourceOptions;
import org.choral.core.api.invoice.SourceResult;
import org.choral.sources.internal.csv.MappingFile;
import org.choral.sources.internal.files.InvoiceFolder;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Reads a file or a folder with the sources that accept it, told by content as much as by name: a
 * file with the first source that accepts it; a folder with every source — CSV exports first, then
 * UBL/CII XML, then Factur-X PDFs — a file an invoice already names (its PDF, an attachment) being
 * that invoice's, and a plain PDF beside exports being one of their PDFs, not an error. A bad XML
 * or PDF file is a problem naming it; the other files are still read.
 *
 * @since 0.1
 */
public final class InvoiceFiles {

    private final InvoiceFolder folder;

    /** The sources to use; they are tried by id, so that {@code csv} comes first. */
    public InvoiceFiles(List<InvoiceSource> sources) {
        this.folder = new InvoiceFolder(sources);
    }

    /**
     * Reads {@code path}.
     *
     * @throws InvoiceSourceException when the path is missing, no source reads it, a CSV export
     *             cannot be read or lacks a required column, or not a single invoice could be read
     *             (the message names the files and why)
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
     */
    public SourceResult read(Path path, SourceOptions options, IProgressMonitor monitor)
            throws InvoiceSourceException {
        return folder.read(path, options, monitor);
    }

    /** A saved column mapping (UTF-8 {@code .properties}, {@code canonical=ERP header}). */
    public static Map<String, String> readMapping(Path file) throws InvoiceSourceException {
        return MappingFile.load(file);
    }
}
