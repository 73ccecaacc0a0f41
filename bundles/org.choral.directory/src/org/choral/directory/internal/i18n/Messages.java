// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.i18n;

import org.eclipse.osgi.util.NLS;

/** The directory bundle's user-facing texts; French in {@code messages.properties}, English in {@code _en}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.choral.directory.internal.i18n.messages"; //$NON-NLS-1$

    public static String Flag_StA;
    public static String Flag_StGE;
    public static String Flag_StGS;
    public static String Flag_StGSE;
    public static String Import_noFile;
    public static String Import_badCombination;
    public static String Import_twoCsvSameKind;
    public static String Import_servicesCsvMissing;
    public static String Import_structuresCsvMissing;
    public static String Import_noStructure;
    public static String Import_badSharedString;
    public static String Import_badXml;
    public static String Import_binary;
    public static String Import_csvNotDirectory;
    public static String Import_damagedZip;
    public static String Import_dtd;
    public static String Import_empty;
    public static String Import_html;
    public static String Import_missingColumns;
    public static String Import_missingPart;
    public static String Import_missingSheets;
    public static String Import_nestedZip;
    public static String Import_notXlsx;
    public static String Import_unclosedQuote;
    public static String Import_unreadable;
    public static String Import_xmlEdition;
    public static String Import_zipBomb;
    public static String Import_zipWithoutDirectory;
    public static String Out_imported;
    public static String Out_counts;
    public static String Out_skipped;
    public static String Out_firstImport;
    public static String Out_noChange;
    public static String Out_changes;
    public static String Out_structureChanges;
    public static String Out_serviceChanges;
    public static String Out_structureTitle;
    public static String Out_address;
    public static String Out_noService;
    public static String Out_services;
    public static String Out_code;
    public static String Out_name;
    public static String Out_yes;
    public static String Out_no;
    public static String Out_notFound;
    public static String Out_noResult;
    public static String Out_inactive;
    public static String Out_noDirectory;
    public static String Out_statusFile;
    public static String Out_statusDate;
    public static String Out_statusCounts;
    public static String Out_stale;
    public static String Progress_import;
    public static String Progress_compare;
    public static String Skipped_badFlag;
    public static String Skipped_badSiret;
    public static String Skipped_duplicateService;
    public static String Skipped_duplicateStructure;
    public static String Skipped_noCode;
    public static String Skipped_orphan;
    public static String Store_failed;
    public static String Store_importRunning;
    public static String Store_inUse;
    public static String Verb_summary;
    public static String Verb_usage;
    public static String Verb_missingAction;
    public static String Verb_unknownAction;
    public static String Verb_importNoFile;
    public static String Verb_fileNotFound;
    public static String Verb_importFailed;
    public static String Verb_showNoSiret;
    public static String Verb_badSiret;
    public static String Verb_searchNoText;
    public static String Verb_badLimit;
    public static String Verb_unexpected;
    public static String Verb_noDirectory;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
