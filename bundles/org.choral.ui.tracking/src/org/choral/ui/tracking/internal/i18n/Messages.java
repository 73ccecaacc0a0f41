// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.tracking.internal.i18n;

import org.eclipse.osgi.util.NLS;

/** The tracking view's texts; French in {@code messages.properties}, English in {@code _en}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.choral.ui.tracking.internal.i18n.messages"; //$NON-NLS-1$

    public static String Part_label;
    public static String Part_badge;
    public static String Part_empty;
    public static String Part_counts;
    public static String Filter_label;
    public static String Filter_all;
    public static String Filter_TO_ACT;
    public static String Filter_IN_PROGRESS;
    public static String Filter_PAID;
    public static String Filter_text;
    public static String Filter_textHint;
    public static String Button_refresh;
    public static String Button_refreshTooltip;
    public static String Button_resend;
    public static String Button_resendTooltip;
    public static String Button_export;
    public static String Button_exportTooltip;
    public static String Button_proof;
    public static String Button_proofTooltip;
    public static String Column_number;
    public static String Column_flux;
    public static String Column_deposited;
    public static String Column_status;
    public static String Column_changed;
    public static String Column_errors;
    public static String Csv_portalStatus;
    public static String Csv_ledgerStatus;
    public static String Csv_flag;
    public static String Export_title;
    public static String Export_done;
    public static String Export_failed;
    public static String Proof_title;
    public static String Proof_job;
    public static String Proof_done;
    public static String Proof_none;
    public static String Proof_failed;
    public static String Details_title;
    public static String Details_none;
    public static String Details_loading;
    public static String Details_failed;
    public static String History_at;
    public static String History_event;
    public static String History_flux;
    public static String History_detail;
    public static String Report_flux;
    public static String Report_deposited;
    public static String Report_state;
    public static String Report_final;
    public static String Report_nextCheck;
    public static String Report_invoices;
    public static String Report_reason;
    public static String Report_noFlux;
    public static String Report_message;
    public static String Resend_title;
    public static String Resend_question;
    public static String Resend_confirm;
    public static String Resend_chooseFile;
    public static String Resend_job;
    public static String Resend_done;
    public static String Resend_failed;
    public static String Resend_cancelled;
    public static String Resend_nothing;
    public static String Resend_noFile;
    public static String Job_name;
    public static String Job_asking;
    public static String Job_reading;
    public static String Portal_notConfigured;
    public static String Portal_noConnector;
    public static String Portal_badSettings;
    public static String Portal_noDepositModule;
    public static String Portal_checked;
    public static String Portal_checkedNothingPending;
    public static String Portal_problems;
    public static String Portal_ledgerFailed;
    public static String Status_DEPOSEE;
    public static String Status_EN_COURS_ACHEMINEMENT;
    public static String Status_MISE_A_DISPOSITION;
    public static String Status_SERVICE_FAIT;
    public static String Status_MANDATEE;
    public static String Status_MISE_EN_PAIEMENT;
    public static String Status_REJETEE;
    public static String Status_SUSPENDUE;
    public static String Status_A_RECYCLER;
    public static String Status_COMPLETEE;
    public static String Status_MISE_A_DISPOSITION_COMPTABLE;
    public static String Flag_REJECTED_IN_FLUX;
    public static String Flag_RESEND_FLUX;
    public static String Ledger_SENDING;
    public static String Ledger_DEPOSITED;
    public static String Ledger_DEPOSITED_flux;
    public static String Ledger_FAILED;
    public static String Ledger_UNCERTAIN;
    public static String Flux_none;
    public static String Flux_IN_RECU;
    public static String Flux_IN_TRAITE_SE_CPP;
    public static String Flux_IN_EN_ATTENTE_TRAITEMENT_CPP;
    public static String Flux_IN_EN_COURS_TRAITEMENT_CPP;
    public static String Flux_IN_EN_ATTENTE_RETRAITEMENT_CPP;
    public static String Flux_IN_INTEGRE;
    public static String Flux_IN_INTEGRE_PARTIEL;
    public static String Flux_IN_REJETE;
    public static String Flux_IN_INCIDENTE;
    public static String Event_SENDING;
    public static String Event_DEPOSITED;
    public static String Event_FAILED;
    public static String Event_UNCERTAIN;
    public static String Event_FOUND;
    public static String Event_FLUX_STATE;
    public static String Event_PORTAL_STATUS;
    public static String Event_FLAG;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
