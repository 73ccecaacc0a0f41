// SPDX-License-Identifier: EPL-2.0
package org.choral.deposit.internal.i18n;

import org.eclipse.osgi.util.NLS;

/** The deposit bundle's texts: French in messages.properties, English in messages_en.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.choral.deposit.internal.i18n.messages"; //$NON-NLS-1$

    public static String Deposit_badChoice;
    public static String Deposit_badPause;
    public static String Deposit_header;
    public static String Deposit_leftOut;
    public static String Deposit_noDirectory;
    public static String Deposit_noDirectoryModule;
    public static String Deposit_noSupplier;
    public static String Deposit_notSent;
    public static String Deposit_resolved;
    public static String Deposit_sourceProblem;
    public static String Deposit_summary;
    public static String Deposit_total;
    public static String Deposit_unknownFormat;
    public static String Deposit_usage;
    public static String Deposit_warning;
    public static String FollowUp_fluxProblem;
    public static String FollowUp_incident;
    public static String FollowUp_invoiceProblem;
    public static String FollowUp_task;
    public static String Ledger_failure;
    public static String Ledger_inUse;
    public static String Outcome_deposited;
    public static String Proof_reportPdfMissing;
    public static String Outcome_failed;
    public static String Outcome_skipped;
    public static String Outcome_uncertain;
    public static String Rule_alreadyDeposited;
    public static String Rule_maybeDeposited;
    public static String Run_alreadyDeposited;
    public static String Run_answerLost;
    public static String Run_cancelled;
    public static String Run_depositedProofMissing;
    public static String Run_foundOnPortal;
    public static String Run_interrupted;
    public static String Run_lookingUp;
    public static String Run_lookupFailed;
    public static String Run_lotHasSkipped;
    public static String Run_noInvoiceNumbers;
    public static String Run_notFoundYet;
    public static String Run_portalDown;
    public static String Run_stoppedAnswerLost;
    public static String Run_stoppedAtError;
    public static String Run_task;
    public static String Run_uncertainNotResent;
    public static String Status_badDate;
    public static String Status_checked;
    public static String Status_dueWithoutRefresh;
    public static String Status_header;
    public static String Status_nextCheck;
    public static String Status_nothingPending;
    public static String Status_proofWhat;
    public static String Status_proofWritten;
    public static String Status_sending;
    public static String Status_summary;
    public static String Status_usage;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
