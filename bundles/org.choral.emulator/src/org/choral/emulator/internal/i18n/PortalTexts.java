// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.i18n;

import org.eclipse.osgi.util.NLS;

/**
 * What the emulated portal says in its answers ({@code libelle}, rejection reasons, the flux report):
 * French only, in {@code portal.properties}, since Chorus Pro answers in French whatever the
 * caller's language. The emulator's console texts are in {@link Messages}.
 */
public final class PortalTexts extends NLS {

    private static final String BUNDLE_NAME = "org.choral.emulator.internal.i18n.portal"; //$NON-NLS-1$

    public static String Api_badBase64;
    public static String Api_badJson;
    public static String Api_badPaging;
    public static String Api_badSyntax;
    public static String Api_emptyFlux;
    public static String Api_fluxUnknown;
    public static String Api_internal;
    public static String Api_invoiceUnknown;
    public static String Api_missingField;
    public static String Api_notAllowed;
    public static String Api_notAnObject;
    public static String Api_notFound;
    public static String Api_ok;
    public static String Api_serviceUnknown;
    public static String Api_structureUnknown;
    public static String Api_tooLarge;
    public static String Auth_badClient;
    public static String Auth_badPassword;
    public static String Auth_badToken;
    public static String Auth_grantType;
    public static String Auth_malformedAccount;
    public static String Auth_noAccount;
    public static String Auth_noToken;
    public static String Auth_unknownAccount;
    public static String Fault_badAccount;
    public static String Fault_interrupted;
    public static String Fault_reset;
    public static String Fault_serverError;
    public static String Fault_timeout;
    public static String Fault_tooMany;
    public static String Fault_unavailable;
    public static String Flux_badArchive;
    public static String Flux_badPdf;
    public static String Flux_cppUnsupported;
    public static String Flux_emptyLot;
    public static String Flux_incident;
    public static String Flux_invalid;
    public static String Flux_malformed;
    public static String Flux_noEmbeddedXml;
    public static String Flux_noInvoice;
    public static String Flux_notPdf;
    public static String Flux_tooLarge;
    public static String Flux_tooManyEntries;
    public static String Flux_truncatedTar;
    public static String Flux_wrongContent;
    public static String Outcome_recycled;
    public static String Outcome_rejected;
    public static String Outcome_suspended;
    public static String Report_accepted;
    public static String Report_deposited;
    public static String Report_file;
    public static String Report_flux;
    public static String Report_rejected;
    public static String Report_state;
    public static String Report_syntax;
    public static String Report_technical;
    public static String Report_title;
    public static String Route_duplicate;
    public static String Route_engagementRequired;
    public static String Route_engagementRequiredByService;
    public static String Route_engagementTooLong;
    public static String Route_numberMissing;
    public static String Route_pdfMissing;
    public static String Route_serviceForbidden;
    public static String Route_serviceInactive;
    public static String Route_serviceOrEngagementRequired;
    public static String Route_serviceRequired;
    public static String Route_serviceUnknown;
    public static String Route_siretInvalid;
    public static String Route_siretMissing;
    public static String Route_structureInactive;
    public static String Route_structureUnknown;
    public static String Route_supplierMissing;

    static {
        NLS.initializeMessages(BUNDLE_NAME, PortalTexts.class);
    }

    private PortalTexts() {
    }
}
