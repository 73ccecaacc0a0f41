// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.internal.i18n;

import org.eclipse.osgi.util.NLS;

/** The settings bundle's user-facing texts; French in {@code messages.properties}, English in {@code _en}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.choral.settings.internal.i18n.messages"; //$NON-NLS-1$

    public static String Company_siretRequired;
    public static String Company_siretLength;
    public static String Company_siretLuhn;
    public static String Company_nameRequired;
    public static String Company_vatFormat;
    public static String Company_vatFrenchFormat;
    public static String Company_vatSiren;
    public static String Company_vatKey;
    public static String Company_vatOtherSiren;
    public static String Company_country;
    public static String Company_postalCode;
    public static String Company_ibanFormat;
    public static String Company_ibanLength;
    public static String Company_ibanChecksum;
    public static String Company_bic;
    public static String Chorus_pause;
    public static String Chorus_proxyHost;
    public static String Chorus_proxyPort;
    public static String Chorus_proxyCredentialsWithoutHost;
    public static String Chorus_urlRequired;
    public static String Chorus_url;
    public static String Generation_maxMegabytes;
    public static String Generation_maxInvoices;
    public static String Settings_invalid;
    public static String Settings_secureStorageRead;
    public static String Settings_secureStorageWrite;
    public static String Settings_preferencesWrite;
    public static String KeyFile_unusable;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    public static String Test_noConnector;
    public static String Test_badSettings;
    public static String Test_ok;
    public static String Test_suppliers;
    public static String Test_expiry;
    public static String Test_unexpected;
    public static String Test_authentication;
    public static String Test_refused;
    public static String Test_tooLarge;
    public static String Test_rateLimited;
    public static String Test_unavailable;
    public static String Test_timeout;
    public static String Test_protocol;
    public static String Test_answerLost;
    public static String Test_unsupported;

    private Messages() {
    }
}
