// SPDX-License-Identifier: EPL-2.0
package org.choral.core.internal.control.rules;

import java.math.BigDecimal;
import java.util.function.Consumer;

import org.choral.core.api.control.Anomaly;
import org.choral.core.api.control.AnomalyCodes;
import org.choral.core.api.control.ControlRule;
import org.choral.core.api.control.ControlSubject;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceLine;
import org.choral.core.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

/**
 * AMOUNTS_INCONSISTENT: HT + TVA must equal TTC to the cent, and the lines (each rounded to the
 * cent) must add up to HT within one cent per line, the rounding an ERP may apply line by line.
 */
@Component(service = ControlRule.class)
public final class AmountsRule implements ControlRule {

    private static final BigDecimal CENT = new BigDecimal("0.01"); //$NON-NLS-1$

    @Override
    public void check(ControlSubject subject, Consumer<Anomaly> anomalies) {
        Invoice inv = subject.invoice();
        BigDecimal ht = inv.amountWithoutTax();
        BigDecimal tva = inv.taxAmount();
        BigDecimal ttc = inv.amountWithTax();
        if (ht != null && tva != null && ttc != null && ht.add(tva).subtract(ttc).abs().compareTo(CENT) >= 0) {
            anomalies.accept(Anomaly.error(AnomalyCodes.AMOUNTS_INCONSISTENT, NLS.bind(Messages.Control_amountsTotal,
                    new Object[] { Texts.amount(ht), Texts.amount(tva), Texts.amount(ttc) }), "montant_ttc")); //$NON-NLS-1$
        }
        if (ht == null || inv.lines().isEmpty()) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (InvoiceLine line : inv.lines()) {
            BigDecimal net = line.netAmount();
            if (net == null) {
                return; // the unreadable line is reported as INPUT_INVALID
            }
            sum = sum.add(net);
        }
        BigDecimal tolerance = CENT.multiply(BigDecimal.valueOf(inv.lines().size()));
        if (sum.subtract(ht).abs().compareTo(tolerance) > 0) {
            anomalies.accept(Anomaly.error(AnomalyCodes.AMOUNTS_INCONSISTENT,
                    NLS.bind(Messages.Control_amountsLines, Texts.amount(sum), Texts.amount(ht)), "montant_ht")); //$NON-NLS-1$
        }
    }
}
