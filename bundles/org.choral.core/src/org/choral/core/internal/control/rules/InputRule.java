// SPDX-License-Identifier: EPL-2.0
package org.choral.core.internal.control.rules;

import java.util.function.Consumer;

import org.choral.core.api.control.Anomaly;
import org.choral.core.api.control.AnomalyCodes;
import org.choral.core.api.control.ControlRule;
import org.choral.core.api.control.ControlSubject;
import org.choral.core.api.control.Severity;
import org.choral.core.api.invoice.InputProblem;
import org.choral.core.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

/** INPUT_INVALID: what the source could not read in the invoice's row, with the line and the field. */
@Component(service = ControlRule.class)
public final class InputRule implements ControlRule {

    @Override
    public void check(ControlSubject subject, Consumer<Anomaly> anomalies) {
        for (InputProblem p : subject.invoice().problems()) {
            String file = p.position().file() == null ? "?" : p.position().file().getFileName().toString(); //$NON-NLS-1$
            String field = p.field() == null ? "-" : p.field(); //$NON-NLS-1$
            String message = p.position().hasLine()
                    ? NLS.bind(Messages.Control_inputInvalid, new Object[] { file, p.position().line(), field, p.message() })
                    : NLS.bind(Messages.Control_inputInvalidNoLine, new Object[] { file, field, p.message() });
            anomalies.accept(new Anomaly(AnomalyCodes.INPUT_INVALID, Severity.ERROR, message,
                    p.position().hasLine() ? p.position().line() : null, p.field()));
        }
    }
}
