// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.settings.internal.i18n;

import org.eclipse.osgi.util.NLS;

/** The settings dialog's texts; French in {@code messages.properties}, English in {@code _en}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.choral.ui.settings.internal.i18n.messages"; //$NON-NLS-1$

    public static String Settings_title;
    public static String Company_title;
    public static String Company_description;
    public static String Company_siret;
    public static String Company_name;
    public static String Company_vat;
    public static String Company_address;
    public static String Company_street;
    public static String Company_postalCode;
    public static String Company_town;
    public static String Company_country;
    public static String Company_bank;
    public static String Company_iban;
    public static String Company_bic;
    public static String Chorus_title;
    public static String Chorus_description;
    public static String Chorus_environment;
    public static String Chorus_envEmulator;
    public static String Chorus_envQualification;
    public static String Chorus_envProduction;
    public static String Chorus_envCustom;
    public static String Chorus_apiUrl;
    public static String Chorus_tokenUrl;
    public static String Chorus_piste;
    public static String Chorus_clientId;
    public static String Chorus_clientSecret;
    public static String Chorus_account;
    public static String Chorus_login;
    public static String Chorus_password;
    public static String Chorus_pause;
    public static String Chorus_proxy;
    public static String Chorus_proxyHost;
    public static String Chorus_proxyPort;
    public static String Chorus_proxyUser;
    public static String Chorus_proxyPassword;
    public static String Chorus_test;
    public static String Chorus_testing;
    public static String Chorus_testJob;
    public static String Chorus_testFailed;
    public static String Chorus_testCancelled;
    public static String Chorus_noConnector;
    public static String Flux_title;
    public static String Flux_description;
    public static String Flux_thresholds;
    public static String Flux_maxMegabytes;
    public static String Flux_maxInvoices;
    public static String Flux_framework;
    public static String Flux_placement;
    public static String Flux_bt23;
    public static String Flux_bt24;
    public static String Flux_frameworkHelp;
    public static String Flux_required;
    public static String Flux_notANumber;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
