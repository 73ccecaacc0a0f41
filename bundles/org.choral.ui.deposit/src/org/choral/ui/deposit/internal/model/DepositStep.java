// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.internal.model;

import java.io.IOException;
import java.util.function.Consumer;

import org.choral.core.api.deposit.DepositSummary;
import org.choral.core.api.flux.FluxRequest;
import org.choral.core.api.flux.FluxResult;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * What « Déposer sur Chorus » does with the generated flux: {@link ServiceDepositStep} on the
 * deposit service and the connector of the saved settings. Without one the button is disabled and
 * its tooltip says what to configure.
 */
@FunctionalInterface
public interface DepositStep {

    /**
     * Deposits {@code generated} (as {@code request} produced it), reporting each invoice as its
     * answer comes (from the calling thread; the page moves the rows to the UI thread). Cancelling
     * the monitor stops before the next portal call; the summary then says so.
     *
     * @throws IOException when the deposit history cannot be written or the connector cannot be made
     *             from the settings (nothing was sent then)
     */
    DepositSummary deposit(FluxRequest request, FluxResult generated, DepositOptions options,
            Consumer<DepositRow> report, IProgressMonitor monitor) throws IOException;
}
