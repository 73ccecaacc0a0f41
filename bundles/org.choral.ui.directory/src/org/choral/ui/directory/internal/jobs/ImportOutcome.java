// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal.jobs;

import org.choral.core.api.directory.ImportReport;
import org.choral.ui.directory.internal.dialogs.SummaryLines;

/**
 * How an import ended: a report when it committed, else the message for the user (the file named
 * by the import) or cancelled. Never an exception: the UI shows it as it is.
 *
 * @param report what was imported and what changed, or {@code null}
 * @param summary the report worded for the change summary, made with the outcome on the job's
 *        thread, or {@code null}
 * @param error why the import was refused, or {@code null}
 * @param cancelled the user cancelled it
 */
public record ImportOutcome(ImportReport report, SummaryLines summary, String error, boolean cancelled) {

    public static ImportOutcome done(ImportReport report) {
        return new ImportOutcome(report, SummaryLines.of(report), null, false);
    }

    public static ImportOutcome failed(String error) {
        return new ImportOutcome(null, null, error, false);
    }

    public static ImportOutcome cancel() {
        return new ImportOutcome(null, null, null, true);
    }
}
