// SPDX-License-Identifier: EPL-2.0
package org.choral.deposit.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.choral.core.api.DataFolders;
import org.choral.core.api.control.Anomaly;
import org.choral.core.api.control.ControlRule;
import org.choral.core.api.control.ControlSubject;
import org.choral.core.api.deposit.DepositStatus;
import org.choral.core.api.deposit.LedgerInvoice;
import org.choral.deposit.internal.i18n.Messages;
import org.choral.deposit.internal.store.LedgerStore;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code ALREADY_DEPOSITED} (warning): the ledger says this invoice number was deposited, or may
 * have been (answer lost). It reads the ledgers this process opened (the command line opens the one
 * of {@code --data} before its control, the workbench the one of its data folder), or else the
 * default data folder's when one exists.
 */
@Component(service = ControlRule.class)
public final class AlreadyDepositedRule implements ControlRule {

    public static final String CODE = "ALREADY_DEPOSITED"; //$NON-NLS-1$

    private DepositComponent deposits;

    @Reference
    void setDeposits(DepositComponent component) {
        this.deposits = component;
    }

    /** Tests build it without OSGi. */
    public static AlreadyDepositedRule of(DepositComponent component) {
        AlreadyDepositedRule rule = new AlreadyDepositedRule();
        rule.deposits = component;
        return rule;
    }

    @Override
    public void check(ControlSubject subject, Consumer<Anomaly> anomalies) {
        String number = subject.invoice().number();
        if (number == null || number.isBlank()) {
            return;
        }
        for (LedgerStore store : stores()) {
            Optional<LedgerInvoice> known;
            try {
                known = store.invoice(number.trim());
            } catch (IOException e) {
                continue; // a ledger in use elsewhere must not stop the control; the deposit checks again
            }
            if (known.isEmpty()) {
                continue;
            }
            LedgerInvoice i = known.get();
            if (i.status() == DepositStatus.DEPOSITED) {
                anomalies.accept(Anomaly.warning(CODE, NLS.bind(Messages.Rule_alreadyDeposited, i.fluxNumber(),
                        i.depositedAt() == null ? "?" : i.depositedAt().toString().substring(0, 10)), //$NON-NLS-1$
                        "numero_facture")); //$NON-NLS-1$
                return;
            }
            if (i.status() == DepositStatus.UNCERTAIN || i.status() == DepositStatus.SENDING) {
                anomalies.accept(Anomaly.warning(CODE, Messages.Rule_maybeDeposited, "numero_facture")); //$NON-NLS-1$
                return;
            }
        }
    }

    private List<LedgerStore> stores() {
        List<LedgerStore> open = deposits.openStores();
        if (!open.isEmpty()) {
            return open;
        }
        java.nio.file.Path fallback = DataFolders.defaultFolder();
        return Files.isDirectory(fallback.resolve("ledger")) ? List.of(deposits.store(fallback)) : List.of(); //$NON-NLS-1$
    }
}
