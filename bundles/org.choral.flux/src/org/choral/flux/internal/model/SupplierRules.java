// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.model;

import java.util.ArrayList;
import java.util.List;

import org.choral.core.api.Siret;
import org.choral.core.api.flux.Supplier;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceType;
import org.choral.flux.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/** What the formats need of the « Entreprise » settings, as French sentences saying what to fill. */
public final class SupplierRules {

    private SupplierRules() {
    }

    /**
     * Problems for every format: SIRET (the supplier's Chorus identifier), name, and an IBAN when
     * an invoice (not a credit note) is paid by credit transfer.
     *
     * @param needsVat whether the format is validated against EN 16931, whose rule BR-S-02 wants
     *            the seller's VAT number on a standard-rated invoice
     */
    public static List<String> problems(Supplier s, Invoice inv, boolean needsVat) {
        List<String> problems = new ArrayList<>();
        if (s.siret() == null || Siret.normalize(s.siret()) == null) {
            problems.add(s.siret() == null ? Messages.Supplier_siretMissing
                    : NLS.bind(Messages.Supplier_siretInvalid, s.siret()));
        }
        if (s.name() == null) {
            problems.add(Messages.Supplier_nameMissing);
        }
        if (paysByTransfer(inv) && iban(s, inv) == null) {
            problems.add(NLS.bind(Messages.Supplier_ibanMissing, inv.number()));
        }
        if (needsVat && s.vatNumber() == null && hasVat(inv)) {
            problems.add(NLS.bind(Messages.Supplier_vatMissing, inv.number()));
        }
        return problems;
    }

    /** An invoice (never a credit note) whose payment means is credit transfer (30). */
    public static boolean paysByTransfer(Invoice inv) {
        return inv.type() != InvoiceType.AVOIR && Invoice.DEFAULT_PAYMENT_MEANS.equals(paymentMeans(inv));
    }

    /** The payment means written for an invoice; {@code null} for a credit note. */
    public static String paymentMeans(Invoice inv) {
        if (inv.type() == InvoiceType.AVOIR) {
            return null;
        }
        return inv.paymentMeans() == null ? Invoice.DEFAULT_PAYMENT_MEANS : inv.paymentMeans();
    }

    /**
     * The payment terms (BT-20) written when an invoice has no due date: EN 16931 (BR-CO-25)
     * wants one or the other whenever an amount is due, credit notes included.
     */
    public static String paymentTerms(Invoice inv) {
        return inv.type() == InvoiceType.AVOIR ? Messages.Flux_creditNoteTerms : Messages.Flux_paymentTerms;
    }

    /** The invoice's own IBAN when it has one, the supplier's otherwise. */
    public static String iban(Supplier s, Invoice inv) {
        return inv.iban() != null ? inv.iban().replace(" ", "") : s.iban(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static boolean hasVat(Invoice inv) {
        if (inv.vatRate() != null && inv.vatRate().signum() != 0) {
            return true;
        }
        if (inv.taxAmount() != null && inv.taxAmount().signum() != 0) {
            return true;
        }
        return inv.lines().stream().anyMatch(l -> l.vatRate() != null && l.vatRate().signum() != 0);
    }
}
