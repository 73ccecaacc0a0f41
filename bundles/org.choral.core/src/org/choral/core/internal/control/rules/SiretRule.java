// SPDX-License-Identifier: EPL-2.0
package org.choral.core.internal.control.rules;

import java.util.function.Consumer;

import org.choral.core.api.Siret;
import org.choral.core.api.control.Anomaly;
import org.choral.core.api.control.AnomalyCodes;
import org.choral.core.api.control.ControlRule;
import org.choral.core.api.control.ControlSubject;
import org.choral.core.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

/**
 * SIRET_MISSING and SIRET_INVALID: 14 digits once spaces, dots and dashes are removed, passing the
 * Luhn check (La Poste's exception included). A shorter number is not padded here: a SIRET that
 * lost its leading zero in a spreadsheet must be fixed in the export, and the message says so.
 */
@Component(service = ControlRule.class)
public final class SiretRule implements ControlRule {

    static final String FIELD = "siret_client"; //$NON-NLS-1$

    @Override
    public void check(ControlSubject subject, Consumer<Anomaly> anomalies) {
        String raw = subject.invoice().siret();
        if (Texts.isBlank(raw)) {
            anomalies.accept(Anomaly.error(AnomalyCodes.SIRET_MISSING, Messages.Control_siretMissing, FIELD));
            return;
        }
        String normalized = Siret.normalize(raw);
        if (normalized == null) {
            anomalies.accept(Anomaly.error(AnomalyCodes.SIRET_INVALID,
                    NLS.bind(digits(raw) > Siret.LENGTH ? Messages.Control_siretLength : Messages.Control_siretNotDigits,
                            raw.trim(), digits(raw)),
                    FIELD));
            return;
        }
        int digits = digits(raw);
        if (digits != Siret.LENGTH) {
            anomalies.accept(Anomaly.error(AnomalyCodes.SIRET_INVALID,
                    NLS.bind(Messages.Control_siretLengthZero, raw.trim(), digits), FIELD));
        } else if (!Siret.isValid(normalized)) {
            anomalies.accept(Anomaly.error(AnomalyCodes.SIRET_INVALID,
                    NLS.bind(Messages.Control_siretChecksum, normalized), FIELD));
        }
    }

    private static int digits(String raw) {
        return (int) raw.chars().filter(c -> c >= '0' && c <= '9').count();
    }

    /** The SIRET the directory is asked for: 14 valid digits as written, else {@code null}. */
    public static String lookupKey(String raw) {
        if (Texts.isBlank(raw) || digits(raw) != Siret.LENGTH) {
            return null;
        }
        String normalized = Siret.normalize(raw);
        return normalized != null && Siret.isValid(normalized) ? normalized : null;
    }
}
