// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.internal.model;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.choral.core.api.deposit.DepositRequest;
import org.choral.core.api.deposit.DepositService;
import org.choral.core.api.deposit.DepositSummary;
import org.choral.core.api.flux.FluxRequest;
import org.choral.core.api.flux.FluxResult;
import org.choral.core.api.portal.Flux;
import org.choral.core.api.portal.PortalConnector;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The deposit through {@link DepositService}: lot mode sends each generated lot as one flux,
 * sequential mode one flux per generated file. The connector is made at each run from the settings
 * saved then (they may have changed since the wizard opened) and closed after it.
 */
public record ServiceDepositStep(DepositService service, PortalAccess portal, Path dataFolder) implements DepositStep {

    @Override
    public DepositSummary deposit(FluxRequest request, FluxResult generated, DepositOptions options,
            Consumer<DepositRow> report, IProgressMonitor monitor) throws IOException {
        List<Flux> fluxes = generated.files().stream()
                .map(f -> Flux.of(f.path(), request.syntax(), f.invoiceNumbers())).toList();
        DepositRequest run = new DepositRequest(request.mode(), fluxes, Duration.ofMillis(options.waitMillis()),
                options.continueOnError(), options.skipDeposited(), false);
        try (PortalConnector connector = portal.connect()) {
            return service.deposit(dataFolder, connector, run,
                    row -> report.accept(DepositRow.of(row)), monitor);
        }
    }
}
