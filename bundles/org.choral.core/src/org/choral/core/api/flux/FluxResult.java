// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.flux;

import java.util.List;

/**
 * What a generation wrote, left out and warned about.
 *
 * @param files the files written, in order
 * @param failures the invoices that could not be written (the others were)
 * @param warnings what the user should know (a lot split, a size near the limit…)
 * @since 0.1
 */
public record FluxResult(List<FluxFile> files, List<FluxFailure> failures, List<String> warnings) {

    public FluxResult {
        files = List.copyOf(files);
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
    }
}
