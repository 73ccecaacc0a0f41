// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.i18n;

import org.eclipse.osgi.util.NLS;

/** The sources bundle's texts; French in {@code messages.properties}, English in {@code _en}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.choral.sources.internal.i18n.messages"; //$NON-NLS-1$

    public static String Source_fileUnreadable;
    public static String Source_fileEmpty;
    public static String Source_missingColumn;
    public static String Source_mappingUnreadable;
    public static String Source_mappingUnknownKey;
    public static String Source_mappingComment;
    public static String Source_mappingUnwritable;
    public static String Source_previewProblem;
    public static String Source_dateMissing;
    public static String Source_dateInvalid;
    public static String Source_amountInvalid;
    public static String Source_numberInvalid;
    public static String Source_typeInvalid;
    public static String Source_lineUnknownInvoice;
    public static String Source_xmlUnreadable;
    public static String Source_xmlNotInvoice;
    public static String Source_pdfNoFacturx;
    public static String Source_pdfUnreadable;
    public static String Source_xmlDoctypeRefused;
    public static String Source_xmlAtLine;
    public static String Source_xmlElement;
    public static String Source_embeddedUnwritable;
    public static String Source_documentAllowance;
    public static String Source_documentCharge;
    public static String Source_notReadable;
    public static String Source_pdfPassword;
    public static String Check_summary;
    public static String Check_usage;
    public static String Check_pathMissing;
    public static String Check_noSource;
    public static String Check_emptyFolder;
    public static String Check_noDirectoryModule;
    public static String Check_directoryUnavailable;
    public static String Check_noDirectory;
    public static String Check_compliantTitle;
    public static String Check_anomaliesTitle;
    public static String Check_none;
    public static String Check_columns;
    public static String Check_anomalyColumns;
    public static String Check_totals;
    public static String Check_warning;
    public static String Check_sourceProblem;
    public static String Check_nothingRead;

    public static String Report_number;
    public static String Report_anomaly;
    public static String Report_engagement;
    public static String Report_market;
    public static String Report_service;
    public static String Report_siret;
    public static String Report_attachment;
    public static String Report_client;
    public static String Report_code;
    public static String Report_severity;
    public static String Report_line;
    public static String Report_field;
    public static String Report_error;
    public static String Report_warning;
    public static String Report_yes;
    public static String Report_no;
    public static String Report_pdfTask;
    public static String Report_pdfTitle;
    public static String Report_pdfSummary;
    public static String Report_pdfStale;
    public static String Report_pdfPage;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
