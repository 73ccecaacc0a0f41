// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.internal.i18n;

import org.eclipse.osgi.util.NLS;

/** The flux wizard's texts; French in {@code messages.properties}, English in {@code _en}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.choral.ui.deposit.internal.i18n.messages"; //$NON-NLS-1$

    public static String Wizard_title;
    public static String Wizard_back;
    public static String Wizard_next;
    public static String Wizard_close;
    public static String Wizard_cancel;
    public static String Wizard_failed;
    public static String Wizard_cancelled;
    public static String Wizard_done;
    public static String Handler_noFluxModule;
    public static String Handler_allCompliant;
    public static String Params_title;
    public static String Params_description;
    public static String Params_allCompliant;
    public static String Params_selected;
    public static String Params_lotTab;
    public static String Params_sequentialTab;
    public static String Params_lotHelp;
    public static String Params_sequentialHelp;
    public static String Params_archive;
    public static String Params_zip;
    public static String Params_tarGz;
    public static String Params_parameters;
    public static String Params_name;
    public static String Params_nameHint;
    public static String Params_date;
    public static String Params_today;
    public static String Params_invoiceDate;
    public static String Params_format;
    public static String Params_profile;
    public static String Params_profileEn16931;
    public static String Params_profileBasic;
    public static String Params_framework;
    public static String Params_frameworkBt23;
    public static String Params_frameworkBt24;
    public static String Params_frameworkHint;
    public static String Params_output;
    public static String Params_browse;
    public static String Params_supplier;
    public static String Params_supplierFile;
    public static String Params_supplierFileHint;
    public static String Params_supplierFromSettings;
    public static String Params_supplierFromFile;
    public static String Params_supplierName;
    public static String Params_supplierNone;
    public static String Params_noSettings;
    public static String Params_noSettingsModule;
    public static String Params_preview;
    public static String Params_split;
    public static String Params_toSequential;
    public static String Params_generate;
    public static String Preview_noFormat;
    public static String Preview_noFolder;
    public static String Preview_lot;
    public static String Preview_lots;
    public static String Preview_sequential;
    public static String Preview_split;
    public static String Preview_lotPerDate;
    public static String Preview_noPdf;
    public static String Preview_over;
    public static String Size_bytes;
    public static String Size_kb;
    public static String Size_mb;
    public static String Format_label;
    public static String Format_e2UblName;
    public static String Format_facturxName;
    public static String Format_e1CiiName;
    public static String Format_e1UblName;
    public static String Format_e2UblDescription;
    public static String Format_facturxDescription;
    public static String Format_e1CiiDescription;
    public static String Format_e1UblDescription;
    public static String Format_otherDescription;
    public static String Generated_title;
    public static String Generated_description;
    public static String Generated_none;
    public static String Generated_nothing;
    public static String Generated_summary;
    public static String Generated_file;
    public static String Generated_size;
    public static String Generated_invoices;
    public static String Generated_open;
    public static String Generated_reveal;
    public static String Generated_number;
    public static String Generated_reason;
    public static String Generated_noFailure;
    public static String Generated_failures;
    public static String Generated_launchFailed;
    public static String Deposit_title;
    public static String Deposit_description;
    public static String Deposit_wait;
    public static String Deposit_skipDeposited;
    public static String Deposit_continueOnError;
    public static String Deposit_run;
    public static String Deposit_noService;
    public static String Deposit_noConnector;
    public static String Deposit_noCredentials;
    public static String Deposit_badSettings;
    public static String Deposit_summary;
    public static String Deposit_uncertainHelp;
    public static String Deposit_exportCsv;
    public static String Deposit_exportPdf;
    public static String Deposit_exportName;
    public static String Deposit_exported;
    public static String Deposit_exportFailed;
    public static String Deposit_number;
    public static String Deposit_file;
    public static String Deposit_report;
    public static String Deposit_note;
    public static String Deposit_failed;
    public static String Deposit_cancelled;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
