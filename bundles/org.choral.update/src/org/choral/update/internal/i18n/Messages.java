// SPDX-License-Identifier: EPL-2.0
package org.choral.update.internal.i18n;

import org.eclipse.osgi.util.NLS;

/** Texts of updates; French in {@code messages.properties}, English in {@code _en}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.choral.update.internal.i18n.messages"; //$NON-NLS-1$

    public static String Sites_badUrl;
    public static String Update_checking;
    public static String Update_installing;
    public static String Update_notUpdatable;
    public static String Update_noProfile;
    public static String Update_unreachable;
    public static String Update_resolveFailed;
    public static String Update_installFailed;
    public static String Verb_summary;
    public static String Verb_usage;
    public static String Verb_unexpected;
    public static String Verb_asking;
    public static String Verb_upToDate;
    public static String Verb_available;
    public static String Verb_line;
    public static String Verb_installed;
    public static String Verb_checkOnly;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
