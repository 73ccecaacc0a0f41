// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.control.internal.jobs;

import java.util.List;

import org.choral.core.api.control.ControlReport;
import org.choral.core.api.directory.DirectoryStatus;
import org.choral.core.api.invoice.InputProblem;
import org.choral.ui.control.internal.model.LoadRequest;

/**
 * What a control run gives the part: the report and what could not be read, or why nothing could
 * be checked at all.
 *
 * @param request the files read
 * @param report the control's report, {@code null} when the run failed
 * @param problems source problems that belong to no invoice
 * @param directory the directory checked against, {@code null} when the run failed
 * @param error the French reason the run failed, {@code null} when it did not
 */
public record ControlOutcome(LoadRequest request, ControlReport report, List<InputProblem> problems,
        DirectoryStatus directory, String error) {

    public ControlOutcome {
        problems = List.copyOf(problems);
    }

    static ControlOutcome failed(LoadRequest request, String error) {
        return new ControlOutcome(request, null, List.of(), null, error);
    }

    public boolean failed() {
        return error != null;
    }
}
