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

/**
 * SERVICE_OR_ENGAGEMENT_REQUIRED: the structure demands one of the two (StGSE) and neither is
 * given. Not repeated when the structure already demands the service or the engagement itself:
 * SERVICE_REQUIRED / ENGAGEMENT_REQUIRED say more.
 */
@Component(service = ControlRule.class)
public final class ServiceOrEngagementRule implements ControlRule {

    @Override
    public void check(ControlSubject subject, Consumer<Anomaly> anomalies) {
        var structure = subject.structure();
        if (structure == null || !structure.serviceOrEngagementRequired() || structure.serviceRequired()
                || structure.engagementRequired()) {
            return;
        }
        if (Texts.isBlank(subject.invoice().serviceCode()) && Texts.isBlank(subject.invoice().engagement())) {
            anomalies.accept(Anomaly.error(AnomalyCodes.SERVICE_OR_ENGAGEMENT_REQUIRED,
                    NLS.bind(Messages.Control_serviceOrEngagementRequired, subject.siret()), ServiceRequiredRule.FIELD));
        }
    }
}
