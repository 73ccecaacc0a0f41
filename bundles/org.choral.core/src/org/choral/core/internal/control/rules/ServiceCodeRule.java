// SPDX-License-Identifier: EPL-2.0
package org.choral.core.internal.control.rules;

import java.util.function.Consumer;

import org.choral.core.api.control.Anomaly;
import org.choral.core.api.control.AnomalyCodes;
import org.choral.core.api.control.ControlRule;
import org.choral.core.api.control.ControlSubject;
import org.choral.core.api.directory.Service;
import org.choral.core.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

/**
 * SERVICE_FORBIDDEN ({@code FACTURES_PUBLIQUES}), SERVICE_UNKNOWN (a given code that is not among
 * the structure's services, compared trimmed and exactly; a match differing only by case is named)
 * and SERVICE_INACTIVE.
 */
@Component(service = ControlRule.class)
public final class ServiceCodeRule implements ControlRule {

    /** Reserved for invoices between public bodies: a supplier invoice sent there is rejected. */
    public static final String PUBLIC_INVOICES = "FACTURES_PUBLIQUES"; //$NON-NLS-1$

    @Override
    public void check(ControlSubject subject, Consumer<Anomaly> anomalies) {
        String code = subject.invoice().serviceCode();
        if (Texts.isBlank(code)) {
            return;
        }
        code = code.trim();
        if (PUBLIC_INVOICES.equalsIgnoreCase(code)) {
            anomalies.accept(Anomaly.error(AnomalyCodes.SERVICE_FORBIDDEN, Messages.Control_serviceForbidden,
                    ServiceRequiredRule.FIELD));
            return;
        }
        if (subject.structure() == null) {
            return; // nothing to compare with: the structure's own anomaly says why
        }
        Service service = subject.service();
        if (service == null) {
            Service nearly = sameButCase(subject, code);
            String message = nearly == null ? NLS.bind(Messages.Control_serviceUnknown, code)
                    : NLS.bind(Messages.Control_serviceUnknownCase, code, nearly.code());
            anomalies.accept(Anomaly.error(AnomalyCodes.SERVICE_UNKNOWN, message, ServiceRequiredRule.FIELD));
        } else if (!service.active()) {
            anomalies.accept(Anomaly.error(AnomalyCodes.SERVICE_INACTIVE,
                    NLS.bind(Messages.Control_serviceInactive, code), ServiceRequiredRule.FIELD));
        }
    }

    private static Service sameButCase(ControlSubject subject, String code) {
        for (Service s : subject.structure().services()) {
            if (s.code().trim().equalsIgnoreCase(code)) {
                return s;
            }
        }
        return null;
    }
}
