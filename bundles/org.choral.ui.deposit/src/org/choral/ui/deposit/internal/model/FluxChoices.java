// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.internal.model;

import java.nio.file.Path;
import java.util.Objects;

import org.choral.core.api.flux.ArchiveType;
import org.choral.core.api.flux.DepositDate;
import org.choral.core.api.flux.FacturxProfile;
import org.choral.core.api.flux.FluxMode;
import org.choral.core.api.flux.FluxOptions;
import org.choral.core.api.flux.FluxRequest;
import org.choral.core.api.flux.FrameworkPlacement;
import org.choral.core.api.flux.Supplier;
import org.choral.core.api.flux.Thresholds;

/**
 * What the user chose on the wizard's first page, kept apart from the widgets so that the request
 * it makes can be checked without a display.
 *
 * @param mode « Dépôt par lot » or « Dépôt séquentiel » (the tab shown)
 * @param name « Nom explicite du flux », possibly empty (the service then names it after the date)
 * @param date « Date de dépôt »
 * @param syntax the {@code syntaxeFlux} chosen
 * @param profile the Factur-X profile (CII formats only)
 * @param archive the lot's archive
 * @param outputFolder where the files go, or {@code null} when not chosen yet
 * @param split whether a lot over the thresholds is split into several lots
 * @param framework where the billing framework is written (the « Flux » setting unless changed)
 */
public record FluxChoices(FluxMode mode, String name, DepositDate date, String syntax, FacturxProfile profile,
        ArchiveType archive, Path outputFolder, boolean split, FrameworkPlacement framework) {

    public FluxChoices {
        Objects.requireNonNull(mode);
        Objects.requireNonNull(date);
        Objects.requireNonNull(profile);
        Objects.requireNonNull(archive);
        Objects.requireNonNull(framework);
        name = name == null ? "" : name.strip(); //$NON-NLS-1$
    }

    /** The request for the flux service. */
    public FluxRequest request(Supplier supplier, Thresholds thresholds) {
        return new FluxRequest(syntax, mode, outputFolder, name.isEmpty() ? null : name, date, archive, split,
                thresholds, new FluxOptions(supplier, framework, profile));
    }

    public FluxChoices withMode(FluxMode m) {
        return new FluxChoices(m, name, date, syntax, profile, archive, outputFolder, split, framework);
    }

    public FluxChoices withSplit(boolean s) {
        return new FluxChoices(mode, name, date, syntax, profile, archive, outputFolder, s, framework);
    }
}
