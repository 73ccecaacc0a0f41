// SPDX-License-Identifier: EPL-2.0
package org.choral.core.internal.control.rules;

import java.util.Locale;
import java.util.function.Consumer;

import org.choral.core.api.control.Anomaly;
import org.choral.core.api.control.AnomalyCodes;
import org.choral.core.api.control.ControlRule;
import org.choral.core.api.control.ControlSubject;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

/**
 * FRAMEWORK_INVALID (not one of Chorus's billing frameworks A1…A25) and VALIDATOR_REQUIRED (A9
 * subcontractor and A12 co-contractor invoices need a validating structure).
 */
@Component(service = ControlRule.class)
public final class FrameworkRule implements ControlRule {

    static final String FIELD = "cadre_facturation"; //$NON-NLS-1$
    private static final int LAST_CODE = 25;

    @Override
    public void check(ControlSubject subject, Consumer<Anomaly> anomalies) {
        Invoice invoice = subject.invoice();
        String framework = Texts.isBlank(invoice.framework()) ? Invoice.DEFAULT_FRAMEWORK
                : invoice.framework().trim().toUpperCase(Locale.ROOT);
        if (!known(framework)) {
            anomalies.accept(Anomaly.error(AnomalyCodes.FRAMEWORK_INVALID,
                    NLS.bind(Messages.Control_frameworkInvalid, invoice.framework().trim()), FIELD));
            return;
        }
        if (("A9".equals(framework) || "A12".equals(framework)) && Texts.isBlank(invoice.validatorSiret())) { //$NON-NLS-1$ //$NON-NLS-2$
            anomalies.accept(Anomaly.error(AnomalyCodes.VALIDATOR_REQUIRED,
                    NLS.bind(Messages.Control_validatorRequired, framework), "code_structure_valideur")); //$NON-NLS-1$
        }
    }

    private static boolean known(String framework) {
        if (framework.length() < 2 || framework.charAt(0) != 'A') {
            return false;
        }
        String digits = framework.substring(1);
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.startsWith("0") || digits.length() > 2) { //$NON-NLS-1$
            return false;
        }
        int n = Integer.parseInt(digits);
        return n >= 1 && n <= LAST_CODE;
    }
}
