// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.tracking.internal.model;

import java.util.Map;

import org.choral.core.api.deposit.ActionFlag;
import org.choral.core.api.deposit.DepositStatus;
import org.choral.core.api.deposit.LedgerFlux;
import org.choral.core.api.deposit.LedgerInvoice;
import org.choral.ui.tracking.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/** The portal's and the ledger's codes in the user's language; an unknown code is shown as the portal says it. */
public final class StatusText {

    private static final Map<String, String> PORTAL = Map.ofEntries(
            Map.entry("DEPOSEE", Messages.Status_DEPOSEE), //$NON-NLS-1$
            Map.entry("EN_COURS_ACHEMINEMENT", Messages.Status_EN_COURS_ACHEMINEMENT), //$NON-NLS-1$
            Map.entry("MISE_A_DISPOSITION", Messages.Status_MISE_A_DISPOSITION), //$NON-NLS-1$
            Map.entry("SERVICE_FAIT", Messages.Status_SERVICE_FAIT), //$NON-NLS-1$
            Map.entry("MANDATEE", Messages.Status_MANDATEE), //$NON-NLS-1$
            Map.entry("MISE_EN_PAIEMENT", Messages.Status_MISE_EN_PAIEMENT), //$NON-NLS-1$
            Map.entry("REJETEE", Messages.Status_REJETEE), //$NON-NLS-1$
            Map.entry("SUSPENDUE", Messages.Status_SUSPENDUE), //$NON-NLS-1$
            Map.entry("A_RECYCLER", Messages.Status_A_RECYCLER), //$NON-NLS-1$
            Map.entry("COMPLETEE", Messages.Status_COMPLETEE), //$NON-NLS-1$
            Map.entry("MISE_A_DISPOSITION_COMPTABLE", Messages.Status_MISE_A_DISPOSITION_COMPTABLE)); //$NON-NLS-1$
    private static final Map<String, String> FLUX = Map.ofEntries(
            Map.entry("IN_RECU", Messages.Flux_IN_RECU), //$NON-NLS-1$
            Map.entry("IN_TRAITE_SE_CPP", Messages.Flux_IN_TRAITE_SE_CPP), //$NON-NLS-1$
            Map.entry("IN_EN_ATTENTE_TRAITEMENT_CPP", Messages.Flux_IN_EN_ATTENTE_TRAITEMENT_CPP), //$NON-NLS-1$
            Map.entry("IN_EN_COURS_TRAITEMENT_CPP", Messages.Flux_IN_EN_COURS_TRAITEMENT_CPP), //$NON-NLS-1$
            Map.entry("IN_EN_ATTENTE_RETRAITEMENT_CPP", Messages.Flux_IN_EN_ATTENTE_RETRAITEMENT_CPP), //$NON-NLS-1$
            Map.entry("IN_INTEGRE", Messages.Flux_IN_INTEGRE), //$NON-NLS-1$
            Map.entry("IN_INTEGRE_PARTIEL", Messages.Flux_IN_INTEGRE_PARTIEL), //$NON-NLS-1$
            Map.entry("IN_REJETE", Messages.Flux_IN_REJETE), //$NON-NLS-1$
            Map.entry("IN_INCIDENTE", Messages.Flux_IN_INCIDENTE)); //$NON-NLS-1$
    private static final Map<String, String> EVENTS = Map.of(
            DepositStatus.SENDING.name(), Messages.Event_SENDING,
            DepositStatus.DEPOSITED.name(), Messages.Event_DEPOSITED,
            DepositStatus.FAILED.name(), Messages.Event_FAILED,
            DepositStatus.UNCERTAIN.name(), Messages.Event_UNCERTAIN,
            "FOUND", Messages.Event_FOUND, //$NON-NLS-1$
            "FLUX_STATE", Messages.Event_FLUX_STATE, //$NON-NLS-1$
            "PORTAL_STATUS", Messages.Event_PORTAL_STATUS, //$NON-NLS-1$
            "FLAG", Messages.Event_FLAG); //$NON-NLS-1$

    private StatusText() {
    }

    /** A portal invoice status ({@code MISE_A_DISPOSITION} → « Mise à disposition »). */
    public static String portal(String code) {
        return code == null ? "" : PORTAL.getOrDefault(code, code); //$NON-NLS-1$
    }

    /** A flux state ({@code IN_INTEGRE} → « Intégré »). */
    public static String flux(String code) {
        return code == null ? Messages.Flux_none : FLUX.getOrDefault(code, code);
    }

    /** The kind of a history line. */
    public static String event(String kind) {
        return EVENTS.getOrDefault(kind, kind);
    }

    /** A history line's detail: a portal status or a flag translated, anything else as recorded. */
    public static String eventDetail(String kind, String detail) {
        if (detail == null) {
            return ""; //$NON-NLS-1$
        }
        if ("PORTAL_STATUS".equals(kind)) { //$NON-NLS-1$
            return portal(detail);
        }
        if ("FLUX_STATE".equals(kind)) { //$NON-NLS-1$
            return flux(detail);
        }
        if ("FLAG".equals(kind)) { //$NON-NLS-1$
            int colon = detail.indexOf(": "); //$NON-NLS-1$
            String code = colon < 0 ? detail : detail.substring(0, colon);
            for (ActionFlag f : ActionFlag.values()) {
                if (f.name().equals(code)) {
                    return colon < 0 ? flag(f) : flag(f) + " \u2014 " + detail.substring(colon + 2); //$NON-NLS-1$
                }
            }
        }
        return detail;
    }

    public static String flag(ActionFlag flag) {
        return switch (flag) {
            case REJECTED_IN_FLUX -> Messages.Flag_REJECTED_IN_FLUX;
            case RESEND_FLUX -> Messages.Flag_RESEND_FLUX;
            case REJECTED -> Messages.Status_REJETEE;
            case SUSPENDED -> Messages.Status_SUSPENDUE;
            case TO_RECYCLE -> Messages.Status_A_RECYCLER;
        };
    }

    /**
     * The « Statut » column: what needs the user first, then the portal's status, then where the
     * deposit stands in the ledger (with the flux's state while the portal has not listed the invoice).
     */
    public static String of(LedgerInvoice invoice, LedgerFlux flux) {
        if (invoice.flag() != null) {
            return flag(invoice.flag());
        }
        if (invoice.portalStatus() != null) {
            return portal(invoice.portalStatus());
        }
        return switch (invoice.status()) {
            case SENDING -> Messages.Ledger_SENDING;
            case FAILED -> Messages.Ledger_FAILED;
            case UNCERTAIN -> Messages.Ledger_UNCERTAIN;
            case DEPOSITED -> flux == null || flux.portalState() == null ? Messages.Ledger_DEPOSITED
                    : NLS.bind(Messages.Ledger_DEPOSITED_flux, flux(flux.portalState()));
        };
    }
}
