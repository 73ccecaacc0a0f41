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

/** ENGAGEMENT_TOO_LONG: Chorus Pro takes at most 50 characters. */
@Component(service = ControlRule.class)
public final class EngagementLengthRule implements ControlRule {

    private static final int MAX = 50;

    @Override
    public void check(ControlSubject subject, Consumer<Anomaly> anomalies) {
        String engagement = subject.invoice().engagement();
        if (engagement != null && engagement.trim().length() > MAX) {
            anomalies.accept(Anomaly.error(AnomalyCodes.ENGAGEMENT_TOO_LONG,
                    NLS.bind(Messages.Control_engagementTooLong, engagement.trim().length()),
                    EngagementRequiredRule.FIELD));
        }
    }
}
