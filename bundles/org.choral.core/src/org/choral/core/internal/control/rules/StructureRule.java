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

/** STRUCTURE_UNKNOWN (a valid SIRET the directory does not know) and STRUCTURE_INACTIVE. */
@Component(service = ControlRule.class)
public final class StructureRule implements ControlRule {

    @Override
    public void check(ControlSubject subject, Consumer<Anomaly> anomalies) {
        if (subject.siret() == null) {
            return; // SiretRule has said what is wrong
        }
        if (subject.structure() == null) {
            anomalies.accept(Anomaly.error(AnomalyCodes.STRUCTURE_UNKNOWN,
                    NLS.bind(Messages.Control_structureUnknown, subject.siret()), SiretRule.FIELD));
        } else if (!subject.structure().active()) {
            anomalies.accept(Anomaly.error(AnomalyCodes.STRUCTURE_INACTIVE, NLS.bind(Messages.Control_structureInactive,
                    subject.siret(), subject.structure().name()), SiretRule.FIELD));
        }
    }
}
