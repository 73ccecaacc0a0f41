// SPDX-License-Identifier: EPL-2.0
package org.choral.core.internal.control.rules;

import java.util.function.Consumer;

import org.choral.core.api.control.Anomaly;
import org.choral.core.api.control.AnomalyCodes;
import org.choral.core.api.control.ControlRule;
import org.choral.core.api.control.ControlSubject;
import org.choral.core.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

/** DUPLICATE_INVOICE: the same number twice in the batch (each copy is reported). */
@Component(service = ControlRule.class)
public final class DuplicateRule implements ControlRule {

    @Override
    public void check(ControlSubject subject, Consumer<Anomaly> anomalies) {
        if (subject.sameNumberCount() > 1 && !Texts.isBlank(subject.invoice().number())) {
            anomalies.accept(Anomaly.error(AnomalyCodes.DUPLICATE_INVOICE, NLS.bind(Messages.Control_duplicate,
                    subject.invoice().number(), subject.sameNumberCount()), InvoiceNumberRule.FIELD));
        }
    }
}
