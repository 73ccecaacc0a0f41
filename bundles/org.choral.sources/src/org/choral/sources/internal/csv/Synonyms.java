// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.csv;

import java.util.List;
import java.util.Map;

/**
 * The names French ERPs, accounting packages and hand-made Excel sheets give the canonical
 * columns, already normalized ({@link HeaderMatcher#normalize}: « N° engagement » is
 * {@code nengagement}). Data, not code: add a name here when an ERP's export is met.
 */
final class Synonyms {

    @SuppressWarnings("nls")
    private static final Map<String, List<String>> NAMES = Map.ofEntries(
            Map.entry("numero_facture", List.of("numerofacture", "nfacture", "nofacture", "numfacture", "numfact",
                    "nfact", "facture", "factureno", "numeropiece", "npiece", "nopiece", "numpiece", "piece",
                    "refpiece", "reffacture", "referencefacture", "numerodocument", "ndocument", "numdocument",
                    "invoicenumber", "invoiceno", "invoiceid")),
            Map.entry("date_facture", List.of("date", "datefacture", "datefact", "datedefacture", "datepiece",
                    "datedocument", "dateemission", "datedemission", "invoicedate", "issuedate")),
            Map.entry("type_facture", List.of("type", "typefacture", "typedefacture", "typepiece", "typedocument",
                    "nature", "naturepiece", "sens", "invoicetype")),
            Map.entry("siret_client", List.of("siret", "siretclient", "siretdestinataire", "siretdudestinataire",
                    "siretacheteur", "siretdebiteur", "nsiret", "numerosiret", "siretclientfinal", "buyersiret",
                    "identifiantdestinataire", "identifiantclient")),
            Map.entry("nom_client", List.of("client", "nomclient", "nomduclient", "raisonsociale",
                    "raisonsocialeclient", "destinataire", "nomdestinataire", "libelleclient", "acheteur", "tiers",
                    "nomtiers", "customer", "customername", "buyername")),
            Map.entry("code_service", List.of("codeservice", "service", "servicedestinataire",
                    "codeservicedestinataire", "serviceexecutant", "codeserviceexecutant", "servicecode")),
            Map.entry("numero_engagement", List.of("engagement", "nengagement", "numeroengagement",
                    "numengagement", "noengagement", "engagementjuridique", "nej", "ej", "bondecommande", "nbdc",
                    "bdc", "numerocommande", "ncommande", "nocommande", "commande", "refcommande",
                    "referencecommande", "purchaseorder", "ordernumber")),
            Map.entry("numero_marche", List.of("marche", "nmarche", "numeromarche", "nummarche", "nomarche",
                    "refmarche", "referencemarche", "contrat", "ncontrat", "numerocontrat", "contractnumber")),
            Map.entry("montant_ht", List.of("montantht", "ht", "totalht", "mtht", "montanthorstaxe",
                    "montanthorstaxes", "totalhorstaxe", "totalhorstaxes", "netht", "amountexcludingvat")),
            Map.entry("montant_tva", List.of("montanttva", "tva", "totaltva", "mttva", "montantdelatva",
                    "vatamount")),
            Map.entry("montant_ttc", List.of("montantttc", "ttc", "totalttc", "mtttc", "montanttoutestaxes",
                    "totaltoutestaxes", "netapayer", "montanttotal", "totalamount")),
            Map.entry("taux_tva", List.of("tauxtva", "tauxdetva", "taux", "tvataux", "vatrate")),
            Map.entry("devise", List.of("devise", "monnaie", "codedevise", "currency")),
            Map.entry("cadre_facturation", List.of("cadrefacturation", "cadredefacturation", "cadre")),
            Map.entry("fichier_pdf", List.of("fichierpdf", "pdf", "fichier", "cheminpdf", "nomfichier",
                    "nomdufichier", "fichierfacture")),
            Map.entry("date_echeance", List.of("dateecheance", "datedecheance", "echeance", "datelimitepaiement",
                    "datelimitedepaiement", "duedate")),
            Map.entry("mode_paiement", List.of("modepaiement", "modedepaiement", "modereglement",
                    "modedereglement", "reglement", "moyenpaiement", "moyendepaiement", "paymentmeans")),
            Map.entry("iban", List.of("iban", "ribiban", "ibanfournisseur")),
            Map.entry("code_structure_valideur", List.of("codestructurevalideur", "structurevalideur",
                    "siretvalideur", "valideur", "codevalideur")),
            Map.entry("pieces_jointes", List.of("piecesjointes", "piecejointe", "pj", "annexes", "annexe",
                    "attachments")),
            Map.entry("libelle", List.of("libelle", "designation", "description", "article", "libellearticle")),
            Map.entry("quantite", List.of("quantite", "qte", "qty", "quantity")),
            Map.entry("unite", List.of("unite", "unitedemesure", "unit")),
            Map.entry("prix_unitaire_ht", List.of("prixunitaireht", "prixunitaire", "puht", "pu",
                    "prixht", "unitprice")));

    private Synonyms() {
    }

    static List<String> of(String canonical) {
        return NAMES.getOrDefault(canonical, List.of());
    }
}
