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

/** ENGAGEMENT_REQUIRED: the structure (StGE) or the chosen service (SvGE) demands an engagement. */
@Component(service = ControlRule.class)
public final class EngagementRequiredRule implements ControlRule {

    static final String FIELD = "numero_engagement"; //$NON-NLS-1$

    @Override
    public void check(ControlSubject subject, Consumer<Anomaly> anomalies) {
        if (subject.structure() == null || !Texts.isBlank(subject.invoice().engagement())) {
            return;
        }
        if (subject.structure().engagementRequired()) {
            anomalies.accept(Anomaly.error(AnomalyCodes.ENGAGEMENT_REQUIRED,
                    NLS.bind(Messages.Control_engagementRequiredStructure, subject.siret()), FIELD));
        } else if (subject.service() != null && subject.service().engagementRequired()) {
            anomalies.accept(Anomaly.error(AnomalyCodes.ENGAGEMENT_REQUIRED,
                    NLS.bind(Messages.Control_engagementRequiredService, subject.service().code()), FIELD));
        }
    }
}
