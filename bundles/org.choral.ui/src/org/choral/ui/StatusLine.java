// SPDX-License-Identifier: EPL-2.0
package org.choral.ui;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.e4.core.services.events.IEventBroker;

/**
 * The workbench's status line: any bundle posts a message on {@link #TOPIC} through the event
 * broker, and the status line at the bottom of the window shows it; indicators
 * ({@link StatusIndicator}) go on {@link #INDICATOR_TOPIC}.
 *
 * @since 0.1
 */
public final class StatusLine {

    /** Event topic; the event's data is the message, a {@code String} (empty clears it). */
    public static final String TOPIC = "org/choral/ui/status/message"; //$NON-NLS-1$

    /** Event topic of the indicators; the event's data is a {@link StatusIndicator}. */
    public static final String INDICATOR_TOPIC = "org/choral/ui/status/indicator"; //$NON-NLS-1$

    /**
     * The indicators shown now: a status bar created after an indicator was posted (a window
     * opened later, or a bundle that started before the window) still shows it.
     */
    private static final Map<String, StatusIndicator> CURRENT = new ConcurrentHashMap<>();

    private StatusLine() {
    }

    /** Shows {@code message} in the status line (from any thread). */
    public static void post(IEventBroker broker, String message) {
        broker.post(TOPIC, message == null ? "" : message); //$NON-NLS-1$
    }

    /** Shows, replaces or (empty text) removes the indicator {@code indicator.id()}, from any thread. */
    public static void indicate(IEventBroker broker, StatusIndicator indicator) {
        if (indicator.isRemoval()) {
            CURRENT.remove(indicator.id());
        } else {
            CURRENT.put(indicator.id(), indicator);
        }
        broker.post(INDICATOR_TOPIC, indicator);
    }

    /** The indicators posted and not removed, by id. */
    public static List<StatusIndicator> indicators() {
        return CURRENT.values().stream().sorted(java.util.Comparator.comparing(StatusIndicator::id)).toList();
    }
}
