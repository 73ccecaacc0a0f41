// SPDX-License-Identifier: EPL-2.0
package org.choral.core.internal.i18n;

import org.eclipse.osgi.util.NLS;

/** The core bundle's user-facing texts; French in {@code messages.properties}, English in {@code _en}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.choral.core.internal.i18n.messages"; //$NON-NLS-1$

    public static String Arguments_unknownOption;
    public static String Arguments_missingValue;
    public static String Arguments_requiredOption;
    public static String Arguments_notANumber;
    public static String Control_inputInvalid;
    public static String Control_inputInvalidNoLine;
    public static String Control_numberEmpty;
    public static String Control_numberTooLong;
    public static String Control_numberCharacters;
    public static String Control_numberLong;
    public static String Control_duplicate;
    public static String Control_siretMissing;
    public static String Control_siretLength;
    public static String Control_siretLengthZero;
    public static String Control_siretNotDigits;
    public static String Control_siretChecksum;
    public static String Control_structureUnknown;
    public static String Control_structureInactive;
    public static String Control_serviceRequired;
    public static String Control_serviceUnknown;
    public static String Control_serviceUnknownCase;
    public static String Control_serviceInactive;
    public static String Control_serviceForbidden;
    public static String Control_engagementRequiredStructure;
    public static String Control_engagementRequiredService;
    public static String Control_serviceOrEngagementRequired;
    public static String Control_engagementTooLong;
    public static String Control_pdfMissing;
    public static String Control_pdfMissingAt;
    public static String Control_pdfUnreadable;
    public static String Control_pdfNoHeader;
    public static String Control_pdfNoTrailer;
    public static String Control_pdfNoPage;
    public static String Control_pdfTooLarge;
    public static String Control_attachmentMissing;
    public static String Control_attachmentTooLarge;
    public static String Control_attachmentNameTooLong;
    public static String Control_attachmentExtension;
    public static String Control_invoiceTooLarge;
    public static String Control_frameworkInvalid;
    public static String Control_validatorRequired;
    public static String Control_amountsTotal;
    public static String Control_amountsLines;
    public static String Control_dateFuture;
    public static String Control_directoryStale;
    public static String Portal_unsupported;
    public static String Supplier_unreadable;
    public static String Supplier_unknownKey;
    public static String Supplier_country;
    public static String Portal_badEnv;
    public static String Portal_urlsTogether;
    public static String Portal_badUrl;
    public static String Portal_unknownPortal;
    public static String Portal_badPath;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
