// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.i18n;

import org.eclipse.osgi.util.NLS;

/** The emulator's texts (API libelles, command line); French in {@code messages.properties}, English in {@code _en}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.choral.emulator.internal.i18n.messages"; //$NON-NLS-1$

    public static String Directory_badCell;
    public static String Directory_missingColumn;
    public static String Directory_unknownTable;
    public static String Directory_unreadable;
    public static String Faults_badField;
    public static String Faults_badKind;
    public static String Faults_noArray;
    public static String Faults_unreadable;
    public static String State_unreadable;
    public static String Verb_badOutcomes;
    public static String Verb_badSetting;
    public static String Verb_cannotStart;
    public static String Verb_noFile;
    public static String Verb_notANumber;
    public static String Verb_started;
    public static String Verb_state;
    public static String Verb_stop;
    public static String Verb_stopped;
    public static String Verb_summary;
    public static String Verb_token;
    public static String Verb_unexpected;
    public static String Verb_usage;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
