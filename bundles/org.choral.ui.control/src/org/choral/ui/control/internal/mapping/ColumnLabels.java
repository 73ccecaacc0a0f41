// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.control.internal.mapping;

import java.util.Map;

import org.choral.ui.control.internal.i18n.Messages;

/** The user's name of each canonical column; the canonical name itself for one this view does not know yet. */
final class ColumnLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("numero_facture", Messages.Column_numero_facture), //$NON-NLS-1$
            Map.entry("date_facture", Messages.Column_date_facture), //$NON-NLS-1$
            Map.entry("type_facture", Messages.Column_type_facture), //$NON-NLS-1$
            Map.entry("siret_client", Messages.Column_siret_client), //$NON-NLS-1$
            Map.entry("nom_client", Messages.Column_nom_client), //$NON-NLS-1$
            Map.entry("code_service", Messages.Column_code_service), //$NON-NLS-1$
            Map.entry("numero_engagement", Messages.Column_numero_engagement), //$NON-NLS-1$
            Map.entry("numero_marche", Messages.Column_numero_marche), //$NON-NLS-1$
            Map.entry("montant_ht", Messages.Column_montant_ht), //$NON-NLS-1$
            Map.entry("montant_tva", Messages.Column_montant_tva), //$NON-NLS-1$
            Map.entry("montant_ttc", Messages.Column_montant_ttc), //$NON-NLS-1$
            Map.entry("taux_tva", Messages.Column_taux_tva), //$NON-NLS-1$
            Map.entry("devise", Messages.Column_devise), //$NON-NLS-1$
            Map.entry("cadre_facturation", Messages.Column_cadre_facturation), //$NON-NLS-1$
            Map.entry("fichier_pdf", Messages.Column_fichier_pdf), //$NON-NLS-1$
            Map.entry("date_echeance", Messages.Column_date_echeance), //$NON-NLS-1$
            Map.entry("mode_paiement", Messages.Column_mode_paiement), //$NON-NLS-1$
            Map.entry("iban", Messages.Column_iban), //$NON-NLS-1$
            Map.entry("code_structure_valideur", Messages.Column_code_structure_valideur), //$NON-NLS-1$
            Map.entry("pieces_jointes", Messages.Column_pieces_jointes)); //$NON-NLS-1$

    private ColumnLabels() {
    }

    static String of(String canonical) {
        return LABELS.getOrDefault(canonical, canonical);
    }
}
