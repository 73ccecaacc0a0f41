// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.validation;

import java.util.List;

/**
 * What a validator said about one file.
 *
 * @param errors what makes the file invalid (the build fails on any)
 * @param warnings what the validator only warns about, reported for reading
 * @param report the validator's full report, kept beside the sample
 */
record Verdict(List<String> errors, List<String> warnings, String report) {

    Verdict {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    boolean valid() {
        return errors.isEmpty();
    }
}
