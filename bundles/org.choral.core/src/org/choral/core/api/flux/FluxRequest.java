// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.flux;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to generate.
 *
 * @param syntax the {@code syntaxeFlux} of the format
 * @param mode lot or sequential
 * @param outputFolder where the files are written (created when missing)
 * @param name « Nom explicite du flux », kept whole in the result; its slug names the files
 * @param depositDate which date names the flux
 * @param archive the archive of a lot
 * @param split whether a lot over the thresholds is split into several lots (otherwise refused)
 * @param thresholds the lot limits
 * @param options supplier, framework placement and profile given to the format
 * @since 0.1
 */
public record FluxRequest(String syntax, FluxMode mode, Path outputFolder, String name, DepositDate depositDate,
        ArchiveType archive, boolean split, Thresholds thresholds, FluxOptions options) {

    public FluxRequest {
        Objects.requireNonNull(syntax);
        Objects.requireNonNull(mode);
        Objects.requireNonNull(outputFolder);
        Objects.requireNonNull(depositDate);
        Objects.requireNonNull(archive);
        Objects.requireNonNull(thresholds);
        Objects.requireNonNull(options);
    }
}
