// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.demo.internal.i18n;

import org.eclipse.osgi.util.NLS;

/** The workbench demo's texts; French in {@code messages.properties}, English in {@code _en}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.choral.ui.demo.internal.i18n.messages"; //$NON-NLS-1$

    public static String Demo_job;
    public static String Demo_next;
    public static String Demo_elsewhere;
    public static String Demo_failed;
    public static String Demo_welcomeTitle;
    public static String Demo_welcomeText;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
