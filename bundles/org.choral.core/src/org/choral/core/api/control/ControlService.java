// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.control;

import java.util.List;

import org.choral.core.api.directory.DirectoryService;
import org.choral.core.api.invoice.Invoice;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Checks a batch of invoices against a directory with every registered {@link ControlRule}.
 *
 * @since 0.1
 */
public interface ControlService {

    /**
     * Runs the control.
     *
     * @param invoices the batch (duplicates are looked for within it)
     * @param directory the directory to check recipients against
     * @param monitor progress and cancellation ({@code null} allowed)
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
     */
    ControlReport check(List<Invoice> invoices, DirectoryService directory, IProgressMonitor monitor);
}
