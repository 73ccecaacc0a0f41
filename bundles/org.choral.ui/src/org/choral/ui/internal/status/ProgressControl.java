// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.internal.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.choral.ui.WidgetKeys;
import org.choral.ui.internal.i18n.Messages;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

/**
 * The progress area at the right of the status bar: the oldest running job's name and task, a progress bar
 * and « Annuler »; empty when nothing runs. Updates are coalesced so that a job reporting
 * thousands of steps never floods the UI thread.
 */
final class ProgressControl {

    private Composite root;
    private Label label;
    private ProgressBar bar;
    private Button cancel;
    private JobProgressModel model;
    private UISynchronize sync;
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private final Runnable onChange = this::scheduleRefresh;

    ProgressControl(Composite parent, JobProgressModel model, UISynchronize sync) {
        this.model = model;
        this.sync = sync;
        root = WidgetKeys.set(new Composite(parent, SWT.NONE), "progress.area"); //$NON-NLS-1$
        GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 1).applyTo(root);
        // idle, the area takes no room: the status message gets the width of the window
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).exclude(true).applyTo(root);
        root.setVisible(false);
        label = WidgetKeys.set(new Label(root, SWT.NONE), "progress.label"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).hint(280, SWT.DEFAULT).applyTo(label);
        bar = WidgetKeys.set(new ProgressBar(root, SWT.HORIZONTAL | SWT.SMOOTH), "progress.bar"); //$NON-NLS-1$
        bar.setMaximum(100);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).hint(160, 14).applyTo(bar);
        cancel = WidgetKeys.set(new Button(root, SWT.PUSH | SWT.FLAT), "progress.cancel"); //$NON-NLS-1$
        cancel.setText(Messages.Progress_cancel);
        cancel.addListener(SWT.Selection, e -> {
            List<JobProgressModel.Progress> running = model.running();
            if (!running.isEmpty()) {
                running.get(0).job().cancel();
            }
        });
        model.addListener(onChange);
        root.addListener(SWT.Dispose, e -> model.removeListener(onChange));
        refresh();
    }

    Composite control() {
        return root;
    }

    private void scheduleRefresh() {
        if (refreshPending.compareAndSet(false, true)) {
            sync.asyncExec(() -> {
                refreshPending.set(false);
                refresh();
            });
        }
    }

    private void refresh() {
        if (root == null || root.isDisposed()) {
            return;
        }
        List<JobProgressModel.Progress> running = model.running();
        boolean busy = !running.isEmpty();
        if (busy) {
            JobProgressModel.Progress p = running.get(0);
            String text = p.task() == null || p.task().isEmpty() || p.task().equals(p.name()) ? p.name()
                    : p.name() + " \u2014 " + p.task(); //$NON-NLS-1$
            if (running.size() > 1) {
                text = NLS.bind(Messages.Progress_more, text, running.size() - 1);
            }
            label.setText(text);
            label.setToolTipText(text);
            int percent = p.percent();
            bar.setSelection(percent < 0 ? 0 : percent);
            cancel.setToolTipText(NLS.bind(Messages.Progress_cancelTooltip, p.name()));
        } else {
            label.setText(""); //$NON-NLS-1$
            bar.setSelection(0);
        }
        bar.setVisible(busy);
        cancel.setVisible(busy);
        GridData data = (GridData) root.getLayoutData();
        if (data.exclude == busy) {
            data.exclude = !busy;
            root.setVisible(busy);
            root.getParent().layout(true);
        }
        root.layout(true);
    }
}
