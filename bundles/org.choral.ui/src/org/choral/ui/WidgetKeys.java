// SPDX-License-Identifier: EPL-2.0
package org.choral.ui;

import org.eclipse.swt.widgets.Widget;

/**
 * Gives widgets a stable id under SWTBot's key, so that UI tests find them by id (never by their
 * French label) today with Choral's page objects and tomorrow with SWTBot.
 *
 * @since 0.1
 */
public final class WidgetKeys {

    /** The data key SWTBot's {@code withId} matcher reads. */
    public static final String KEY = "org.eclipse.swtbot.widget.key"; //$NON-NLS-1$

    private WidgetKeys() {
    }

    /** Tags {@code widget} with {@code id} and returns it. */
    public static <W extends Widget> W set(W widget, String id) {
        widget.setData(KEY, id);
        return widget;
    }

    /** The id of {@code widget}, or {@code null}. */
    public static String get(Widget widget) {
        Object v = widget.getData(KEY);
        return v instanceof String s ? s : null;
    }
}
