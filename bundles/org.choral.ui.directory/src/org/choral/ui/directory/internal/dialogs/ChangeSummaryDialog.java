// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal.dialogs;

import org.choral.ui.WidgetKeys;
import org.choral.ui.directory.internal.i18n.Messages;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
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

    private final SummaryLines summary;

    /** @param summary worded off the UI thread ({@link SummaryLines#of}) */
    public ChangeSummaryDialog(Shell parent, SummaryLines summary) {
        super(parent);
        this.summary = summary;
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
        for (SummaryLines.Line line : summary.lines()) {
            if (line.count() == null) {
                Label l = new Label(area, SWT.WRAP);
                l.setText(line.text());
                if (line.id() != null) {
                    WidgetKeys.set(l, line.id());
                }
                GridDataFactory.fillDefaults().span(2, 1).hint(520, SWT.DEFAULT).applyTo(l);
            } else {
                new Label(area, SWT.NONE).setText(line.text());
                Label v = WidgetKeys.set(new Label(area, SWT.RIGHT), line.id());
                v.setText(line.count());
                GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(v);
            }
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        WidgetKeys.set(createButton(parent, IDialogConstants.OK_ID, Messages.Summary_close, true), "summary.close"); //$NON-NLS-1$
    }
}
