// SPDX-License-Identifier: EPL-2.0
package org.choral.ui;

import java.util.Objects;

/**
 * A short state shown in the status bar between the message and the progress area (« Émulateur
 * local : démarré (port 8787) »), posted with {@link StatusLine#indicate}. One per {@code id}: a
 * new one replaces the previous, an empty {@code text} removes it. Its widget id is
 * {@code status.indicator.<id>}.
 *
 * @param id stable identifier, e.g. {@code emulator}
 * @param text what the status bar shows; empty to remove the indicator
 * @param tooltip longer explanation, or empty
 * @since 0.1
 */
public record StatusIndicator(String id, String text, String tooltip) {

    public StatusIndicator {
        Objects.requireNonNull(id);
        text = text == null ? "" : text; //$NON-NLS-1$
        tooltip = tooltip == null ? "" : tooltip; //$NON-NLS-1$
    }

    /** Removes the indicator {@code id}. */
    public static StatusIndicator removal(String id) {
        return new StatusIndicator(id, "", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public boolean isRemoval() {
        return text.isEmpty();
    }
}
