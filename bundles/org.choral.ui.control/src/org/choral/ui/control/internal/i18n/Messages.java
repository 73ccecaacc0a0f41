// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.control.internal.i18n;

import org.eclipse.osgi.util.NLS;

/** The control view's texts; French in {@code messages.properties}, English in {@code _en}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.choral.ui.control.internal.i18n.messages"; //$NON-NLS-1$

    public static String Job_name;
    public static String Job_cancelled;
    public static String Job_noControl;
    public static String Job_noDirectoryModule;
    public static String Job_directoryUnavailable;
    public static String Job_noDirectory;
    public static String Job_reading;
    public static String Job_checking;
    public static String Filter_client;
    public static String Filter_anomaly;
    public static String Filter_text;
    public static String Filter_textHint;
    public static String Filter_allClients;
    public static String Filter_allAnomalies;
    public static String Filter_codeCount;
    public static String Part_empty;
    public static String Part_remembered;
    public static String Part_running;
    public static String Part_info;
    public static String Part_stale;
    public static String Part_problems;
    public static String Part_done;
    public static String Part_compliantTitle;
    public static String Part_anomaliesTitle;
    public static String Select_noClient;
    public static String Select_all;
    public static String Select_none;
    public static String Select_client;
    public static String Show_missing;
    public static String Show_noReader;
    public static String Export_defaultName;
    public static String Export_job;
    public static String Export_done;
    public static String Export_failed;
    public static String Load_title;
    public static String Load_message;
    public static String Load_invoices;
    public static String Load_lines;
    public static String Load_pdfFolder;
    public static String Load_mapping;
    public static String Load_ok;
    public static String Load_browse;
    public static String Load_invoicesRequired;
    public static String Load_missing;

    public static String Load_editMapping;
    public static String Load_mappingNeedsExport;
    public static String Load_mappingCancelled;
    public static String Mapping_title;
    public static String Mapping_message;
    public static String Mapping_columns;
    public static String Mapping_required;
    public static String Mapping_optional;
    public static String Mapping_none;
    public static String Mapping_preview;
    public static String Mapping_line;
    public static String Mapping_reading;
    public static String Mapping_readingOk;
    public static String Mapping_file;
    public static String Mapping_browse;
    public static String Mapping_save;
    public static String Mapping_summary;
    public static String Mapping_missingRequired;
    public static String Mapping_usedTwice;
    public static String Mapping_fileRequired;
    public static String Mapping_defaultFile;
    public static String Mapping_tab;
    public static String Column_numero_facture;
    public static String Column_date_facture;
    public static String Column_type_facture;
    public static String Column_siret_client;
    public static String Column_nom_client;
    public static String Column_code_service;
    public static String Column_numero_engagement;
    public static String Column_numero_marche;
    public static String Column_montant_ht;
    public static String Column_montant_tva;
    public static String Column_montant_ttc;
    public static String Column_taux_tva;
    public static String Column_devise;
    public static String Column_cadre_facturation;
    public static String Column_fichier_pdf;
    public static String Column_date_echeance;
    public static String Column_mode_paiement;
    public static String Column_iban;
    public static String Column_code_structure_valideur;
    public static String Column_pieces_jointes;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
