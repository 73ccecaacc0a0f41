// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.update.internal.i18n;

import org.eclipse.osgi.util.NLS;

/** Texts of the update dialog; French in {@code messages.properties}, English in {@code _en}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.choral.ui.update.internal.i18n.messages"; //$NON-NLS-1$

    public static String Dialog_title;
    public static String Dialog_site;
    public static String Dialog_checking;
    public static String Dialog_upToDate;
    public static String Dialog_available;
    public static String Dialog_installing;
    public static String Dialog_installed;
    public static String Dialog_cancelled;
    public static String Dialog_columnName;
    public static String Dialog_columnInstalled;
    public static String Dialog_columnNew;
    public static String Dialog_install;
    public static String Dialog_restart;
    public static String Dialog_later;
    public static String Dialog_close;

    public static String Settings_title;
    public static String Settings_description;
    public static String Settings_siteUrl;
    public static String Settings_saveFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
