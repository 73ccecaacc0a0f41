// SPDX-License-Identifier: EPL-2.0
package org.choral.ui;

import org.eclipse.e4.core.services.events.IEventBroker;

/**
 * The workbench's status line: any bundle posts a message on {@link #TOPIC} through the event
 * broker, and the status line at the bottom of the window shows it.
 *
 * @since 0.1
 */
public final class StatusLine {

    /** Event topic; the event's data is the message, a {@code String} (empty clears it). */
    public static final String TOPIC = "org/choral/ui/status/message"; //$NON-NLS-1$

    private StatusLine() {
    }

    /** Shows {@code message} in the status line (from any thread). */
    public static void post(IEventBroker broker, String message) {
        broker.post(TOPIC, message == null ? "" : message); //$NON-NLS-1$
    }
}
