// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.state;

import java.util.List;

/**
 * One invoice of a deposited flux as the emulator judged it.
 *
 * @param id {@code identifiantFactureCPP} (0 when rejected: a rejected invoice gets no id)
 * @param number {@code numeroFacture}
 * @param type {@code FACTURE} or {@code AVOIR}
 * @param supplier supplier SIRET (may be null when missing)
 * @param recipient recipient SIRET as read (may be null)
 * @param service service code (may be null)
 * @param engagement engagement number (may be null)
 * @param amount total amount due as written in the invoice (may be null)
 * @param errors the {@code libelleErreurDP} of each reason it was rejected; empty when accepted
 * @param outcome final status of an accepted invoice ({@code MISE_EN_PAIEMENT}, {@code SUSPENDUE},
 *            {@code REJETEE}, {@code A_RECYCLER})
 * @param outcomeReason why, for the three that need the supplier to act
 */
public record StoredInvoice(long id, String number, String type, String supplier, String recipient, String service,
        String engagement, String amount, List<String> errors, String outcome, String outcomeReason) {

    public StoredInvoice {
        errors = List.copyOf(errors);
    }

    public boolean accepted() {
        return errors.isEmpty();
    }
}
