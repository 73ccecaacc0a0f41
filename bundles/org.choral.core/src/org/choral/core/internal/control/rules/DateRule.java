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

/** DATE_IN_FUTURE: Chorus Pro refuses an invoice dated after its deposit. */
@Component(service = ControlRule.class)
public final class DateRule implements ControlRule {

    @Override
    public void check(ControlSubject subject, Consumer<Anomaly> anomalies) {
        var date = subject.invoice().date();
        if (date != null && date.isAfter(subject.today())) {
            anomalies.accept(Anomaly.error(AnomalyCodes.DATE_IN_FUTURE,
                    NLS.bind(Messages.Control_dateFuture, Texts.day(date)), "date_facture")); //$NON-NLS-1$
        }
    }
}
