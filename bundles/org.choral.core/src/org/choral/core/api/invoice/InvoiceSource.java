// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.invoice;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Reads invoices out of one kind of file (an ERP's CSV export, Factur-X PDFs, UBL/CII XML).
 * Registered as an OSGi service; the command line and the control view pick the sources that
 * {@linkplain #accepts(Path) accept} a file.
 * <p>
 * A source never throws a valid row away because another is bad: row-level problems go into the
 * result, only a file that cannot be read at all (or lacks a required column) is an exception.
 *
 * @since 0.1
 */
public interface InvoiceSource {

    /** A short stable identifier ({@code csv}, {@code facturx}, {@code xml}). */
    String id();

    /** Whether this source reads {@code file} (by name; cheap). */
    boolean accepts(Path file);

    /**
     * Reads {@code file}.
     *
     * @param file the file to read
     * @param options lines file, PDF folder, column mapping
     * @param monitor progress and cancellation ({@code null} allowed)
     * @return the invoices and the problems that belong to none of them
     * @throws InvoiceSourceException when the file cannot be read or lacks a required column
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
     */
    SourceResult read(Path file, SourceOptions options, IProgressMonitor monitor) throws InvoiceSourceException;
}
