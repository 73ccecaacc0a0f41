// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.internal.status;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.choral.ui.StatusLine;
import org.choral.ui.WidgetKeys;
import org.choral.ui.internal.i18n.Messages;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;

/** The status line: the last message posted on {@link StatusLine#TOPIC}, « Prêt » otherwise. */
public class StatusLineControl {

    private CLabel label;

    @PostConstruct
    public void createControls(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 1).applyTo(root);
        label = WidgetKeys.set(new CLabel(root, SWT.NONE), "status.message"); //$NON-NLS-1$
        label.setText(Messages.Status_ready);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(label);
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
