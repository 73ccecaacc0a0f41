// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.i18n;

import org.eclipse.osgi.util.NLS;

/** The flux bundle's texts; French in {@code messages.properties}, English in {@code _en}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.choral.flux.internal.i18n.messages"; //$NON-NLS-1$

    public static String Flux_amountMissing;
    public static String Flux_derivedLine;
    public static String Flux_lineIncomplete;
    public static String Flux_paymentTerms;
    public static String Flux_creditNoteTerms;
    public static String Flux_pdfMissing;
    public static String Flux_unknownSyntax;
    public static String Flux_overThresholds;
    public static String Flux_split;
    public static String Flux_folderUnwritable;
    public static String Flux_writeFailed;
    public static String Flux_progress;
    public static String Flux_lotPart;
    public static String Flux_defaultName;
    public static String Supplier_siretMissing;
    public static String Supplier_siretInvalid;
    public static String Supplier_nameMissing;
    public static String Supplier_ibanMissing;
    public static String Supplier_vatMissing;
    public static String Flux_attachmentName;
    public static String Facturx_encrypted;
    public static String Facturx_damaged;
    public static String Facturx_fontNotEmbedded;
    public static String Facturx_refused;
    public static String Facturx_notPdf;
    public static String Facturx_invalid;
    public static String Facturx_noXml;
    public static String Facturx_otherXml;
    public static String Facturx_xmpUnreadable;
    public static String Facturx_notPdfA3;
    public static String Facturx_noLevel;
    public static String Facturx_notAnInvoice;
    public static String Facturx_unknownLevel;
    public static String Facturx_levelMismatch;
    public static String Facturx_notCii;
    public static String Facturx_schema;
    public static String Facturx_mismatch;
    public static String Facturx_differs;
    public static String Facturx_absent;
    public static String Facturx_fieldNumber;
    public static String Facturx_fieldType;
    public static String Facturx_fieldSiret;
    public static String Facturx_fieldCurrency;
    public static String Facturx_fieldNet;
    public static String Facturx_fieldTax;
    public static String Facturx_fieldGross;
    public static String Verb_summary;
    public static String Verb_usage;
    public static String Verb_noSupplier;
    public static String Verb_sourceProblem;
    public static String Verb_unknownFormat;
    public static String Verb_badChoice;
    public static String Verb_badThresholds;
    public static String Verb_noDirectoryModule;
    public static String Verb_directoryUnavailable;
    public static String Verb_noDirectory;
    public static String Verb_overThresholds;
    public static String Verb_estimate;
    public static String Verb_filesTitle;
    public static String Verb_file;
    public static String Verb_failure;
    public static String Verb_leftOutTitle;
    public static String Verb_leftOut;
    public static String Verb_warning;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
