// SPDX-License-Identifier: EPL-2.0
package org.choral.cli.internal.i18n;

import org.eclipse.osgi.util.NLS;

/** The command line's texts; French in {@code messages.properties}, English in {@code _en}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.choral.cli.internal.i18n.messages"; //$NON-NLS-1$

    public static String Cli_version;
    public static String Cli_helpHeader;
    public static String Cli_helpVerbs;
    public static String Cli_helpHelp;
    public static String Cli_helpGlobal;
    public static String Cli_helpExitCodes;
    public static String Cli_unknownVerb;
    public static String Cli_unknownOption;
    public static String Cli_missingValue;
    public static String Cli_badDataFolder;
    public static String Cli_error;
    public static String Cli_internalError;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
