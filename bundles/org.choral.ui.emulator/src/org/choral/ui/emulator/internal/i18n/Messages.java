// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.emulator.internal.i18n;

import org.eclipse.osgi.util.NLS;

/** Texts of the emulator's indicator; French in {@code messages.properties}, English in {@code _en}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.choral.ui.emulator.internal.i18n.messages"; //$NON-NLS-1$

    public static String Job_name;
    public static String Indicator_started;
    public static String Indicator_tooltip;
    public static String Indicator_failed;
    public static String Indicator_failedTooltip;
    public static String Indicator_directoryFailed;
    public static String Indicator_directoryFailedTooltip;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
