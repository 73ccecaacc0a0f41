// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.internal.model;

import java.util.function.Consumer;

import org.choral.core.api.flux.FluxResult;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * What « Déposer sur Chorus » does with the generated flux. The connector issue provides it (on
 * the deposit service); until then the wizard has none and the button says so. Wiring it is
 * giving one to {@code FluxWizard}: the page already collects the options and shows the rows.
 */
@FunctionalInterface
public interface DepositStep {

    /**
     * Deposits {@code generated}, reporting each invoice as its answer comes (from the calling
     * thread; the page moves the rows to the UI thread).
     *
     * @throws InterruptedException when cancelled
     */
    void deposit(FluxResult generated, DepositOptions options, Consumer<DepositRow> report, IProgressMonitor monitor)
            throws InterruptedException;
}
