// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal.dialogs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.choral.core.api.directory.ChangeSummary;
import org.choral.core.api.directory.ImportReport;
import org.choral.core.api.directory.SkippedRows;
import org.choral.ui.directory.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The text of the change summary, worded and its numbers formatted by the import's job, off the
 * UI thread: the first French number format of a process loads locale data for a good part of a
 * second, which the window must not wait for when the summary opens.
 *
 * @param lines in order: file, counts, rows left out, verdict, then one line per kind of change
 */
public record SummaryLines(List<Line> lines) {

    /**
     * One line of the summary.
     *
     * @param id the widget id of its text ({@code null} for an example of a row left out)
     * @param text the line, or the label of a count
     * @param count the count shown at the right, or {@code null} for a line of text
     */
    public record Line(String id, String text, String count) {
    }

    public static SummaryLines of(ImportReport report) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("summary.file", NLS.bind(Messages.Summary_file, report.status().fileName()), null)); //$NON-NLS-1$
        lines.add(new Line("summary.counts", NLS.bind(Messages.Summary_counts, new Object[] { //$NON-NLS-1$
                count(report.status().structures()), count(report.status().services()),
                String.format(Locale.FRANCE, "%.1f", report.duration().toMillis() / 1000.0) }), null)); //$NON-NLS-1$
        SkippedRows skipped = report.skipped();
        if (skipped.total() > 0) {
            lines.add(new Line("summary.skipped", NLS.bind(Messages.Summary_skipped, count(skipped.total())), null)); //$NON-NLS-1$
            for (String example : skipped.examples()) {
                lines.add(new Line(null, "  " + example, null)); //$NON-NLS-1$
            }
        }
        ChangeSummary changes = report.changes();
        if (changes.firstImport()) {
            lines.add(new Line("summary.verdict", Messages.Summary_first, null)); //$NON-NLS-1$
        } else if (!changes.hasChanges()) {
            lines.add(new Line("summary.verdict", Messages.Summary_noChange, null)); //$NON-NLS-1$
        } else {
            lines.add(new Line("summary.verdict", Messages.Summary_changes, null)); //$NON-NLS-1$
            count(lines, "summary.structuresAdded", Messages.Summary_structuresAdded, changes.structuresAdded()); //$NON-NLS-1$
            count(lines, "summary.structuresRemoved", Messages.Summary_structuresRemoved, //$NON-NLS-1$
                    changes.structuresRemoved());
            count(lines, "summary.structuresDeactivated", Messages.Summary_structuresDeactivated, //$NON-NLS-1$
                    changes.structuresDeactivated());
            count(lines, "summary.structuresReactivated", Messages.Summary_structuresReactivated, //$NON-NLS-1$
                    changes.structuresReactivated());
            count(lines, "summary.structureFlags", Messages.Summary_structureFlags, //$NON-NLS-1$
                    changes.structureFlagsChanged());
            count(lines, "summary.servicesAdded", Messages.Summary_servicesAdded, changes.servicesAdded()); //$NON-NLS-1$
            count(lines, "summary.servicesRemoved", Messages.Summary_servicesRemoved, changes.servicesRemoved()); //$NON-NLS-1$
            count(lines, "summary.serviceFlags", Messages.Summary_serviceFlags, changes.serviceFlagsChanged()); //$NON-NLS-1$
        }
        return new SummaryLines(List.copyOf(lines));
    }

    private static void count(List<Line> lines, String id, String label, int value) {
        lines.add(new Line(id, label, count(value)));
    }

    private static String count(int n) {
        return String.format(Locale.FRANCE, "%,d", Integer.valueOf(n)); //$NON-NLS-1$
    }
}
