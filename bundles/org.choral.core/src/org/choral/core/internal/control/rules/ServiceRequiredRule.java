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

/** SERVICE_REQUIRED: the structure manages services (StGS) and the invoice names none. */
@Component(service = ControlRule.class)
public final class ServiceRequiredRule implements ControlRule {

    static final String FIELD = "code_service"; //$NON-NLS-1$

    @Override
    public void check(ControlSubject subject, Consumer<Anomaly> anomalies) {
        if (subject.structure() != null && subject.structure().serviceRequired()
                && Texts.isBlank(subject.invoice().serviceCode())) {
            anomalies.accept(Anomaly.error(AnomalyCodes.SERVICE_REQUIRED,
                    NLS.bind(Messages.Control_serviceRequired, subject.siret()), FIELD));
        }
    }
}
