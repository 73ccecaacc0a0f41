// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.chorus.internal.i18n;

import org.eclipse.osgi.util.NLS;

/** The Chorus Pro connector's texts; French in {@code messages.properties}, English in {@code _en}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.choral.connector.chorus.internal.i18n.messages"; //$NON-NLS-1$

    public static String Cause_closedWithoutAnswer;
    public static String Cause_connectTimeout;
    public static String Cause_cut;
    public static String Cause_noAnswerInTime;
    public static String Cause_noRoute;
    public static String Cause_refused;
    public static String Cause_unknownHost;
    public static String Connector_name;
    public static String Download_task;
    public static String Error_account;
    public static String Error_answerLost;
    public static String Error_badInvoiceId;
    public static String Error_badSiret;
    public static String Error_client;
    public static String Error_fluxUnreadable;
    public static String Error_folder;
    public static String Error_forbidden;
    public static String Error_interrupted;
    public static String Error_missingField;
    public static String Error_noCredentials;
    public static String Error_notAFile;
    public static String Error_notAnObject;
    public static String Error_notPdf;
    public static String Error_notFound;
    public static String Error_protocol;
    public static String Error_rateLimited;
    public static String Error_refused;
    public static String Error_timeout;
    public static String Error_tls;
    public static String Error_token;
    public static String Error_tooLarge;
    public static String Error_unavailable;
    public static String Error_unreachable;
    public static String Lookup_task;
    public static String Search_task;
    public static String Settings_badUrl;
    public static String Settings_noUrl;
    public static String Verb_endpoint;
    public static String Verb_expiry;
    public static String Verb_failed;
    public static String Verb_header;
    public static String Verb_ok;
    public static String Verb_summary;
    public static String Verb_suppliers;
    public static String Verb_unknownAction;
    public static String Verb_usage;
    public static String Verb_warning;
    public static String Warning_passwordExpired;
    public static String Warning_passwordExpires;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
