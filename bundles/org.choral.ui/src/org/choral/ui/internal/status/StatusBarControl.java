// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.internal.status;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.choral.ui.StatusLine;
import org.choral.ui.WidgetKeys;
import org.choral.ui.internal.i18n.Messages;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;

/**
 * The status bar at the bottom of the window: on the left the last message posted on
 * {@link StatusLine#TOPIC} (« Prêt » otherwise), on the right the running job's progress. One
 * control, so that the trim bar never wraps it onto a second, clipped line.
 */
public class StatusBarControl {

    private CLabel label;

    @PostConstruct
    public void createControls(Composite parent, JobProgressModel progress, UISynchronize sync) {
        Composite root = WidgetKeys.set(new Composite(parent, SWT.NONE), "status.bar"); //$NON-NLS-1$
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 2).applyTo(root);
        label = WidgetKeys.set(new CLabel(root, SWT.NONE), "status.message"); //$NON-NLS-1$
        label.setText(Messages.Status_ready);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(360, SWT.DEFAULT)
                .applyTo(label);
        ProgressControl area = new ProgressControl(root, progress, sync);
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(area.control());
    }

    @Inject
    @Optional
    public void show(@UIEventTopic(StatusLine.TOPIC) String message) {
        if (label != null && !label.isDisposed()) {
            label.setText(message == null || message.isEmpty() ? Messages.Status_ready : message);
            label.getParent().layout(true);
        }
    }
}
