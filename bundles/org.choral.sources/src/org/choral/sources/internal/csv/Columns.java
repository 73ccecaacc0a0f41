// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.choral.core.api.invoice.InvoiceSourceException;
import org.choral.core.api.invoice.SourcePosition;
import org.choral.sources.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Where each canonical column sits in a file: headers are matched trimmed and case-insensitively,
 * first under the name the saved mapping gives, then under the canonical name.
 */
public final class Columns {

    /** The canonical columns of the invoices file. */
    public static final List<String> INVOICE_COLUMNS = List.of("numero_facture", "date_facture", "type_facture", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "siret_client", "nom_client", "code_service", "numero_engagement", "numero_marche", "montant_ht", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "montant_tva", "montant_ttc", "taux_tva", "devise", "cadre_facturation", "fichier_pdf", "date_echeance", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "mode_paiement", "iban", "code_structure_valideur", "pieces_jointes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    /** The canonical columns of the lines file. */
    public static final List<String> LINE_COLUMNS = List.of("numero_facture", "libelle", "quantite", "unite", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "prix_unitaire_ht", "taux_tva"); //$NON-NLS-1$ //$NON-NLS-2$

    private final Map<String, Integer> index = new HashMap<>();

    private Columns() {
    }

    /**
     * Locates {@code canonical} columns in {@code table}.
     *
     * @throws InvoiceSourceException when a {@code required} column is absent
     */
    public static Columns locate(CsvTable table, List<String> canonical, List<String> required,
            Map<String, String> mapping) throws InvoiceSourceException {
        Map<String, Integer> byHeader = new HashMap<>();
        for (int i = 0; i < table.headers().size(); i++) {
            byHeader.putIfAbsent(key(table.headers().get(i)), i);
        }
        Columns columns = new Columns();
        for (String name : canonical) {
            Integer at = null;
            String erpName = mapping.get(name);
            if (erpName != null) {
                at = byHeader.get(key(erpName));
            }
            if (at == null) {
                at = byHeader.get(key(name));
            }
            if (at != null) {
                columns.index.put(name, at);
            }
        }
        for (String name : required) {
            if (!columns.index.containsKey(name)) {
                String wanted = mapping.containsKey(name) ? mapping.get(name) + " / " + name : name; //$NON-NLS-1$
                throw new InvoiceSourceException(new SourcePosition(table.file(), 1), NLS.bind(Messages.Source_missingColumn,
                        new Object[] { table.file(), wanted, String.join(", ", table.headers()) })); //$NON-NLS-1$
            }
        }
        return columns;
    }

    private static String key(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }

    /** The row's value for {@code canonical}, trimmed, or {@code null} when the column is absent or the cell blank. */
    public String get(CsvTable.Row row, String canonical) {
        Integer at = index.get(canonical);
        return at == null ? null : row.get(at);
    }
}
