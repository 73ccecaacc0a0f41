// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal.dialogs;

import java.util.Locale;

import org.choral.core.api.directory.ChangeSummary;
import org.choral.core.api.directory.ImportReport;
import org.choral.core.api.directory.SkippedRows;
import org.choral.ui.WidgetKeys;
import org.choral.ui.directory.internal.i18n.Messages;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * What an import brought: the file, the counts, the rows left out, and the monthly changes users
 * read to learn which recipients now demand a service code or an engagement.
 */
public final class ChangeSummaryDialog extends Dialog {

    private final ImportReport report;

    public ChangeSummaryDialog(Shell parent, ImportReport report) {
        super(parent);
        this.report = report;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Summary_title);
        WidgetKeys.set(shell, "directory.summary.shell"); //$NON-NLS-1$
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(12, 4).applyTo(area);
        line(area, "summary.file", NLS.bind(Messages.Summary_file, report.status().fileName())); //$NON-NLS-1$
        line(area, "summary.counts", NLS.bind(Messages.Summary_counts, new Object[] { //$NON-NLS-1$
                count(report.status().structures()), count(report.status().services()),
                String.format(Locale.FRANCE, "%.1f", report.duration().toMillis() / 1000.0) })); //$NON-NLS-1$
        SkippedRows skipped = report.skipped();
        if (skipped.total() > 0) {
            line(area, "summary.skipped", NLS.bind(Messages.Summary_skipped, count(skipped.total()))); //$NON-NLS-1$
            for (String example : skipped.examples()) {
                line(area, null, "  " + example); //$NON-NLS-1$
            }
        }
        ChangeSummary changes = report.changes();
        if (changes.firstImport()) {
            line(area, "summary.verdict", Messages.Summary_first); //$NON-NLS-1$
        } else if (!changes.hasChanges()) {
            line(area, "summary.verdict", Messages.Summary_noChange); //$NON-NLS-1$
        } else {
            line(area, "summary.verdict", Messages.Summary_changes); //$NON-NLS-1$
            row(area, "summary.structuresAdded", Messages.Summary_structuresAdded, changes.structuresAdded()); //$NON-NLS-1$
            row(area, "summary.structuresRemoved", Messages.Summary_structuresRemoved, changes.structuresRemoved()); //$NON-NLS-1$
            row(area, "summary.structuresDeactivated", Messages.Summary_structuresDeactivated, //$NON-NLS-1$
                    changes.structuresDeactivated());
            row(area, "summary.structuresReactivated", Messages.Summary_structuresReactivated, //$NON-NLS-1$
                    changes.structuresReactivated());
            row(area, "summary.structureFlags", Messages.Summary_structureFlags, changes.structureFlagsChanged()); //$NON-NLS-1$
            row(area, "summary.servicesAdded", Messages.Summary_servicesAdded, changes.servicesAdded()); //$NON-NLS-1$
            row(area, "summary.servicesRemoved", Messages.Summary_servicesRemoved, changes.servicesRemoved()); //$NON-NLS-1$
            row(area, "summary.serviceFlags", Messages.Summary_serviceFlags, changes.serviceFlagsChanged()); //$NON-NLS-1$
        }
        return area;
    }

    private static void line(Composite area, String id, String text) {
        Label l = new Label(area, SWT.WRAP);
        l.setText(text);
        if (id != null) {
            WidgetKeys.set(l, id);
        }
        GridDataFactory.fillDefaults().span(2, 1).hint(520, SWT.DEFAULT).applyTo(l);
    }

    private static void row(Composite area, String id, String label, int value) {
        new Label(area, SWT.NONE).setText(label);
        Label v = WidgetKeys.set(new Label(area, SWT.RIGHT), id);
        v.setText(count(value));
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(v);
    }

    private static String count(int n) {
        return String.format(Locale.FRANCE, "%,d", Integer.valueOf(n)); //$NON-NLS-1$
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        WidgetKeys.set(createButton(parent, IDialogConstants.OK_ID, Messages.Summary_close, true), "summary.close"); //$NON-NLS-1$
    }
}
