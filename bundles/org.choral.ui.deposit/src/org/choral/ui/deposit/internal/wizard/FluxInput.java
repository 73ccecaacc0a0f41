// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.internal.wizard;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.choral.core.api.flux.FluxService;
import org.choral.core.api.flux.FluxSettings;
import org.choral.core.api.flux.FrameworkPlacement;
import org.choral.core.api.flux.Supplier;
import org.choral.core.api.flux.Thresholds;
import org.choral.core.api.invoice.Invoice;
import org.choral.ui.CompliantInvoices;
import org.choral.ui.deposit.internal.model.DepositStep;

/**
 * Everything the wizard works with, gathered by the handler.
 *
 * @param invoices the invoices to generate (the selection, or all compliant ones)
 * @param wholeList nothing was selected: {@code invoices} are all the compliant invoices
 * @param flux the flux service
 * @param settings the « Entreprise » and « Flux » settings, or {@code null} when no module provides them
 * @param memory the wizard's remembered choices
 * @param deposit what « Déposer sur Chorus » does, or {@code null} when it cannot run
 * @param depositProblem why {@code deposit} is {@code null}: what to install or configure, in the user's language
 * @param status posts a message to the workbench status line
 * @param deposited told the invoice numbers deposited after each run (the tracking view refreshes)
 */
public record FluxInput(List<Invoice> invoices, boolean wholeList, FluxService flux, FluxSettings settings,
        WizardMemory memory, DepositStep deposit, String depositProblem, Consumer<String> status,
        Consumer<List<String>> deposited) {

    public FluxInput {
        invoices = List.copyOf(invoices);
    }

    public static List<Invoice> invoices(CompliantInvoices compliant) {
        return compliant.chosen().stream().map(r -> r.invoice()).toList();
    }

    Optional<Supplier> settingsSupplier() {
        return settings == null ? Optional.empty() : settings.supplier();
    }

    Thresholds thresholds() {
        return settings == null ? Thresholds.DEFAULTS : settings.thresholds();
    }

    /** Where the « Flux » settings put the billing framework: the wizard's choice until changed there. */
    FrameworkPlacement frameworkPlacement() {
        return settings == null ? FrameworkPlacement.BT_23 : settings.frameworkPlacement();
    }
}
