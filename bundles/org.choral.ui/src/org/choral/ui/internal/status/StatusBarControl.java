// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.internal.status;

import jakarta.annotation.PostConstruct;

import java.util.HashMap;
import java.util.Map;

import org.choral.ui.StatusIndicator;
import org.choral.ui.StatusLine;
import org.choral.ui.WidgetKeys;
import org.choral.ui.internal.i18n.Messages;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.osgi.service.event.EventHandler;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;

/**
 * The status bar at the bottom of the window: on the left the last message posted on
 * {@link StatusLine#TOPIC} (« Prêt » otherwise), then the indicators posted on
 * {@link StatusLine#INDICATOR_TOPIC}, on the right the running job's progress. One control, so
 * that the trim bar never wraps it onto a second, clipped line.
 */
public class StatusBarControl {

    private CLabel label;
    private Composite indicators;
    private final Map<String, CLabel> shown = new HashMap<>();

    @PostConstruct
    public void createControls(Composite parent, JobProgressModel progress, UISynchronize sync, IEventBroker broker) {
        Composite root = WidgetKeys.set(new Composite(parent, SWT.NONE), "status.bar"); //$NON-NLS-1$
        GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 2).applyTo(root);
        label = WidgetKeys.set(new CLabel(root, SWT.NONE), "status.message"); //$NON-NLS-1$
        label.setText(Messages.Status_ready);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).minSize(360, SWT.DEFAULT)
                .applyTo(label);
        indicators = WidgetKeys.set(new Composite(root, SWT.NONE), "status.indicators"); //$NON-NLS-1$
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.marginLeft = row.marginRight = row.marginTop = row.marginBottom = 0;
        row.spacing = 12;
        row.center = true;
        indicators.setLayout(row);
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(indicators);
        StatusLine.indicators().forEach(this::apply);
        subscribe(broker, sync);
        new ProgressControl(root, progress, sync);
    }

    private void show(String message) {
        if (label != null && !label.isDisposed()) {
            label.setText(message == null || message.isEmpty() ? Messages.Status_ready : message);
            // up to the trim bar: the bar is as wide as the window, the message takes what is left
            label.requestLayout();
        }
    }

    /**
     * Subscribed by hand: the indicator event carries a record, which the broker wraps under
     * {@link IEventBroker#DATA}; and a workbench started again in the same JVM (UI tests) does not
     * get {@code @UIEventTopic} deliveries, while these handlers follow this control's life.
     */
    private void subscribe(IEventBroker broker, UISynchronize sync) {
        EventHandler messages = event -> {
            String text = event.getProperty(IEventBroker.DATA) instanceof String m ? m : ""; //$NON-NLS-1$
            sync.asyncExec(() -> show(text));
        };
        broker.subscribe(StatusLine.TOPIC, messages);
        label.addDisposeListener(e -> broker.unsubscribe(messages));
        EventHandler handler = event -> {
            if (event.getProperty(IEventBroker.DATA) instanceof StatusIndicator indicator) {
                sync.asyncExec(() -> {
                    if (!indicators.isDisposed()) {
                        apply(indicator);
                    }
                });
            }
        };
        broker.subscribe(StatusLine.INDICATOR_TOPIC, handler);
        indicators.addDisposeListener(e -> broker.unsubscribe(handler));
    }

    private void apply(StatusIndicator indicator) {
        CLabel existing = shown.get(indicator.id());
        if (indicator.isRemoval()) {
            if (existing != null) {
                shown.remove(indicator.id()).dispose();
            }
        } else {
            CLabel l = existing != null ? existing
                    : WidgetKeys.set(new CLabel(indicators, SWT.NONE), "status.indicator." + indicator.id()); //$NON-NLS-1$
            shown.put(indicator.id(), l);
            l.setText(indicator.text());
            l.setToolTipText(indicator.tooltip().isEmpty() ? null : indicator.tooltip());
        }
        indicators.getParent().layout(true, true);
    }
}
