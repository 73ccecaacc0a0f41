// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.internal.i18n;

import org.eclipse.osgi.util.NLS;

/** The workbench shell's texts; French in {@code messages.properties}, English in {@code _en}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.choral.ui.internal.i18n.messages"; //$NON-NLS-1$

    public static String About_title;
    public static String About_heading;
    public static String About_version;
    public static String About_java;
    public static String About_dataFolder;
    public static String About_description;
    public static String About_guide;
    public static String About_close;
    public static String Guide_notFound;
    public static String Guide_notFoundTitle;
    public static String Progress_cancel;
    public static String Progress_cancelTooltip;
    public static String Progress_more;
    public static String Status_ready;
    public static String Welcome_title;
    public static String Welcome_intro;
    public static String Welcome_steps;
    public static String Welcome_guide;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
